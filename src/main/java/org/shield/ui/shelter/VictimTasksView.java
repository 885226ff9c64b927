package org.shield.ui.shelter;

import static org.shield.ui.shelter.ShelterForms.col;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.shield.application.care.TaskSummary;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** One victim's tasks: open first (overdue marked), then done; add a task, mark one done. */
public final class VictimTasksView {
    @FXML private TableView<TaskSummary> victimTasksTable;
    @FXML private TextField taskTitle;
    @FXML private DatePicker taskDue;
    @FXML private TextField taskAssignee;
    @FXML private Button addTask;
    @FXML private Button completeTask;
    @FXML private Paragraph problem;
    @FXML private Paragraph error;
    @FXML private ProgressIndicator busy;

    private final VictimTasksViewModel vm;
    private final Messages m;
    private final Parent root;

    public VictimTasksView(VictimTasksViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        victimTasksTable.setItems(vm.tasks());
        victimTasksTable.setPlaceholder(new Label(m.get("ui.tasks.empty")));
        victimTasksTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        victimTasksTable.getColumns().setAll(List.of(
                col(m, "ui.tasks.col.title", TaskSummary::title),
                col(m, "ui.tasks.col.due", t -> m.date(t.dueOn())),
                col(m, "ui.tasks.col.assignee", TaskSummary::assignee),
                col(m, "ui.tasks.col.state", t -> TaskRows.state(t, m))));
        TaskRows.markOverdue(victimTasksTable);
        var selected = victimTasksTable.getSelectionModel().selectedItemProperty();
        completeTask.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().doneOn() != null, selected).or(vm.busyProperty()));
        taskTitle.textProperty().bindBidirectional(vm.titleProperty());
        Controls.dateField(taskDue, m);
        taskDue.valueProperty().bindBidirectional(vm.dueOnProperty());
        taskAssignee.textProperty().bindBidirectional(vm.assigneeProperty());
        addTask.disableProperty().bind(vm.canAddProperty().not());
        Controls.showMessage(problem, vm.problemProperty(), m);
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showWhen(busy, vm.busyProperty());
    }

    @FXML
    private void add() {
        vm.add();
    }

    @FXML
    private void complete() {
        vm.complete(victimTasksTable.getSelectionModel().getSelectedItem());
    }

    public Parent root() {
        return root;
    }
}
