package org.shield.ui.common;

import javafx.scene.Parent;

/** The view of an open {@link Document}: its content and its save action (Ctrl+S). */
public interface DocumentView {
    Parent root();

    /** Saves the document's edits if they can be saved now. */
    void save();
}
