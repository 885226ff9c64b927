package org.shield.ui.common;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Counts a view model's running tasks so its screen can show that it is busy and disable its actions.
 * Used on the JavaFX thread (or the test thread).
 */
public final class Busy {
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final BooleanBinding busy = Bindings.greaterThan(running, 0);
    private final TaskRunner tasks;

    public Busy(TaskRunner tasks) {
        this.tasks = tasks;
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** Runs the work through the task runner, counting it as busy until one of the callbacks has run. */
    public <T> TaskHandle run(String titleKey, TaskRunner.Work<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        running.set(running.get() + 1);
        return tasks.run(titleKey, work, result -> {
            running.set(running.get() - 1);
            onSuccess.accept(result);
        }, error -> {
            running.set(running.get() - 1);
            onFailure.accept(error);
        });
    }
}
