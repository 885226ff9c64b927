package org.shield.ui.security;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shield.application.common.UserMessage;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ErrorPresenter;
import org.shield.ui.common.Session;
import org.shield.ui.common.TaskRunner;

/**
 * The screen a user sees after unlocking with a temporary passphrase (set by an administrator): they
 * must choose their own before the main window opens. Current passphrase, the new one twice, checked
 * while typing with the vault's policy; the change re-wraps their key and is recorded in the audit trail.
 */
public final class PassphraseChangeViewModel {
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectBinding<UserMessage> nextProblem;
    private final ObjectBinding<UserMessage> confirmationProblem;
    private final BooleanBinding canChange;

    private final Session session;
    private final ErrorPresenter errors;
    private final Busy busy;
    private final Runnable onChanged;

    public PassphraseChangeViewModel(Session session, TaskRunner tasks, ErrorPresenter errors, Runnable onChanged) {
        this.session = session;
        this.errors = errors;
        this.busy = new Busy(tasks);
        this.onChanged = onChanged;
        String user = session.user().userName();
        nextProblem = Bindings.createObjectBinding(() -> CredentialRules.passphraseProblem(next.get(), user), next);
        confirmationProblem = Bindings.createObjectBinding(
                () -> CredentialRules.confirmationProblem(next.get(), confirmation.get()), next, confirmation);
        canChange = Bindings.createBooleanBinding(() -> !current.get().isEmpty() && !next.get().isEmpty()
                && nextProblem.get() == null && confirmation.get().equals(next.get()),
                current, next, nextProblem, confirmation).and(busy.busyProperty().not());
    }

    public String userName() {
        return session.user().userName();
    }

    /** Changes the passphrase; the main window opens once it is done. */
    public void change() {
        if (!canChange.get()) {
            return;
        }
        char[] was = current.get().toCharArray();
        char[] now = next.get().toCharArray();
        error.set(null);
        busy.run("ui.task.changePassphrase", c -> {
            session.users().changeOwnPassphrase(was, now);
            return null;
        }, done -> {
            current.set("");
            next.set("");
            confirmation.set("");
            onChanged.run();
        }, failure -> {
            current.set("");
            error.set(errors.explain(failure));
        });
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public ObjectBinding<UserMessage> nextProblemProperty() {
        return nextProblem;
    }

    public ObjectBinding<UserMessage> confirmationProblemProperty() {
        return confirmationProblem;
    }

    public BooleanBinding canChangeProperty() {
        return canChange;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
