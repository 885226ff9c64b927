package org.shield.ui.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.shield.application.screening.RecordScreeningCommand;
import org.shield.application.screening.ScreeningDetails;
import org.shield.domain.screening.Answer;
import org.shield.domain.screening.ExploitationForm;
import org.shield.domain.screening.IndicatorList;
import org.shield.domain.screening.Population;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/**
 * A victim's screenings: the history on the left (newest first), the chosen one or a new screening on the
 * right. The new screening's checklist is grouped by list (and ILO/EC dimension), each item answered with
 * its source and note, and the reasonable-grounds summary follows the answers.
 */
public final class ScreeningView {
    @FXML private ListView<ScreeningDetails> screeningHistory;
    @FXML private Button newScreening;
    @FXML private ProgressIndicator busy;
    @FXML private Paragraph error;
    @FXML private VBox viewedBox;
    @FXML private VBox editorBox;
    @FXML private VBox editorActions;
    @FXML private ComboBox<Population> population;
    @FXML private ComboBox<ExploitationForm> exploitation;
    @FXML private DatePicker assessedOn;
    @FXML private VBox checklistBox;
    @FXML private VBox summaryBox;
    @FXML private Label noteLabel;
    @FXML private TextArea screeningNote;
    @FXML private Paragraph problem;
    @FXML private Button saveScreening;

    private final ScreeningViewModel vm;
    private final Messages m;
    private final Parent root;

    public ScreeningView(ScreeningViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        screeningHistory.setItems(vm.history());
        screeningHistory.setPlaceholder(new Label(m.get("ui.screening.empty")));
        screeningHistory.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ScreeningDetails s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : m.get("ui.screening.historyItem", m.date(s.assessedOn()),
                        m.label(s.population()), m.label(s.exploitation()), s.assessedBy()));
            }
        });
        screeningHistory.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.viewedProperty().set(now);
            }
        });
        vm.viewedProperty().addListener((o, was, now) -> showViewed());
        newScreening.disableProperty().bind(vm.busyProperty().or(vm.editingProperty()));
        Controls.showWhen(busy, vm.busyProperty());
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showMessage(problem, vm.problemProperty(), m);
        Controls.showWhen(editorBox, vm.editingProperty());
        Controls.showWhen(editorActions, vm.editingProperty());
        Controls.showWhen(viewedBox, vm.editingProperty().not());
        Controls.codeList(population, Population.values(), m);
        population.valueProperty().bindBidirectional(vm.populationProperty());
        Controls.codeList(exploitation, ExploitationForm.values(), m);
        exploitation.valueProperty().bindBidirectional(vm.exploitationProperty());
        Controls.dateField(assessedOn, m);
        assessedOn.valueProperty().bindBidirectional(vm.assessedOnProperty());
        Controls.wrapUnlessThai(screeningNote);
        screeningNote.textProperty().bindBidirectional(vm.noteProperty());
        noteLabel.setLabelFor(screeningNote);
        saveScreening.disableProperty().bind(vm.canSaveProperty().not());
        vm.items().addListener((javafx.collections.ListChangeListener<ChecklistItem>) c -> buildChecklist());
        // invalidation, not change: an equal summary for another checklist may differ in what can be assessed
        javafx.beans.InvalidationListener summary = o -> summaryBox.getChildren().setAll(GroundsSummary.of(
                vm.groundsProperty().get(), vm.operationalAvailableProperty().get(), m));
        vm.groundsProperty().addListener(summary);
        vm.operationalAvailableProperty().addListener(summary);
        showViewed();
    }

    /** Groups: the forced-labour list, the ILO/EC list by dimension, the scam-compound signs. */
    private void buildChecklist() {
        Map<String, List<ChecklistItem>> groups = new LinkedHashMap<>();
        for (ChecklistItem item : vm.items()) {
            var i = item.indicator();
            String title = i.list() == IndicatorList.IloEc
                    ? m.get("ui.screening.group.dimension", m.get("indicator.list.IloEc"),
                            m.get("indicator.dimension." + i.dimension().name()))
                    : m.get("indicator.list." + i.list().name());
            groups.computeIfAbsent(title, k -> new ArrayList<>()).add(item);
        }
        List<javafx.scene.Node> nodes = new ArrayList<>();
        if (!vm.operationalAvailableProperty().get()) {
            Paragraph none = new Paragraph(m.get("ui.screening.summary.noOperational"));
            none.getStyleClass().add("hint");
            nodes.add(none);
        }
        groups.forEach((title, items) -> {
            VBox group = new VBox();
            group.getStyleClass().add("checklist-group");
            Label heading = new Label(title);
            heading.getStyleClass().add("section-title");
            group.getChildren().add(heading);
            items.forEach(item -> group.getChildren().add(row(item)));
            nodes.add(group);
        });
        checklistBox.getChildren().setAll(nodes);
    }

    private HBox row(ChecklistItem item) {
        String code = item.indicator().code();
        String text = m.get("indicator." + code);
        if (item.indicator().strength() != null) {
            text = m.get("ui.screening.withStrength", text,
                    m.get("indicator.strength." + item.indicator().strength().name()));
        }
        Label label = new Label(text);
        label.setWrapText(true);
        label.setPrefWidth(320);
        label.setMinWidth(200);
        ComboBox<Answer> answer = new ComboBox<>();
        answer.setId("answer_" + code);
        Controls.codeList(answer, Answer.values(), m);
        answer.setPromptText(m.get("ui.screening.answer"));
        answer.valueProperty().bindBidirectional(item.answerProperty());
        label.setLabelFor(answer);
        ComboBox<SourceOption> source = new ComboBox<>();
        source.setId("source_" + code);
        List<SourceOption> options = new ArrayList<>();
        options.add(null);
        options.addAll(vm.sources());
        source.getItems().setAll(options);
        source.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SourceOption s) {
                return sourceText(s);
            }

            @Override
            public SourceOption fromString(String s) {
                return null;
            }
        });
        source.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SourceOption s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : sourceText(s));
            }
        });
        source.setButtonCell(source.getCellFactory().call(null));
        source.setPrefWidth(200);
        source.valueProperty().bindBidirectional(item.sourceProperty());
        TextField note = new TextField();
        note.setId("note_" + code);
        note.setPromptText(m.get("ui.screening.itemNote"));
        note.textProperty().bindBidirectional(item.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        HBox row = new HBox(label, answer, source, note);
        row.getStyleClass().add("checklist-row");
        return row;
    }

    private String sourceText(SourceOption s) {
        if (s == null) {
            return m.get("ui.screening.noSource");
        }
        if (s.interviewId() != null) {
            return s.date() == null ? m.get("ui.screening.source.interviewUnknown")
                    : m.get("ui.screening.source.interview", m.date(s.date()));
        }
        return s.number() == null ? m.get("ui.screening.source.exhibitUnknown")
                : m.get("ui.screening.source.exhibit", s.number());
    }

    /** The chosen recorded screening, read-only: its answers and its summary. */
    private void showViewed() {
        ScreeningDetails s = vm.viewedProperty().get();
        if (s == null) {
            viewedBox.getChildren().setAll(new Paragraph(m.get("ui.screening.none")));
            return;
        }
        if (screeningHistory.getSelectionModel().getSelectedItem() != s) {
            screeningHistory.getSelectionModel().select(s);
        }
        List<javafx.scene.Node> nodes = new ArrayList<>();
        Label title = new Label(m.get("ui.screening.historyItem", m.date(s.assessedOn()), m.label(s.population()),
                m.label(s.exploitation()), s.assessedBy()));
        title.getStyleClass().add("section-title");
        nodes.add(title);
        nodes.add(GroundsSummary.of(s.grounds(), vm.operationalFor(s.population(), s.exploitation()), m));
        if (s.note() != null) {
            nodes.add(new Paragraph(m.get("ui.screening.noteShown", s.note())));
        }
        for (RecordScreeningCommand.Item a : s.answers()) {
            String line = a.note() == null
                    ? m.get("ui.screening.answerShown", m.get("indicator." + a.code()), m.label(a.answer()),
                            sourceText(vm.sourceOf(a)))
                    : m.get("ui.screening.answerShownWithNote", m.get("indicator." + a.code()), m.label(a.answer()),
                            sourceText(vm.sourceOf(a)), a.note());
            nodes.add(new Paragraph(line));
        }
        viewedBox.getChildren().setAll(nodes);
    }

    @FXML
    private void newScreening() {
        vm.newScreening();
    }

    @FXML
    private void save() {
        vm.save();
    }

    @FXML
    private void answerRestUnknown() {
        vm.answerRestUnknown();
    }

    @FXML
    private void cancel() {
        vm.cancel();
    }

    public Parent root() {
        return root;
    }

}
