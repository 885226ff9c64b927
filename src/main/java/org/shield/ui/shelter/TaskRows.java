package org.shield.ui.shelter;

import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.shield.application.care.TaskSummary;
import org.shield.ui.common.Messages;

/** Task tables: overdue rows marked, and the state worded (done on, overdue, due). View-side. */
final class TaskRows {
    private TaskRows() {
    }

    static void markOverdue(TableView<TaskSummary> table) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(TaskSummary task, boolean empty) {
                super.updateItem(task, empty);
                getStyleClass().remove("task-overdue");
                if (!empty && task != null && task.overdue() && task.doneOn() == null) {
                    getStyleClass().add("task-overdue");
                }
            }
        });
    }

    static String state(TaskSummary t, Messages m) {
        if (t.doneOn() != null) {
            return m.get("ui.tasks.doneOn", m.date(t.doneOn()));
        }
        return m.get(t.overdue() ? "ui.tasks.overdue" : "ui.tasks.open");
    }
}
