package org.shield.ui.security;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** The required passphrase change after unlocking with a temporary passphrase; the main window waits. */
public final class PassphraseChangeView {
    @FXML private Paragraph intro;
    @FXML private Label currentLabel;
    @FXML private PasswordField currentPassphrase;
    @FXML private Label newLabel;
    @FXML private PasswordField newPassphrase;
    @FXML private Paragraph newPassphraseProblem;
    @FXML private Label confirmLabel;
    @FXML private PasswordField confirmPassphrase;
    @FXML private Paragraph confirmationProblem;
    @FXML private Paragraph error;
    @FXML private ProgressIndicator busy;
    @FXML private Button changePassphrase;

    private final PassphraseChangeViewModel vm;
    private final Messages m;
    private final Runnable onLock;
    private final Parent root;

    public PassphraseChangeView(PassphraseChangeViewModel vm, ViewLoader loader, Runnable onLock) {
        this.vm = vm;
        this.m = loader.messages();
        this.onLock = onLock;
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        intro.setText(m.get("ui.passphraseChange.intro", vm.userName()));
        currentPassphrase.textProperty().bindBidirectional(vm.currentProperty());
        newPassphrase.textProperty().bindBidirectional(vm.nextProperty());
        confirmPassphrase.textProperty().bindBidirectional(vm.confirmationProperty());
        currentLabel.setLabelFor(currentPassphrase);
        newLabel.setLabelFor(newPassphrase);
        confirmLabel.setLabelFor(confirmPassphrase);
        Controls.showMessage(newPassphraseProblem, vm.nextProblemProperty(), m);
        Controls.showMessage(confirmationProblem, vm.confirmationProblemProperty(), m);
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showWhen(busy, vm.busyProperty());
        changePassphrase.disableProperty().bind(vm.canChangeProperty().not());
        Platform.runLater(currentPassphrase::requestFocus);
    }

    @FXML
    private void changePassphrase() {
        vm.change();
    }

    @FXML
    private void lockNow() {
        onLock.run();
    }

    public Parent root() {
        return root;
    }
}
