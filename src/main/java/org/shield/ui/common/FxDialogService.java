package org.shield.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.shield.application.common.UserMessage;

/**
 * Dialogs as JavaFX alerts and the system's file choosers, in the current language, owned by the window the
 * user is working in (the main window, or a dialog such as the report dialog that asked).
 */
public final class FxDialogService implements DialogService {
    private final Supplier<Messages> messages;
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Messages> messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public void showError(UserMessage message) {
        closable(Alert.AlertType.ERROR, message, "ui.dialog.error.title").showAndWait();
    }

    @Override
    public void inform(UserMessage message) {
        // not waited for: it follows a background sync, and the user may be typing elsewhere
        closable(Alert.AlertType.INFORMATION, message, "ui.dialog.info.title").show();
    }

    /** An alert of {@code type} showing {@code message}, with one Close button, ready to show. */
    private Alert closable(Alert.AlertType type, UserMessage message, String titleKey) {
        Messages m = messages.get();
        ButtonType close = new ButtonType(m.get("ui.action.close"), ButtonData.OK_DONE);
        Alert alert = new Alert(type, "", close);
        alert.getDialogPane().setContent(new Paragraph(m.format(message)));
        prepare(alert, m.get(titleKey));
        return alert;
    }

    @Override
    public boolean confirm(UserMessage question, String actionKey) {
        Messages m = messages.get();
        ButtonType action = new ButtonType(m.get(actionKey), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("ui.action.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", action, cancel);
        alert.getDialogPane().setContent(new Paragraph(m.format(question)));
        prepare(alert, m.get("ui.dialog.confirm.title"));
        alert.getDialogPane().lookupButton(action).setId("confirmAction");
        return alert.showAndWait().filter(action::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseSaveFile(String titleKey, String suggestedName, String filterKey, String pattern) {
        Messages m = messages.get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get(titleKey));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get(filterKey), pattern));
        File chosen = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String titleKey) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get().get(titleKey));
        File chosen = chooser.showDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private void prepare(Alert alert, String title) {
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setId("messageDialog");
        alert.getDialogPane().getStylesheets().add(Theme.stylesheet());
        alert.getDialogPane().setMinWidth(420);
    }
}
