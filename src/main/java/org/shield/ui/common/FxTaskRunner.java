package org.shield.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.OperationCancelledException;
import org.shield.application.common.ProgressListener;
import org.shield.application.common.UserMessage;

/**
 * Runs work as {@link Task}s on a small pool of daemon worker threads and lists the running ones for
 * the status bar. Cancelling never interrupts a worker: an interrupt closes H2's file channel.
 * Call {@link #run} on the JavaFX thread.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final int WORKERS = 3;

    private final ExecutorService pool;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final Supplier<Messages> messages;

    public FxTaskRunner(Supplier<Messages> messages) {
        this.messages = messages;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "shield-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(WORKERS, threads);
    }

    /** The tasks now running, for the status bar; changed on the JavaFX thread only. */
    public ObservableList<Task<?>> running() {
        return running;
    }

    @Override
    public <T> TaskHandle run(String titleKey, Work<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        WorkTask<T> task = new WorkTask<>(work);
        task.setTitle(messages.get().get(titleKey));
        task.setOnSucceeded(e -> {
            running.remove(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.remove(task);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            running.remove(task);
            onFailure.accept(new OperationCancelledException(new UserMessage("error.cancelled")));
        });
        running.add(task);
        pool.execute(task);
        return task;
    }

    /** Stops taking work and waits briefly for running work (closing the vault must not race it). */
    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A task whose progress and cancellation reach the work through {@link TaskContext}. */
    private static final class WorkTask<T> extends Task<T> implements TaskHandle, TaskContext {
        private final Work<T> work;
        private final CancellationToken token = new CancellationToken();

        WorkTask(Work<T> work) {
            this.work = work;
        }

        void setTitle(String title) {
            updateTitle(title);
        }

        @Override
        protected T call() throws Exception {
            return work.call(this);
        }

        @Override
        public ProgressListener progress() {
            return (done, total) -> updateProgress(total < 0 ? -1 : done, total < 0 ? 1 : total);
        }

        @Override
        public CancellationToken cancellation() {
            return token;
        }

        @Override
        public void publish(Runnable update) {
            javafx.application.Platform.runLater(update);
        }

        /** Cancels without interrupting; the work stops at its next token check. */
        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            token.cancel();
            return super.cancel(false);
        }
    }
}
