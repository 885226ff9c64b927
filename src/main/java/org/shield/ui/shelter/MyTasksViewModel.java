package org.shield.ui.shelter;

import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.care.TaskSummary;
import org.shield.application.common.UserMessage;
import org.shield.domain.security.Permission;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * The signed-in user's open tasks by due date (a supervisor's: every open task of their unit's cases),
 * optionally only the overdue ones; open a task's victim (through the callback the host sets) or mark
 * the task done.
 */
public final class MyTasksViewModel {
    private final ObservableList<TaskSummary> tasks = FXCollections.observableArrayList();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ScreenContext ctx;
    private final Busy busy;
    private final boolean wholeUnit;
    private BiConsumer<UUID, UUID> onOpen = (caseId, personId) -> { };
    private long seq;

    public MyTasksViewModel(ScreenContext ctx) {
        this.ctx = ctx;
        this.busy = new Busy(ctx.tasks());
        this.wholeUnit = ctx.session().holds(Permission.APPROVAL_DECIDE);
        overdueOnly.addListener((o, was, now) -> load());
    }

    /** What opening a task does: the host opens the victim ({@code caseId}, {@code personId}). */
    public void setOnOpen(BiConsumer<UUID, UUID> onOpen) {
        this.onOpen = onOpen == null ? (caseId, personId) -> { } : onOpen;
    }

    public void load() {
        read(true);
    }

    /** Reads again; {@code fresh} clears the error shown (not after a failure that asked for the re-read). */
    private void read(boolean fresh) {
        boolean overdue = overdueOnly.get();
        long mine = ++seq;
        if (fresh) {
            error.set(null);
        }
        busy.run("ui.tasks.task.load", c -> ctx.session().workspace().care().tasks(overdue), list -> {
            if (mine == seq) {
                tasks.setAll(list);
            }
        }, failure -> {
            if (mine == seq) {
                error.set(ctx.errors().explain(failure));
            }
        });
    }

    public void open(TaskSummary task) {
        if (task != null) {
            onOpen.accept(task.caseId(), task.personId());
        }
    }

    public void complete(TaskSummary task) {
        if (task == null || busy.isBusy()) {
            return;
        }
        error.set(null);
        busy.run("ui.tasks.task.complete", c -> {
            ctx.session().workspace().care().completeTask(task.id(), task.version());
            return null;
        }, done -> load(), failure -> {
            error.set(ctx.errors().explain(failure));
            read(false);
        });
    }

    /** True for a supervisor, whose list holds every open task of their unit. */
    public boolean wholeUnit() {
        return wholeUnit;
    }

    public ObservableList<TaskSummary> tasks() {
        return tasks;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
