package org.shield.ui.interview;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.shield.application.interview.InterviewSummary;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** The Interviews tab: the case's interviews, "New interview…", and the editor of the one opened. */
public final class InterviewsView {
    @FXML private Paragraph error;
    @FXML private Paragraph notice;
    @FXML private VBox listPane;
    @FXML private ProgressIndicator busy;
    @FXML private Button newInterview;
    @FXML private TableView<InterviewSummary> interviewsTable;
    @FXML private TableColumn<InterviewSummary, String> colDate;
    @FXML private TableColumn<InterviewSummary, String> colTime;
    @FXML private TableColumn<InterviewSummary, String> colKind;
    @FXML private TableColumn<InterviewSummary, String> colPerson;
    @FXML private TableColumn<InterviewSummary, String> colState;
    @FXML private TableColumn<InterviewSummary, String> colAddenda;
    @FXML private TableColumn<InterviewSummary, String> colInterviewers;
    @FXML private Button openInterview;
    @FXML private VBox editorPane;
    @FXML private StackPane editorSlot;

    private final InterviewsViewModel vm;
    private final ViewLoader loader;
    private final Messages m;
    private final Parent root;

    public InterviewsView(InterviewsViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.loader = loader;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showMessage(notice, vm.noticeProperty(), m);
        Controls.showWhen(busy, vm.busyProperty());
        Controls.showWhen(newInterview, vm.canRecordProperty().or(vm.busyProperty()));
        newInterview.disableProperty().bind(vm.canRecordProperty().not());
        interviewsTable.setItems(vm.interviews());
        interviewsTable.setPlaceholder(new Label(m.get("ui.interviews.empty")));
        column(colDate, i -> m.date(i.date()));
        column(colTime, i -> i.start() == null ? "" : i.start().toString());
        column(colKind, i -> m.label(i.kind()));
        column(colPerson, InterviewSummary::personLabel);
        column(colState, i -> m.label(i.state()));
        column(colAddenda, i -> i.addenda() == 0 ? "" : Integer.toString(i.addenda()));
        column(colInterviewers, i -> i.interviewers() == null ? "" : i.interviewers());
        Controls.openOnActivate(interviewsTable, i -> vm.open(i.id()));
        openInterview.disableProperty().bind(interviewsTable.getSelectionModel().selectedItemProperty().isNull());
        InterviewDialogs.attachNew(vm.newInterview(), vm.parties(), interviewsTable, m);

        var editing = vm.editorProperty().isNotNull();
        Controls.showWhen(editorPane, editing);
        Controls.showWhen(listPane, editing.not());
        vm.editorProperty().addListener((o, was, now) -> showEditor(now));
        showEditor(vm.editorProperty().get());
    }

    private void showEditor(InterviewEditorViewModel editor) {
        if (editor == null) {
            editorSlot.getChildren().clear();
            interviewsTable.requestFocus();
        } else {
            editorSlot.getChildren().setAll(new InterviewEditorView(editor, loader).root());
        }
    }

    private static void column(TableColumn<InterviewSummary, String> col, Function<InterviewSummary, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    @FXML
    private void startNew() {
        vm.startNew();
    }

    @FXML
    private void openSelected() {
        InterviewSummary selected = interviewsTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            vm.open(selected.id());
        }
    }

    @FXML
    private void back() {
        vm.closeEditor();
    }

    public Parent root() {
        return root;
    }
}
