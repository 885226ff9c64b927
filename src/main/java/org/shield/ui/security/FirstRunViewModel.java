package org.shield.ui.security;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shield.application.common.UserMessage;
import org.shield.application.security.VaultService;
import org.shield.application.security.Workspace;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ErrorPresenter;
import org.shield.ui.common.TaskRunner;

/**
 * First run: creates the vault with its first administrator. Every field says what is wrong with it
 * while the user types; creating runs the key derivation and database creation in the background.
 */
public final class FirstRunViewModel {
    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty unitCode = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectBinding<UserMessage> userNameProblem;
    private final ObjectBinding<UserMessage> unitCodeProblem;
    private final ObjectBinding<UserMessage> passphraseProblem;
    private final ObjectBinding<UserMessage> confirmationProblem;
    private final BooleanBinding canCreate;

    private final VaultService vaults;
    private final Path vaultDir;
    private final ErrorPresenter errors;
    private final Busy busy;
    private final Consumer<Workspace> onCreated;

    public FirstRunViewModel(VaultService vaults, Path vaultDir, TaskRunner tasks, ErrorPresenter errors,
            Consumer<Workspace> onCreated) {
        this.vaults = vaults;
        this.vaultDir = vaultDir;
        this.errors = errors;
        this.busy = new Busy(tasks);
        this.onCreated = onCreated;
        userNameProblem = Bindings.createObjectBinding(() -> CredentialRules.userNameProblem(userName.get()),
                userName);
        unitCodeProblem = Bindings.createObjectBinding(() -> CredentialRules.unitCodeProblem(unitCode.get()),
                unitCode);
        passphraseProblem = Bindings.createObjectBinding(
                () -> CredentialRules.passphraseProblem(passphrase.get(), userName.get()), passphrase, userName);
        confirmationProblem = Bindings.createObjectBinding(
                () -> CredentialRules.confirmationProblem(passphrase.get(), confirmation.get()),
                passphrase, confirmation);
        canCreate = Bindings.createBooleanBinding(() -> !userName.get().isBlank() && userNameProblem.get() == null
                && unitCodeProblem.get() == null && !passphrase.get().isEmpty() && passphraseProblem.get() == null
                && !confirmation.get().isEmpty() && confirmationProblem.get() == null,
                userName, userNameProblem, unitCodeProblem, passphrase, passphraseProblem, confirmation,
                confirmationProblem).and(busy.busyProperty().not());
    }

    public void create() {
        if (!canCreate.get()) {
            return;
        }
        error.set(null);
        char[] secret = passphrase.get().toCharArray();
        String user = userName.get();
        String unit = unitCode.get();
        busy.run("ui.task.createVault", ctx -> vaults.create(vaultDir, user, unit, secret), ws -> {
            clearSecrets();
            onCreated.accept(ws);
        }, failure -> error.set(errors.explain(failure)));
    }

    private void clearSecrets() {
        passphrase.set("");
        confirmation.set("");
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty unitCodeProperty() {
        return unitCode;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ObjectBinding<UserMessage> userNameProblemProperty() {
        return userNameProblem;
    }

    public ObjectBinding<UserMessage> unitCodeProblemProperty() {
        return unitCodeProblem;
    }

    public ObjectBinding<UserMessage> passphraseProblemProperty() {
        return passphraseProblem;
    }

    public ObjectBinding<UserMessage> confirmationProblemProperty() {
        return confirmationProblem;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
