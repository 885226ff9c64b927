package org.shield.ui.security;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.shield.application.security.UserSummary;
import org.shield.domain.security.Role;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;
import org.shield.ui.security.UsersViewModel.Form;

/** The Users page: the account table, its actions, and the add/change/reset form beside it. */
public final class UsersView {
    @FXML private ProgressIndicator busy;
    @FXML private Paragraph error;
    @FXML private Paragraph notice;
    @FXML private TableView<UserSummary> table;
    @FXML private TableColumn<UserSummary, String> colName;
    @FXML private TableColumn<UserSummary, String> colUnit;
    @FXML private TableColumn<UserSummary, String> colRoles;
    @FXML private TableColumn<UserSummary, String> colDisabled;
    @FXML private TableColumn<UserSummary, String> colMustChange;
    @FXML private Button changeUser;
    @FXML private Button resetPassphrase;
    @FXML private Button disableUser;
    @FXML private ScrollPane formPane;
    @FXML private Label formTitle;
    @FXML private Label userNameLabel;
    @FXML private TextField formUserName;
    @FXML private Paragraph userNameProblem;
    @FXML private VBox accountFields;
    @FXML private Label unitLabel;
    @FXML private TextField formUnit;
    @FXML private Paragraph unitProblem;
    @FXML private VBox roleChecks;
    @FXML private Paragraph rolesProblem;
    @FXML private VBox passphraseFields;
    @FXML private Label passphraseLabel;
    @FXML private PasswordField formPassphrase;
    @FXML private Paragraph passphraseProblem;
    @FXML private Label confirmLabel;
    @FXML private PasswordField formConfirm;
    @FXML private Paragraph confirmationProblem;
    @FXML private Paragraph formError;
    @FXML private Button submitForm;

    private final UsersViewModel vm;
    private final Messages m;
    private final Parent root;

    public UsersView(UsersViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        Controls.showWhen(busy, vm.busyProperty());
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showMessage(notice, vm.noticeProperty(), m);
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(m.get("ui.users.empty")));
        colName.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().userName()));
        colUnit.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().unitCode()));
        colRoles.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().roles().stream().sorted()
                .map(m::label).collect(Collectors.joining(", "))));
        colDisabled.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(yesNo(c.getValue().disabled())));
        colMustChange.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(yesNo(c.getValue().mustChangePassphrase())));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        changeUser.disableProperty().bind(vm.canActOnSelectedProperty().not());
        resetPassphrase.disableProperty().bind(vm.canActOnSelectedProperty().not());
        disableUser.disableProperty().bind(vm.canActOnSelectedProperty().not());
        bindForm();
    }

    private void bindForm() {
        Controls.showWhen(formPane, vm.formProperty().isNotEqualTo(Form.NONE));
        Controls.showWhen(accountFields, Bindings.createBooleanBinding(() -> vm.formProperty().get() == Form.ADD
                || vm.formProperty().get() == Form.CHANGE, vm.formProperty()));
        Controls.showWhen(passphraseFields, Bindings.createBooleanBinding(() -> vm.formProperty().get() == Form.ADD
                || vm.formProperty().get() == Form.RESET, vm.formProperty()));
        formTitle.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.formProperty().get()) {
            case ADD -> m.get("ui.users.form.addTitle");
            case CHANGE -> m.get("ui.users.form.changeTitle");
            case RESET -> m.get("ui.users.form.resetTitle");
            case NONE -> "";
        }, vm.formProperty()));
        submitForm.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.formProperty().get()) {
            case CHANGE -> m.get("ui.users.form.saveChange");
            case RESET -> m.get("ui.users.form.issueTemporary");
            default -> m.get("ui.users.form.addAction");
        }, vm.formProperty()));
        formUserName.textProperty().bindBidirectional(vm.userNameProperty());
        formUserName.editableProperty().bind(vm.formProperty().isEqualTo(Form.ADD));
        formUnit.textProperty().bindBidirectional(vm.unitCodeProperty());
        formPassphrase.textProperty().bindBidirectional(vm.passphraseProperty());
        formConfirm.textProperty().bindBidirectional(vm.confirmationProperty());
        userNameLabel.setLabelFor(formUserName);
        unitLabel.setLabelFor(formUnit);
        passphraseLabel.setLabelFor(formPassphrase);
        confirmLabel.setLabelFor(formConfirm);
        for (Role r : Role.values()) {
            CheckBox box = new CheckBox(m.label(r));
            box.setId("role" + r.name());
            box.selectedProperty().bindBidirectional(vm.roleProperty(r));
            roleChecks.getChildren().add(box);
        }
        Controls.showMessage(userNameProblem, vm.userNameProblemProperty(), m);
        Controls.showMessage(unitProblem, vm.unitCodeProblemProperty(), m);
        Controls.showMessage(rolesProblem, vm.rolesProblemProperty(), m);
        Controls.showMessage(passphraseProblem, vm.passphraseProblemProperty(), m);
        Controls.showMessage(confirmationProblem, vm.confirmationProblemProperty(), m);
        Controls.showMessage(formError, vm.formErrorProperty(), m);
        submitForm.disableProperty().bind(vm.canSubmitProperty().not());
    }

    private String yesNo(boolean value) {
        return m.get(value ? "ui.value.yes" : "ui.value.no");
    }

    @FXML
    private void addUser() {
        vm.startAdd();
        formUserName.requestFocus();
    }

    @FXML
    private void changeUser() {
        vm.startChange();
        formUnit.requestFocus();
    }

    @FXML
    private void resetPassphrase() {
        vm.startReset();
        formPassphrase.requestFocus();
    }

    @FXML
    private void disableUser() {
        vm.disableSelected();
    }

    @FXML
    private void submitForm() {
        vm.submit();
    }

    @FXML
    private void cancelForm() {
        vm.cancelForm();
    }

    public Parent root() {
        return root;
    }
}
