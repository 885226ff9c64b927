package org.shield.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;

/**
 * A started task as a view model sees it: progress (0..1, or -1 when unknown) with the raw amounts behind
 * it, running, cancel.
 */
public interface TaskHandle {
    /** Asks the work to stop at its next check; never interrupts the thread (that would break the database). */
    boolean cancel();

    ReadOnlyDoubleProperty progressProperty();

    /** The work done so far in the work's own unit (bytes for evidence), or -1 when unknown. */
    ReadOnlyDoubleProperty workDoneProperty();

    /** The total work in the same unit, or -1 when unknown. */
    ReadOnlyDoubleProperty totalWorkProperty();

    ReadOnlyBooleanProperty runningProperty();
}
