package org.shield.ui.security;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/**
 * The unlock form, at start and as the lock screen of a running session (then with the user name
 * fixed and a way to sign out). In demo mode it shows the demo credentials and the demo vault's
 * preparation.
 */
public final class UnlockView {
    @FXML private Label heading;
    @FXML private Paragraph lockedHint;
    @FXML private VBox demoBox;
    @FXML private Label demoUser;
    @FXML private Label demoPassphrase;
    @FXML private VBox demoProgressBox;
    @FXML private ProgressBar demoProgress;
    @FXML private TextField userName;
    @FXML private Label userNameLabel;
    @FXML private PasswordField passphrase;
    @FXML private Label passphraseLabel;
    @FXML private Paragraph error;
    @FXML private ProgressIndicator busy;
    @FXML private Button unlock;
    @FXML private Button signOut;

    private final UnlockViewModel vm;
    private final Messages m;
    private final Runnable onSignOut;
    private final Parent root;

    public UnlockView(UnlockViewModel vm, ViewLoader loader, Runnable onSignOut) {
        this.vm = vm;
        this.m = loader.messages();
        this.onSignOut = onSignOut;
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        heading.setText(m.get(vm.isRelock() ? "ui.lock.title" : "ui.unlock.title"));
        Controls.showWhen(lockedHint, Bindings.createBooleanBinding(vm::isRelock));
        Controls.showWhen(signOut, Bindings.createBooleanBinding(vm::isRelock));
        Controls.showWhen(demoBox, Bindings.createBooleanBinding(vm::isDemo));
        demoUser.setText(vm.demoUser());
        demoPassphrase.setText(vm.demoPassphrase());
        Controls.showWhen(demoProgressBox, vm.preparingDemoProperty());
        demoProgress.progressProperty().bind(vm.demoProgressProperty());
        userName.textProperty().bindBidirectional(vm.userNameProperty());
        userName.setEditable(!vm.isRelock());
        userName.setFocusTraversable(!vm.isRelock());
        passphrase.textProperty().bindBidirectional(vm.passphraseProperty());
        userNameLabel.setLabelFor(userName);
        passphraseLabel.setLabelFor(passphrase);
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showWhen(busy, vm.busyProperty());
        unlock.disableProperty().bind(vm.canUnlockProperty().not());
        Platform.runLater(() -> (vm.isRelock() || !vm.userNameProperty().get().isBlank() ? passphrase : userName)
                .requestFocus());
    }

    @FXML
    private void unlock() {
        vm.unlock();
    }

    @FXML
    private void signOut() {
        onSignOut.run();
    }

    public Parent root() {
        return root;
    }
}
