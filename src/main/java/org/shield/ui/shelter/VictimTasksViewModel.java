package org.shield.ui.shelter;

import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.care.TaskSummary;
import org.shield.application.common.UserMessage;
import org.shield.domain.common.Text;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * The tasks and follow-ups of one victim in a case: open ones first by due date (overdue ones marked),
 * then the done ones; add a task (title, due date, assignee: the signed-in user unless another is named)
 * and mark one done.
 */
public final class VictimTasksViewModel {
    static final int TITLE_MAX = 300;

    private final ObservableList<TaskSummary> tasks = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> dueOn = new SimpleObjectProperty<>();
    private final StringProperty assignee = new SimpleStringProperty("");
    private final ObjectProperty<UserMessage> problem = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final BooleanBinding canAdd;

    private final ScreenContext ctx;
    private final UUID caseId;
    private final UUID personId;
    private final Busy busy;

    public VictimTasksViewModel(ScreenContext ctx, UUID caseId, UUID personId) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.personId = personId;
        this.busy = new Busy(ctx.tasks());
        canAdd = Bindings.createBooleanBinding(() -> !title.get().isBlank() && dueOn.get() != null, title, dueOn)
                .and(busy.busyProperty().not());
        assignee.set(ctx.session().user().userName());
    }

    public void load() {
        read(true);
    }

    /** Reads again; {@code fresh} clears the error shown (not after a failure that asked for the re-read). */
    private void read(boolean fresh) {
        if (fresh) {
            error.set(null);
        }
        busy.run("ui.tasks.task.load", c -> ctx.session().workspace().care().tasksOf(caseId, personId),
                tasks::setAll, failure -> error.set(ctx.errors().explain(failure)));
    }

    public void add() {
        if (!canAdd.get()) {
            return;
        }
        String t = title.get().strip();
        if (t.length() > TITLE_MAX) {
            problem.set(new UserMessage("task.title.tooLong", TITLE_MAX));
            return;
        }
        problem.set(null);
        error.set(null);
        LocalDate due = dueOn.get();
        String who = Text.trimToNull(assignee.get());
        busy.run("ui.tasks.task.add", c -> {
            var care = ctx.session().workspace().care();
            care.addTask(caseId, personId, t, due, who);
            return care.tasksOf(caseId, personId);
        }, list -> {
            tasks.setAll(list);
            title.set("");
            dueOn.set(null);
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    /** Marks an open task done today. */
    public void complete(TaskSummary task) {
        if (task == null || task.doneOn() != null || busy.isBusy()) {
            return;
        }
        error.set(null);
        busy.run("ui.tasks.task.complete", c -> {
            var care = ctx.session().workspace().care();
            care.completeTask(task.id(), task.version());
            return care.tasksOf(caseId, personId);
        }, tasks::setAll, failure -> {
            error.set(ctx.errors().explain(failure));
            read(false);
        });
    }

    public ObservableList<TaskSummary> tasks() {
        return tasks;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> dueOnProperty() {
        return dueOn;
    }

    /** Who does the task; blank means the signed-in user. */
    public StringProperty assigneeProperty() {
        return assignee;
    }

    public ObjectProperty<UserMessage> problemProperty() {
        return problem;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
