package org.shield.ui.common;

import org.shield.application.common.UserMessage;

/**
 * Every dialog the UI shows goes through here, so view models can ask without touching the scene
 * graph and tests can answer. Messages are translated by the implementation. Call on the JavaFX thread.
 */
public interface DialogService {
    /** Shows an error the user can act on. */
    void showError(UserMessage message);

    /** Tells the user something that happened without them (not an error), with one button to close it. */
    void inform(UserMessage message);

    /**
     * Asks before something that cannot be undone. {@code actionKey} names the confirming button after
     * its action ("Discard changes", not "OK"). True when the user chose the action.
     */
    boolean confirm(UserMessage question, String actionKey);

    /**
     * Asks where to save a new file. {@code titleKey} names the dialog, {@code suggestedName} is the
     * proposed file name (no personal data), {@code filterKey} describes the file type whose names
     * match {@code pattern} (e.g. {@code *.csv}). Empty when the user cancels.
     */
    java.util.Optional<java.nio.file.Path> chooseSaveFile(String titleKey, String suggestedName, String filterKey,
            String pattern);

    /** Asks for a folder to save files into; {@code titleKey} names the dialog. Empty when the user cancels. */
    java.util.Optional<java.nio.file.Path> chooseFolder(String titleKey);
}
