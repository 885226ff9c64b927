package org.shield.ui.common;

import javafx.scene.Parent;

/** The view of an open {@link Document}: its content, its save action (Ctrl+S) and its reports (Ctrl+P). */
public interface DocumentView {
    Parent root();

    /** Saves the document's edits if they can be saved now. */
    void save();

    /** Opens the report dialog of the document, if it has reports (Ctrl+P); nothing otherwise. */
    default void printReport() {
    }
}
