package org.shield.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.ui.common.TaskHandle;
import org.shield.ui.common.TaskRunner;

/**
 * Runs work at once on the calling thread, so view models can be tested without a JavaFX toolkit. One made
 * by {@link #cancellingAt} also acts as a user pressing Cancel once the work reports that much progress.
 */
public final class ImmediateTaskRunner implements TaskRunner {
    private final List<String> titles = new ArrayList<>();
    private final List<Double> progressSeen = new ArrayList<>();
    private final long cancelAt;

    public ImmediateTaskRunner() {
        this(-1);
    }

    private ImmediateTaskRunner(long cancelAt) {
        this.cancelAt = cancelAt;
    }

    /**
     * A runner that cancels each task once it reports {@code done} units of progress (0: before the work
     * starts), as a user pressing Cancel while it runs.
     */
    public static ImmediateTaskRunner cancellingAt(long done) {
        return new ImmediateTaskRunner(done);
    }

    @Override
    public <T> TaskHandle run(String titleKey, Work<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        titles.add(titleKey);
        SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
        SimpleDoubleProperty done = new SimpleDoubleProperty(-1);
        SimpleDoubleProperty total = new SimpleDoubleProperty(-1);
        CancellationToken token = new CancellationToken();
        TaskContext context = new TaskContext() {
            @Override
            public ProgressListener progress() {
                return (d, t) -> {
                    if (cancelAt >= 0 && d >= cancelAt) {
                        token.cancel();
                    }
                    progress.set(t <= 0 ? -1 : (double) d / t);
                    done.set(t < 0 ? -1 : d);
                    total.set(t);
                    progressSeen.add(progress.get());
                };
            }

            @Override
            public CancellationToken cancellation() {
                return token;
            }

            @Override
            public void publish(Runnable update) {
                update.run();
            }
        };
        if (cancelAt == 0) {
            token.cancel();
        }
        T result;
        try {
            result = work.call(context);
        } catch (Exception e) {
            onFailure.accept(e);
            return handle(progress, done, total, token);
        }
        onSuccess.accept(result);
        return handle(progress, done, total, token);
    }

    /** The title keys of the tasks run so far, in order. */
    public List<String> titles() {
        return titles;
    }

    /** Every progress fraction reported so far (-1 for unknown), in order. */
    public List<Double> progressSeen() {
        return progressSeen;
    }

    private static TaskHandle handle(SimpleDoubleProperty progress, SimpleDoubleProperty done,
            SimpleDoubleProperty total, CancellationToken token) {
        return new TaskHandle() {
            @Override
            public boolean cancel() {
                token.cancel();
                return true;
            }

            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return progress;
            }

            @Override
            public ReadOnlyDoubleProperty workDoneProperty() {
                return done;
            }

            @Override
            public ReadOnlyDoubleProperty totalWorkProperty() {
                return total;
            }

            @Override
            public ReadOnlyBooleanProperty runningProperty() {
                return new SimpleBooleanProperty(false);
            }
        };
    }
}
