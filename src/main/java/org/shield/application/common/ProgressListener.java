package org.shield.application.common;

/** Receives progress of long work. Called on the worker thread; implementations must be quick. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    /** {@code total} is -1 when unknown. */
    void progress(long done, long total);
}
