package org.shield.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.common.UserMessage;
import org.shield.application.security.Workspace;
import org.shield.domain.security.Role;
import org.shield.testing.TestVaults;
import org.shield.ui.DeskFixture;

class PassphraseChangeViewModelTest {
    static final String USER = "synthetic.newcomer";
    static final String TEMPORARY = "synthetic temporary words 31";
    static final String OWN = "my own synthetic choice 55";

    @TempDir
    Path dir;
    DeskFixture desk;
    boolean continued;

    @BeforeEach
    void userWithATemporaryPassphrase() throws Exception {
        Path vault = dir.resolve("vault");
        try (Workspace admin = TestVaults.create(vault)) {
            admin.users().add(USER, "TST", Set.of(Role.Investigator), TEMPORARY.toCharArray(), true);
        }
        desk = DeskFixture.over(TestVaults.vaults().unlock(vault, USER, TEMPORARY.toCharArray()));
    }

    @AfterEach
    void closeVault() {
        desk.close();
    }

    private PassphraseChangeViewModel screen() {
        return new PassphraseChangeViewModel(desk.session, desk.tasks, desk.errors, () -> continued = true);
    }

    @Test
    void choosingAnOwnPassphraseClearsTheRequirementAndContinues() throws Exception {
        assertThat(desk.session.users().mustChangePassphrase()).isTrue();
        PassphraseChangeViewModel vm = screen();
        vm.currentProperty().set(TEMPORARY);
        vm.nextProperty().set(OWN);
        vm.confirmationProperty().set(OWN);

        vm.change();

        assertThat(continued).isTrue();
        assertThat(desk.session.users().mustChangePassphrase()).isFalse();
    }

    @Test
    void aWrongCurrentPassphraseKeepsTheScreen() {
        PassphraseChangeViewModel vm = screen();
        vm.currentProperty().set("not the synthetic temporary");
        vm.nextProperty().set(OWN);
        vm.confirmationProperty().set(OWN);

        vm.change();

        assertThat(continued).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo(new UserMessage("error.wrongPassphrase"));
        assertThat(vm.currentProperty().get()).isEmpty();
    }

    @Test
    void aPassphraseContainingTheUserNameIsRefusedWhileTyping() {
        PassphraseChangeViewModel vm = screen();
        vm.currentProperty().set(TEMPORARY);
        vm.nextProperty().set("prefix " + USER + " suffix");

        assertThat(vm.nextProblemProperty().get().key()).isEqualTo("passphrase.containsUserName");
        assertThat(vm.canChangeProperty().get()).isFalse();
    }
}
