package org.shield.ui.interview;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.shield.application.casefile.PartySummary;
import org.shield.application.interview.RegisterEntry;
import org.shield.domain.interview.InterviewKind;
import org.shield.ui.common.Controls;
import org.shield.ui.common.FormDialog;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;

/**
 * The interview dialogs, each over its view model (ADR 0104): "New interview" with the person's interview
 * register shown before anything is scheduled, and the one-text prompts (addendum, reason for returning).
 */
final class InterviewDialogs {
    private InterviewDialogs() {
    }

    static void attachNew(NewInterviewViewModel vm, ObservableList<PartySummary> parties, Node anchor, Messages m) {
        FormDialog.whenAsked(vm.askingProperty(), () -> {
            ComboBox<PartySummary> person = new ComboBox<>(parties);
            person.setId("interviewPerson");
            person.setMaxWidth(Double.MAX_VALUE);
            person.setPromptText(m.get("ui.interview.new.choosePerson"));
            Function<PartySummary, String> describe = p -> p == null ? ""
                    : m.get("ui.interview.new.personRole", p.personName(), m.label(p.role()));
            person.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(PartySummary p, boolean empty) {
                    super.updateItem(p, empty);
                    setText(empty ? null : describe.apply(p));
                }
            });
            person.setButtonCell(person.getCellFactory().call(null));
            person.valueProperty().bindBidirectional(vm.personProperty());
            ComboBox<InterviewKind> kind = new ComboBox<>();
            kind.setId("interviewKind");
            kind.setMaxWidth(Double.MAX_VALUE);
            Controls.codeList(kind, InterviewKind.values(), m);
            kind.valueProperty().bindBidirectional(vm.kindProperty());

            Paragraph why = new Paragraph(m.get("ui.interview.register.explain"));
            VBox warning = new VBox(why);
            warning.getStyleClass().add("guard-warning");
            warning.setId("registerExplanation");
            TableView<RegisterEntry> register = registerTable(vm, m);
            Paragraph count = new Paragraph();
            count.setId("registerCount");
            count.textProperty().bind(Bindings.createStringBinding(() -> !vm.registerShownProperty().get() ? ""
                    : m.get("ui.interview.register.count", vm.register().size()), vm.registerShownProperty(),
                    vm.register()));
            Paragraph error = new Paragraph();
            error.getStyleClass().add("form-error");
            Controls.showMessage(error, vm.errorProperty(), m);
            VBox box = form(label(m, "ui.interview.new.person", person), person, label(m, "ui.interview.new.kind", kind),
                    kind, label(m, "ui.interview.register.title", register), warning, register, count, error);
            box.setPrefWidth(760);
            boolean go = FormDialog.ask(anchor, m, "newInterviewDialog", "ui.interview.new.title",
                    "ui.interview.new.schedule", box, vm.canScheduleProperty());
            person.valueProperty().unbindBidirectional(vm.personProperty());
            kind.valueProperty().unbindBidirectional(vm.kindProperty());
            if (go) {
                vm.schedule();
            } else {
                vm.cancel();
            }
        });
    }

    private static TableView<RegisterEntry> registerTable(NewInterviewViewModel vm, Messages m) {
        TableView<RegisterEntry> table = new TableView<>(vm.register());
        table.setId("registerTable");
        table.setPrefHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> m.get(vm.registerShownProperty().get()
                ? "ui.interview.register.empty" : "ui.interview.register.choose"), vm.registerShownProperty()));
        table.setPlaceholder(placeholder);
        table.getColumns().add(column(m, "ui.interview.register.column.date", 110, e -> m.date(e.date())));
        table.getColumns().add(column(m, "ui.interview.register.column.kind", 170, e -> m.label(e.kind())));
        table.getColumns().add(column(m, "ui.interview.register.column.state", 150, e -> m.label(e.state())));
        table.getColumns().add(column(m, "ui.interview.register.column.unit", 70, RegisterEntry::unitCode));
        table.getColumns().add(column(m, "ui.interview.register.column.case", 170, e -> e.readable()
                ? e.caseNumber() : m.get("ui.interview.register.otherCase")));
        table.getColumns().add(column(m, "ui.interview.register.column.interviewers", 160,
                e -> e.interviewers() == null ? "" : e.interviewers()));
        return table;
    }

    private static TableColumn<RegisterEntry, String> column(Messages m, String key, double width,
            Function<RegisterEntry, String> value) {
        TableColumn<RegisterEntry, String> col = new TableColumn<>(m.get(key));
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    /** A dialog asking for one required text, e.g. an addendum or a reason. */
    static void attachPrompt(TextPrompt vm, Node anchor, Messages m, String id, String titleKey, String explainKey,
            String labelKey, String actionKey) {
        FormDialog.whenAsked(vm.askingProperty(), () -> {
            TextArea text = new TextArea();
            text.setId(id + "Text");
            text.setPrefRowCount(6);
            Controls.wrapUnlessThai(text);
            text.textProperty().bindBidirectional(vm.textProperty());
            Paragraph problem = new Paragraph();
            problem.getStyleClass().add("field-problem");
            Controls.showMessage(problem, vm.problemProperty(), m);
            VBox box = form(new Paragraph(m.get(explainKey)), label(m, labelKey, text), text, problem);
            boolean confirmed = FormDialog.ask(anchor, m, id, titleKey, actionKey, box, vm.canConfirmProperty());
            text.textProperty().unbindBidirectional(vm.textProperty());
            if (confirmed) {
                vm.confirm();
            } else {
                vm.cancel();
            }
        });
    }

    private static Label label(Messages m, String key, Node field) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("form-label");
        l.setLabelFor(field);
        return l;
    }

    private static VBox form(Node... nodes) {
        VBox box = new VBox(6, nodes);
        box.getStyleClass().add("page");
        return box;
    }
}
