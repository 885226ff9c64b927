package org.shield.ui.common;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * A modal form built in code for a view model that asks the user something (a purpose, a reason, a
 * choice). The view model holds the form's state and says when it wants to ask; the view shows this
 * dialog and tells the view model the answer, so view models stay free of the scene graph and tests
 * drive them directly (ADR 0104). The confirming button is named after its action and enabled only
 * while the form is valid. Call on the JavaFX thread.
 */
public final class FormDialog {
    /** Height kept free around a form's content: the title bar, the buttons and the dialog's padding. */
    private static final double CHROME = 200;

    private FormDialog() {
    }

    /** Shows the dialog and waits; true if the user chose the action. */
    public static boolean ask(Node anchor, Messages m, String id, String titleKey, String actionKey, Node content,
            ObservableBooleanValue canAct) {
        Dialog<ButtonType> d = prepare(anchor, m, id, titleKey, content);
        ButtonType action = new ButtonType(m.get(actionKey), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("ui.action.cancel"), ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(action, cancel);
        Button button = (Button) d.getDialogPane().lookupButton(action);
        button.setId(id + "Action");
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !canAct.get(), canAct));
        return d.showAndWait().filter(action::equals).isPresent();
    }

    /** Shows content with only a Close button, and waits. */
    public static void show(Node anchor, Messages m, String id, String titleKey, Node content) {
        Dialog<ButtonType> d = prepare(anchor, m, id, titleKey, content);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(m.get("ui.action.close"), ButtonData.CANCEL_CLOSE));
        d.setResizable(true);
        d.showAndWait();
    }

    /**
     * Runs {@code show} each time {@code asking} turns true, after the current event (a dialog must not
     * be opened from inside a layout or a property change).
     */
    public static void whenAsked(ObservableBooleanValue asking, Runnable show) {
        asking.addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(show);
            }
        });
    }

    private static Dialog<ButtonType> prepare(Node anchor, Messages m, String id, String titleKey, Node content) {
        Dialog<ButtonType> d = new Dialog<>();
        Window w = anchor == null || anchor.getScene() == null ? null : anchor.getScene().getWindow();
        if (w != null) {
            d.initOwner(w);
        }
        d.setTitle(m.get(titleKey));
        d.setHeaderText(null);
        d.getDialogPane().setId(id);
        // a form taller than the screen scrolls, so that its buttons stay on screen (a 1280x800 or 1366x768 laptop)
        double room = Math.max(200, Screen.getPrimary().getVisualBounds().getHeight() - CHROME);
        ScrollPane scroll = new ScrollPane(content) {
            @Override
            protected double computePrefHeight(double width) {
                return Math.min(super.computePrefHeight(width), room);
            }
        };
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().getStylesheets().add(Theme.stylesheet());
        d.getDialogPane().setPrefWidth(560);
        return d;
    }
}
