package org.shield.ui.common;

import java.util.function.Consumer;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;

/**
 * The only way the UI starts work that may block (database, key derivation, files). The work runs on a
 * worker thread; exactly one of the two callbacks runs afterwards on the JavaFX thread. Tests use a
 * runner that does everything at once on the calling thread, so view models need no toolkit.
 */
public interface TaskRunner {

    /**
     * Starts {@code work}. {@code titleKey} is a bundle key naming the work in the status bar.
     * A cancelled task ends in {@code onFailure} with an
     * {@link org.shield.application.common.OperationCancelledException}.
     */
    <T> TaskHandle run(String titleKey, Work<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure);

    /** Blocking work; runs on a worker thread. */
    @FunctionalInterface
    interface Work<T> {
        T call(TaskContext context) throws Exception;
    }

    /** What running work may use: progress reporting and the cancellation token. */
    interface TaskContext {
        ProgressListener progress();

        CancellationToken cancellation();

        /**
         * Runs {@code update} on the JavaFX thread soon (the test runner: at once), for progress richer than a
         * fraction (a sync's records and bytes). Keep it rare: once per batch, not per record.
         */
        void publish(Runnable update);
    }
}
