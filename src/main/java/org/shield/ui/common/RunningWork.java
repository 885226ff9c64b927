package org.shield.ui.common;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.shield.application.common.UserMessage;

/**
 * One long piece of work at a time (evidence intake, a custody step with a hash check, verification,
 * export; a report or a batch of reports) as a screen shows it: what is running, how far (fraction, and the
 * amount done of the total in the work's own unit: bytes, reports) and a way to cancel it. Cancelling asks
 * the work to stop at its next check; the services then keep nothing. Used on the JavaFX thread (or the
 * test thread).
 */
public final class RunningWork {
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> title = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final DoubleProperty done = new SimpleDoubleProperty(-1);
    private final DoubleProperty total = new SimpleDoubleProperty(-1);
    private final BooleanProperty cancelling = new SimpleBooleanProperty();
    private final Busy busy;
    private TaskHandle handle;

    public RunningWork(TaskRunner tasks) {
        this.busy = new Busy(tasks);
    }

    /** Starts long work; the callbacks run after the progress has been put away. */
    public <T> void start(String titleKey, TaskRunner.Work<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        reset();
        title.set(new UserMessage(titleKey));
        running.set(true);
        TaskHandle h = busy.run(titleKey, work, result -> {
            reset();
            onSuccess.accept(result);
        }, failure -> {
            reset();
            onFailure.accept(failure);
        });
        if (running.get()) { // not finished at once (a real worker)
            handle = h;
            progress.bind(h.progressProperty());
            done.bind(h.workDoneProperty());
            total.bind(h.totalWorkProperty());
        }
    }

    /** Asks the running work to stop; nothing it started is kept. */
    public void cancel() {
        if (handle != null) {
            cancelling.set(true);
            handle.cancel();
        }
    }

    private void reset() {
        handle = null;
        progress.unbind();
        done.unbind();
        total.unbind();
        progress.set(-1);
        done.set(-1);
        total.set(-1);
        running.set(false);
        cancelling.set(false);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyObjectProperty<UserMessage> titleProperty() {
        return title;
    }

    /** 0..1, or -1 while the amount is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** The amount done so far (bytes, reports), or -1 when unknown. */
    public ReadOnlyDoubleProperty doneProperty() {
        return done;
    }

    /** The whole amount in the same unit, or -1 when unknown. */
    public ReadOnlyDoubleProperty totalProperty() {
        return total;
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling;
    }

    /** True while the work may be cancelled (running and not already asked to stop). */
    public BooleanBinding cancellableProperty() {
        return Bindings.createBooleanBinding(() -> running.get() && !cancelling.get(), running, cancelling);
    }
}
