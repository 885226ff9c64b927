package org.shield.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.common.UserMessage;
import org.shield.application.security.UserSummary;
import org.shield.domain.security.Role;
import org.shield.ui.DeskFixture;
import org.shield.ui.security.UsersViewModel.Form;

class UsersViewModelTest {
    static final String TEMPORARY = "synthetic temporary words 31";

    @TempDir
    static Path dir;
    static DeskFixture desk;

    @BeforeAll
    static void openVault() throws Exception {
        desk = DeskFixture.create(dir.resolve("vault"));
    }

    @AfterAll
    static void closeVault() {
        desk.close();
    }

    private static UsersViewModel loaded() {
        UsersViewModel vm = new UsersViewModel(desk.context);
        vm.load();
        return vm;
    }

    private static UserSummary row(UsersViewModel vm, String name) {
        return vm.rows().stream().filter(u -> u.userName().equals(name)).findFirst().orElseThrow();
    }

    private static void add(UsersViewModel vm, String name) {
        vm.startAdd();
        vm.userNameProperty().set(name);
        vm.passphraseProperty().set(TEMPORARY);
        vm.confirmationProperty().set(TEMPORARY);
        vm.submit();
    }

    @Test
    void addedUserIsListedWithATemporaryPassphraseToChange() {
        UsersViewModel vm = loaded();

        add(vm, "synthetic.added");

        assertThat(vm.formProperty().get()).isEqualTo(Form.NONE);
        assertThat(vm.noticeProperty().get()).isEqualTo(new UserMessage("ui.users.added", "synthetic.added"));
        UserSummary added = row(vm, "synthetic.added");
        assertThat(added.roles()).containsExactly(Role.Investigator);
        assertThat(added.unitCode()).isEqualTo("TST");
        assertThat(added.mustChangePassphrase()).isTrue();
    }

    @Test
    void passphraseFeedbackFollowsThePolicyAndKeepsAddDisabled() {
        UsersViewModel vm = loaded();
        vm.startAdd();
        vm.userNameProperty().set("synthetic.weak");
        vm.passphraseProperty().set("short");

        assertThat(vm.passphraseProblemProperty().get().key()).isEqualTo("passphrase.tooShort");
        assertThat(vm.canSubmitProperty().get()).isFalse();

        vm.passphraseProperty().set(TEMPORARY);
        vm.confirmationProperty().set(TEMPORARY + "x");
        assertThat(vm.confirmationProblemProperty().get().key()).isEqualTo("passphrase.mismatch");
        assertThat(vm.canSubmitProperty().get()).isFalse();
    }

    @Test
    void withoutARoleAUserCannotBeAdded() {
        UsersViewModel vm = loaded();
        vm.startAdd();
        vm.roleProperty(Role.Investigator).set(false);

        assertThat(vm.rolesProblemProperty().get()).isEqualTo(new UserMessage("user.roles.required"));
        assertThat(vm.canSubmitProperty().get()).isFalse();
    }

    @Test
    void rolesAndUnitAreChanged() {
        UsersViewModel vm = loaded();
        add(vm, "synthetic.changed");
        vm.selectedProperty().set(row(vm, "synthetic.changed"));

        vm.startChange();
        vm.roleProperty(Role.Caseworker).set(true);
        vm.unitCodeProperty().set("SHL");
        vm.submit();

        UserSummary changed = row(vm, "synthetic.changed");
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.Investigator, Role.Caseworker);
        assertThat(changed.unitCode()).isEqualTo("SHL");
    }

    @Test
    void disablingAsksFirstAndDoesNothingWhenDeclined() {
        UsersViewModel vm = loaded();
        add(vm, "synthetic.kept");
        vm.selectedProperty().set(row(vm, "synthetic.kept"));

        desk.dialogs.answerConfirm(false);
        vm.disableSelected();
        assertThat(row(loaded(), "synthetic.kept").disabled()).isFalse();

        desk.dialogs.answerConfirm(true);
        vm.disableSelected();
        assertThat(row(vm, "synthetic.kept").disabled()).isTrue();
        assertThat(vm.canActOnSelectedProperty().get()).isFalse();
    }

    @Test
    void resetIssuesATemporaryPassphrase() {
        UsersViewModel vm = loaded();
        add(vm, "synthetic.forgot");
        vm.selectedProperty().set(row(vm, "synthetic.forgot"));

        vm.startReset();
        vm.passphraseProperty().set("another synthetic temporary 8");
        vm.confirmationProperty().set("another synthetic temporary 8");
        vm.submit();

        assertThat(vm.noticeProperty().get()).isEqualTo(new UserMessage("ui.users.reset", "synthetic.forgot"));
        assertThat(row(vm, "synthetic.forgot").mustChangePassphrase()).isTrue();
    }

    @Test
    void aServiceRefusalIsShownInTheForm() {
        UsersViewModel vm = loaded();
        add(vm, "synthetic.twice");
        add(vm, "synthetic.twice");

        assertThat(vm.formProperty().get()).isEqualTo(Form.ADD);
        assertThat(vm.formErrorProperty().get()).isEqualTo(new UserMessage("error.userExists"));
    }
}
