package org.shield.ui.security;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** First run: the form that creates the vault and its first administrator. */
public final class FirstRunView {
    @FXML private TextField userName;
    @FXML private Label userNameLabel;
    @FXML private Paragraph userNameProblem;
    @FXML private TextField unitCode;
    @FXML private Label unitCodeLabel;
    @FXML private Paragraph unitCodeProblem;
    @FXML private PasswordField passphrase;
    @FXML private Label passphraseLabel;
    @FXML private Paragraph passphraseProblem;
    @FXML private PasswordField confirmation;
    @FXML private Label confirmationLabel;
    @FXML private Paragraph confirmationProblem;
    @FXML private Paragraph error;
    @FXML private ProgressIndicator busy;
    @FXML private Button create;

    private final FirstRunViewModel vm;
    private final Messages m;
    private final Parent root;

    public FirstRunView(FirstRunViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        userName.textProperty().bindBidirectional(vm.userNameProperty());
        unitCode.textProperty().bindBidirectional(vm.unitCodeProperty());
        passphrase.textProperty().bindBidirectional(vm.passphraseProperty());
        confirmation.textProperty().bindBidirectional(vm.confirmationProperty());
        userNameLabel.setLabelFor(userName);
        unitCodeLabel.setLabelFor(unitCode);
        passphraseLabel.setLabelFor(passphrase);
        confirmationLabel.setLabelFor(confirmation);
        Controls.showMessage(userNameProblem, vm.userNameProblemProperty(), m);
        Controls.showMessage(unitCodeProblem, vm.unitCodeProblemProperty(), m);
        Controls.showMessage(passphraseProblem, vm.passphraseProblemProperty(), m);
        Controls.showMessage(confirmationProblem, vm.confirmationProblemProperty(), m);
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showWhen(busy, vm.busyProperty());
        create.disableProperty().bind(vm.canCreateProperty().not());
        Platform.runLater(userName::requestFocus);
    }

    @FXML
    private void create() {
        vm.create();
    }

    public Parent root() {
        return root;
    }
}
