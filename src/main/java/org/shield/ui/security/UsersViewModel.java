package org.shield.ui.security;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.common.UserMessage;
import org.shield.application.security.UserSummary;
import org.shield.domain.security.Role;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * The administrator's user list: add a user with a temporary passphrase, change a user's roles and
 * unit, disable an account (after a confirmation naming the action), and issue a temporary passphrase.
 * One form at a time is open beside the list ({@link Form}); every field is checked while typing with
 * the vault's own rules. All work runs through the task runner; the service checks the right again.
 */
public final class UsersViewModel {
    /** Which form is open beside the list. */
    public enum Form { NONE, ADD, CHANGE, RESET }

    private final ObservableList<UserSummary> rows = FXCollections.observableArrayList();
    private final ObjectProperty<UserSummary> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> notice = new SimpleObjectProperty<>();
    private final ObjectProperty<Form> form = new SimpleObjectProperty<>(Form.NONE);
    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty unitCode = new SimpleStringProperty("");
    private final Map<Role, BooleanProperty> roles = new EnumMap<>(Role.class);
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ObjectProperty<UserMessage> formError = new SimpleObjectProperty<>();
    private final ObjectBinding<UserMessage> userNameProblem;
    private final ObjectBinding<UserMessage> unitCodeProblem;
    private final ObjectBinding<UserMessage> rolesProblem;
    private final ObjectBinding<UserMessage> passphraseProblem;
    private final ObjectBinding<UserMessage> confirmationProblem;
    private final BooleanBinding canSubmit;
    private final BooleanBinding canActOnSelected;

    private final ScreenContext ctx;
    private final Busy busy;

    public UsersViewModel(ScreenContext ctx) {
        this.ctx = ctx;
        this.busy = new Busy(ctx.tasks());
        for (Role r : Role.values()) {
            roles.put(r, new SimpleBooleanProperty());
        }
        BooleanProperty[] roleFlags = roles.values().toArray(BooleanProperty[]::new);
        userNameProblem = Bindings.createObjectBinding(() -> CredentialRules.userNameProblem(userName.get()), userName);
        unitCodeProblem = Bindings.createObjectBinding(() -> unitCode.get().isBlank()
                ? null : CredentialRules.unitCodeProblem(unitCode.get()), unitCode);
        rolesProblem = Bindings.createObjectBinding(() -> chosenRoles().isEmpty()
                ? new UserMessage("user.roles.required") : null, roleFlags);
        passphraseProblem = Bindings.createObjectBinding(
                () -> CredentialRules.passphraseProblem(passphrase.get(), userName.get()), passphrase, userName);
        confirmationProblem = Bindings.createObjectBinding(
                () -> CredentialRules.confirmationProblem(passphrase.get(), confirmation.get()), passphrase,
                confirmation);
        BooleanBinding passphraseReady = Bindings.createBooleanBinding(() -> !passphrase.get().isEmpty()
                && passphraseProblem.get() == null && confirmation.get().equals(passphrase.get()),
                passphrase, passphraseProblem, confirmation);
        BooleanBinding accountReady = Bindings.createBooleanBinding(() -> !userName.get().isBlank()
                && userNameProblem.get() == null && !unitCode.get().isBlank() && unitCodeProblem.get() == null
                && rolesProblem.get() == null, userName, userNameProblem, unitCode, unitCodeProblem, rolesProblem);
        canSubmit = Bindings.createBooleanBinding(() -> switch (form.get()) {
            case ADD -> accountReady.get() && passphraseReady.get();
            case CHANGE -> accountReady.get();
            case RESET -> passphraseReady.get();
            case NONE -> false;
        }, form, accountReady, passphraseReady).and(busy.busyProperty().not());
        canActOnSelected = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().disabled(),
                selected).and(busy.busyProperty().not());
    }

    /** Reads the list of users. */
    public void load() {
        error.set(null);
        busy.run("ui.task.loadUsers", c -> ctx.session().users().list(), list -> {
            String keep = selected.get() == null ? null : selected.get().userName();
            rows.setAll(list);
            selected.set(list.stream().filter(u -> u.userName().equals(keep)).findFirst().orElse(null));
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    public void startAdd() {
        clearForm();
        unitCode.set(ctx.session().user().unitCode());
        roles.get(Role.Investigator).set(true);
        form.set(Form.ADD);
    }

    public void startChange() {
        UserSummary u = selected.get();
        if (u == null || u.disabled()) {
            return;
        }
        clearForm();
        userName.set(u.userName());
        unitCode.set(u.unitCode());
        roles.forEach((r, flag) -> flag.set(u.roles().contains(r)));
        form.set(Form.CHANGE);
    }

    public void startReset() {
        UserSummary u = selected.get();
        if (u == null || u.disabled()) {
            return;
        }
        clearForm();
        userName.set(u.userName());
        form.set(Form.RESET);
    }

    public void cancelForm() {
        clearForm();
        form.set(Form.NONE);
    }

    /** Sends the open form: adds the user, changes them, or issues the temporary passphrase. */
    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        Form f = form.get();
        String name = userName.get().strip();
        String unit = unitCode.get().strip();
        Set<Role> chosen = chosenRoles();
        char[] secret = passphrase.get().toCharArray();
        formError.set(null);
        notice.set(null);
        busy.run(switch (f) {
            case ADD -> "ui.task.addUser";
            case CHANGE -> "ui.task.changeUser";
            default -> "ui.task.resetPassphrase";
        }, c -> {
            switch (f) {
                case ADD -> ctx.session().users().add(name, unit, chosen, secret, true);
                case CHANGE -> ctx.session().users().change(name, unit, chosen);
                default -> ctx.session().users().resetPassphrase(name, secret);
            }
            return null;
        }, done -> {
            cancelForm();
            notice.set(new UserMessage(switch (f) {
                case ADD -> "ui.users.added";
                case CHANGE -> "ui.users.changed";
                default -> "ui.users.reset";
            }, name));
            load();
        }, failure -> {
            passphrase.set("");
            confirmation.set("");
            formError.set(ctx.errors().explain(failure));
        });
    }

    /** Disables the selected account after the user confirms; it can then no longer unlock the vault. */
    public void disableSelected() {
        UserSummary u = selected.get();
        if (u == null || u.disabled() || busy.isBusy()) {
            return;
        }
        if (!ctx.dialogs().confirm(new UserMessage("ui.users.disable.question", u.userName()),
                "ui.users.disable.action")) {
            return;
        }
        notice.set(null);
        busy.run("ui.task.disableUser", c -> ctx.session().users().disable(u.userName()), done -> {
            notice.set(new UserMessage("ui.users.disabled", u.userName()));
            load();
        }, failure -> ctx.errors().present(failure));
    }

    private Set<Role> chosenRoles() {
        Set<Role> out = EnumSet.noneOf(Role.class);
        roles.forEach((r, flag) -> {
            if (flag.get()) {
                out.add(r);
            }
        });
        return out;
    }

    private void clearForm() {
        userName.set("");
        unitCode.set("");
        roles.values().forEach(flag -> flag.set(false));
        passphrase.set("");
        confirmation.set("");
        formError.set(null);
    }

    public ObservableList<UserSummary> rows() {
        return rows;
    }

    public ObjectProperty<UserSummary> selectedProperty() {
        return selected;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public ObjectProperty<UserMessage> noticeProperty() {
        return notice;
    }

    public ObjectProperty<Form> formProperty() {
        return form;
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty unitCodeProperty() {
        return unitCode;
    }

    public BooleanProperty roleProperty(Role role) {
        return roles.get(role);
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ObjectProperty<UserMessage> formErrorProperty() {
        return formError;
    }

    public ObjectBinding<UserMessage> userNameProblemProperty() {
        return userNameProblem;
    }

    public ObjectBinding<UserMessage> unitCodeProblemProperty() {
        return unitCodeProblem;
    }

    public ObjectBinding<UserMessage> rolesProblemProperty() {
        return rolesProblem;
    }

    public ObjectBinding<UserMessage> passphraseProblemProperty() {
        return passphraseProblem;
    }

    public ObjectBinding<UserMessage> confirmationProblemProperty() {
        return confirmationProblem;
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    public BooleanBinding canActOnSelectedProperty() {
        return canActOnSelected;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
