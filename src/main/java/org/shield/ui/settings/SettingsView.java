package org.shield.ui.settings;

import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;
import org.shield.application.settings.Preferences;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** The Settings page: language, auto-lock, Buddhist-era years, interview countersignature, change passphrase. */
public final class SettingsView {
    @FXML private ProgressIndicator busy;
    @FXML private Label languageLabel;
    @FXML private ComboBox<Locale> language;
    @FXML private Label autoLockLabel;
    @FXML private Spinner<Integer> autoLockMinutes;
    @FXML private CheckBox buddhistEra;
    @FXML private Paragraph eraExample;
    @FXML private Paragraph preferencesNotice;
    @FXML private Button savePreferences;
    @FXML private javafx.scene.layout.VBox countersignBox;
    @FXML private CheckBox countersignRequired;
    @FXML private Paragraph countersignNotice;
    @FXML private Label currentLabel;
    @FXML private PasswordField currentPassphrase;
    @FXML private Label newLabel;
    @FXML private PasswordField newPassphrase;
    @FXML private Paragraph newPassphraseProblem;
    @FXML private Label confirmLabel;
    @FXML private PasswordField confirmPassphrase;
    @FXML private Paragraph confirmationProblem;
    @FXML private Paragraph passphraseNotice;
    @FXML private Button changePassphrase;

    private final SettingsViewModel vm;
    private final Messages m;
    private final Parent root;

    public SettingsView(SettingsViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        Controls.showWhen(busy, vm.busyProperty());
        language.getItems().setAll(SettingsViewModel.ENGLISH, SettingsViewModel.THAI);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : m.get(Messages.isThai(l) ? "ui.settings.language.th" : "ui.settings.language.en");
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(vm.languageProperty());
        languageLabel.setLabelFor(language);

        autoLockMinutes.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                Preferences.MIN_AUTO_LOCK_MINUTES, Preferences.MAX_AUTO_LOCK_MINUTES,
                vm.autoLockMinutesProperty().get()));
        autoLockMinutes.getValueFactory().valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.autoLockMinutesProperty().set(b);
            }
        });
        vm.autoLockMinutesProperty().addListener((o, a, b) -> autoLockMinutes.getValueFactory().setValue(b.intValue()));
        autoLockLabel.setLabelFor(autoLockMinutes);

        buddhistEra.selectedProperty().bindBidirectional(vm.buddhistEraProperty());
        LocalDate sample = LocalDate.of(2026, 3, 1);
        eraExample.textProperty().bind(Bindings.createStringBinding(() -> m.get("ui.settings.buddhistEra.example",
                new Messages(SettingsViewModel.THAI, buddhistEra.isSelected()).date(sample)),
                buddhistEra.selectedProperty()));
        Controls.showMessage(preferencesNotice, vm.preferencesNoticeProperty(), m);
        savePreferences.disableProperty().bind(vm.busyProperty());

        Controls.showWhen(countersignBox, Bindings.createBooleanBinding(vm::setsCountersign));
        countersignRequired.selectedProperty().bindBidirectional(vm.countersignRequiredProperty());
        countersignRequired.disableProperty().bind(vm.busyProperty());
        Controls.showMessage(countersignNotice, vm.countersignNoticeProperty(), m);

        currentPassphrase.textProperty().bindBidirectional(vm.currentPassphraseProperty());
        newPassphrase.textProperty().bindBidirectional(vm.newPassphraseProperty());
        confirmPassphrase.textProperty().bindBidirectional(vm.confirmationProperty());
        currentLabel.setLabelFor(currentPassphrase);
        newLabel.setLabelFor(newPassphrase);
        confirmLabel.setLabelFor(confirmPassphrase);
        Controls.showMessage(newPassphraseProblem, vm.newPassphraseProblemProperty(), m);
        Controls.showMessage(confirmationProblem, vm.confirmationProblemProperty(), m);
        Controls.showMessage(passphraseNotice, vm.passphraseNoticeProperty(), m);
        changePassphrase.disableProperty().bind(vm.canChangePassphraseProperty().not());
    }

    @FXML
    private void savePreferences() {
        vm.savePreferences();
    }

    @FXML
    private void changePassphrase() {
        vm.changePassphrase();
    }

    public Parent root() {
        return root;
    }
}
