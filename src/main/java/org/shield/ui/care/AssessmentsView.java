package org.shield.ui.care;

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
import javafx.scene.layout.VBox;
import org.shield.application.care.AssessmentDetails;
import org.shield.domain.care.AssessmentKind;
import org.shield.domain.care.AssessmentScope;
import org.shield.domain.care.RiskLevel;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** A victim's assessments, newest first with the earlier level of the same kind; record a new one. */
public final class AssessmentsView {
    @FXML private ListView<AssessmentDetails> assessmentList;
    @FXML private Label kindLabel;
    @FXML private ComboBox<AssessmentKind> kind;
    @FXML private Label scopeLabel;
    @FXML private ComboBox<AssessmentScope> scope;
    @FXML private Label assessedOnLabel;
    @FXML private DatePicker assessedOn;
    @FXML private Label levelLabel;
    @FXML private ComboBox<RiskLevel> level;
    @FXML private Label findingsLabel;
    @FXML private TextArea findings;
    @FXML private Paragraph error;
    @FXML private Button record;
    @FXML private ProgressIndicator busy;

    private final AssessmentsViewModel vm;
    private final Messages m;
    private final Parent root;

    public AssessmentsView(AssessmentsViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        assessmentList.setItems(vm.assessments());
        assessmentList.setPlaceholder(new Label(m.get("ui.assessments.empty")));
        assessmentList.setCellFactory(l -> new AssessmentCell());
        Controls.codeList(kind, AssessmentKind.values(), m);
        Controls.codeList(scope, AssessmentScope.values(), m);
        Controls.codeList(level, RiskLevel.values(), m);
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        scope.valueProperty().bindBidirectional(vm.scopeProperty());
        level.valueProperty().bindBidirectional(vm.levelProperty());
        Controls.dateField(assessedOn, m);
        assessedOn.valueProperty().bindBidirectional(vm.assessedOnProperty());
        Controls.wrapUnlessThai(findings);
        findings.textProperty().bindBidirectional(vm.findingsProperty());
        kindLabel.setLabelFor(kind);
        scopeLabel.setLabelFor(scope);
        assessedOnLabel.setLabelFor(assessedOn);
        levelLabel.setLabelFor(level);
        findingsLabel.setLabelFor(findings);
        record.disableProperty().bind(vm.canRecordProperty().not());
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showWhen(busy, vm.busyProperty());
    }

    /** An assessment as a card: kind, scope, level (and the previous level), date, who, the findings. */
    private final class AssessmentCell extends ListCell<AssessmentDetails> {
        @Override
        protected void updateItem(AssessmentDetails a, boolean empty) {
            super.updateItem(a, empty);
            setText(null);
            if (empty || a == null) {
                setGraphic(null);
                return;
            }
            VBox card = new VBox();
            card.getStyleClass().add("note-card");
            Label head = new Label(m.get("ui.assessments.heading", m.label(a.kind()), m.label(a.scope()),
                    m.label(a.level())));
            head.getStyleClass().add("note-meta");
            Label meta = new Label(m.get("ui.assessments.meta", m.date(a.assessedOn()), a.assessedBy()));
            meta.getStyleClass().add("note-meta");
            card.getChildren().addAll(head, meta);
            AssessmentDetails before = vm.previous(a);
            if (before != null) {
                Paragraph was = new Paragraph(m.get("ui.assessments.previous", m.label(before.level()),
                        m.date(before.assessedOn())));
                was.getStyleClass().add("note-flag");
                card.getChildren().add(was);
            }
            Paragraph body = new Paragraph(a.findings());
            body.getStyleClass().add("note-body");
            body.maxWidthProperty().bind(assessmentList.widthProperty().subtract(48));
            card.getChildren().add(body);
            setGraphic(card);
        }
    }

    @FXML
    private void record() {
        vm.record();
    }

    public Parent root() {
        return root;
    }
}
