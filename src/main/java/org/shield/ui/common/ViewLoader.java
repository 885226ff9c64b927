package org.shield.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads the layout of a view: {@code XxxView.fxml} next to the {@code XxxView} class, with the message
 * bundle for {@code %keys}. The controller is the view object the caller has already built with its
 * view model and collaborators (constructor injection; no controller is created by reflection).
 */
public final class ViewLoader {
    private final Messages messages;

    public ViewLoader(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    /** Loads the FXML named after the view's class and injects its {@code fx:id} fields into {@code view}. */
    public Parent load(Object view) {
        Class<?> type = view.getClass();
        URL fxml = type.getResource(type.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("no FXML for " + type.getSimpleName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setControllerFactory(requested -> {
            if (!requested.isInstance(view)) {
                throw new IllegalStateException("FXML of " + type.getSimpleName() + " names another controller");
            }
            return view;
        });
        try {
            Parent root = loader.load();
            root.getStylesheets().add(Theme.stylesheet());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the layout of " + type.getSimpleName(), e);
        }
    }
}
