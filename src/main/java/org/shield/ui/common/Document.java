package org.shield.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.shield.application.common.UserMessage;

/**
 * The view model of a record open in its own tab (a case, a person, an organisation). Open documents
 * outlive their views: a language switch rebuilds the views over the same documents, and locking keeps
 * them, so unsaved edits survive both.
 */
public interface Document {
    /** What the document shows, for "already open?" checks (the record id); {@code null} while new. */
    Object identity();

    /** The tab title. Never goes into the window title. */
    ReadOnlyObjectProperty<UserMessage> titleProperty();

    /** True while there are edits not saved yet. */
    ObservableBooleanValue dirtyProperty();

    /**
     * A sync applied records from HQ: read the record again so colleagues' work shows without reopening it, unless
     * edits are pending here (then saving meets the usual "changed elsewhere" check, and nothing typed is lost).
     * When the record is no longer on this laptop (removed at HQ, or the user may no longer see it: ADR 0019,
     * need-to-know), run {@code gone} instead of showing an error: the shell closes the tab, so that what left the
     * laptop does not stay on screen.
     */
    default void arrivedFromHq(Runnable gone) {
        // a document that shows nothing from the vault has nothing to read again
    }

    /**
     * A reading's failure handler: {@code gone} when the record is not on this laptop and {@code gone} is given (a
     * read after a sync), else {@code otherwise}.
     */
    static java.util.function.Consumer<Throwable> unlessGone(Runnable gone,
            java.util.function.Consumer<Throwable> otherwise) {
        return failure -> {
            if (gone != null && failure instanceof org.shield.application.common.NotFoundException) {
                gone.run();
            } else {
                otherwise.accept(failure);
            }
        };
    }
}
