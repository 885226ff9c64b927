package org.shield.ui.shelter;

import static org.shield.ui.shelter.ShelterForms.col;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import org.shield.application.care.TaskSummary;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** The signed-in user's open tasks (a supervisor's unit's), overdue marked; open the victim or mark done. */
public final class MyTasksView {
    @FXML private Label myTasksTitle;
    @FXML private TableView<TaskSummary> myTasksTable;
    @FXML private CheckBox overdueOnly;
    @FXML private Button openTask;
    @FXML private Button completeTask;
    @FXML private Paragraph error;
    @FXML private ProgressIndicator busy;

    private final MyTasksViewModel vm;
    private final Messages m;
    private final Parent root;

    public MyTasksView(MyTasksViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        myTasksTitle.setText(m.get(vm.wholeUnit() ? "ui.tasks.unitTitle" : "ui.tasks.myTitle"));
        myTasksTable.setItems(vm.tasks());
        myTasksTable.setPlaceholder(new Label(m.get("ui.tasks.noneDue")));
        myTasksTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        myTasksTable.getColumns().setAll(List.of(
                col(m, "ui.tasks.col.title", TaskSummary::title),
                col(m, "ui.tasks.col.due", t -> m.date(t.dueOn())),
                col(m, "ui.tasks.col.victim", t -> t.personLabel() == null ? "" : t.personLabel()),
                col(m, "ui.tasks.col.case", TaskSummary::caseNumber),
                col(m, "ui.tasks.col.assignee", TaskSummary::assignee),
                col(m, "ui.tasks.col.state", t -> TaskRows.state(t, m))));
        TaskRows.markOverdue(myTasksTable);
        Controls.openOnActivate(myTasksTable, vm::open);
        var selected = myTasksTable.getSelectionModel().selectedItemProperty();
        openTask.disableProperty().bind(selected.isNull());
        completeTask.disableProperty().bind(selected.isNull().or(vm.busyProperty()));
        overdueOnly.selectedProperty().bindBidirectional(vm.overdueOnlyProperty());
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showWhen(busy, vm.busyProperty());
    }

    @FXML
    private void open() {
        vm.open(myTasksTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void complete() {
        vm.complete(myTasksTable.getSelectionModel().getSelectedItem());
    }

    public Parent root() {
        return root;
    }
}
