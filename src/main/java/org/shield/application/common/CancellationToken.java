package org.shield.application.common;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets the UI cancel long work; the work checks it between steps. Thread-safe. */
public final class CancellationToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public void throwIfCancelled() throws OperationCancelledException {
        if (isCancelled()) {
            throw new OperationCancelledException(new UserMessage("error.cancelled"));
        }
    }
}
