package org.shield.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.common.UserMessage;
import org.shield.application.security.Workspace;
import org.shield.domain.security.PassphrasePolicy;
import org.shield.testing.TestVaults;
import org.shield.ui.ImmediateTaskRunner;
import org.shield.ui.RecordingDialogs;
import org.shield.ui.common.ErrorPresenter;

class FirstRunViewModelTest {
    @TempDir
    Path dir;
    final List<Workspace> created = new ArrayList<>();

    private FirstRunViewModel screen() {
        return new FirstRunViewModel(TestVaults.vaults(), dir.resolve("vault"), new ImmediateTaskRunner(),
                new ErrorPresenter(new RecordingDialogs()), created::add);
    }

    @Test
    void passphraseRulesAreShownWhileTyping() {
        FirstRunViewModel vm = screen();
        vm.userNameProperty().set("field.officer");

        vm.passphraseProperty().set("short");
        assertThat(vm.passphraseProblemProperty().get())
                .isEqualTo(new UserMessage("passphrase.tooShort", PassphrasePolicy.MIN_LENGTH));

        vm.passphraseProperty().set("field.officer and more words");
        assertThat(vm.passphraseProblemProperty().get().key()).isEqualTo("passphrase.containsUserName");

        vm.passphraseProperty().set("river lantern quietly folds");
        assertThat(vm.passphraseProblemProperty().get()).isNull();

        vm.confirmationProperty().set("river lantern quietly");
        assertThat(vm.confirmationProblemProperty().get()).isEqualTo(new UserMessage("passphrase.mismatch"));
        assertThat(vm.canCreateProperty().get()).isFalse();
    }

    @Test
    void invalidUserNameAndUnitCodeAreShownInline() {
        FirstRunViewModel vm = screen();

        vm.userNameProperty().set("No Spaces Allowed");
        vm.unitCodeProperty().set("A");

        assertThat(vm.userNameProblemProperty().get()).isEqualTo(new UserMessage("user.name.invalid"));
        assertThat(vm.unitCodeProblemProperty().get()).isEqualTo(new UserMessage("error.unitCodeInvalid"));
    }

    @Test
    void createsTheVaultAndForgetsThePassphrase() {
        FirstRunViewModel vm = screen();
        vm.userNameProperty().set("first.admin");
        vm.unitCodeProperty().set("ATU");
        vm.passphraseProperty().set("river lantern quietly folds");
        vm.confirmationProperty().set("river lantern quietly folds");
        assertThat(vm.canCreateProperty().get()).isTrue();

        vm.create();

        assertThat(created).singleElement().satisfies(ws -> {
            assertThat(ws.user().userName()).isEqualTo("first.admin");
            assertThat(ws.user().unitCode()).isEqualTo("ATU");
        });
        assertThat(vm.passphraseProperty().get()).isEmpty();
        assertThat(vm.confirmationProperty().get()).isEmpty();
        created.forEach(Workspace::close);
    }
}
