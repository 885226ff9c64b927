package org.shield.ui.interview;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.shield.domain.interview.ConsentAnswer;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/**
 * The recorded content of an interview: conditions, consent answers (each its own yes / no / not recorded
 * choice; caution and counsel for suspect interviews only), statement and translation. Read-only unless the
 * interview is open and the user records interviews in the case.
 */
public final class InterviewFormView {
    private static final ConsentAnswer[] CHOICES = {ConsentAnswer.Yes, ConsentAnswer.No, ConsentAnswer.NotRecorded};

    @FXML private Label dateLabel;
    @FXML private DatePicker interviewDate;
    @FXML private Label startLabel;
    @FXML private TextField interviewStart;
    @FXML private Label endLabel;
    @FXML private TextField interviewEnd;
    @FXML private Label placeLabel;
    @FXML private TextField interviewPlace;
    @FXML private Paragraph timeProblem;
    @FXML private Label interviewersLabel;
    @FXML private TextField interviewInterviewers;
    @FXML private Label interpreterLabel;
    @FXML private TextField interviewInterpreter;
    @FXML private Label languagesLabel;
    @FXML private TextField interviewLanguages;
    @FXML private Label supportLabel;
    @FXML private TextField interviewSupportPerson;
    @FXML private Label breaksLabel;
    @FXML private TextField interviewBreaks;
    @FXML private Label recordingLabel;
    @FXML private ComboBox<RecordingOption> interviewRecording;
    @FXML private Paragraph recordingHint;
    @FXML private CheckBox interviewMinor;
    @FXML private GridPane consentGrid;
    @FXML private Label statementLanguageLabel;
    @FXML private TextField statementLanguage;
    @FXML private Label statementLabel;
    @FXML private TextArea statementText;
    @FXML private Label translationLanguageLabel;
    @FXML private TextField translationLanguage;
    @FXML private Label translatorLabel;
    @FXML private TextField translator;
    @FXML private Label translationLabel;
    @FXML private TextArea translationText;

    private final InterviewEditorViewModel vm;
    private final Messages m;
    private final Parent root;

    public InterviewFormView(InterviewEditorViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        ObservableBooleanValue editable = vm.editableProperty();
        InterviewConditionsForm c = vm.conditions();
        Controls.dateField(interviewDate, m);
        interviewDate.valueProperty().bindBidirectional(c.dateProperty());
        text(interviewStart, startLabel, c.startProperty(), editable);
        text(interviewEnd, endLabel, c.endProperty(), editable);
        text(interviewPlace, placeLabel, c.placeProperty(), editable);
        text(interviewInterviewers, interviewersLabel, c.interviewersProperty(), editable);
        text(interviewInterpreter, interpreterLabel, c.interpreterProperty(), editable);
        text(interviewLanguages, languagesLabel, c.languagesProperty(), editable);
        text(interviewSupportPerson, supportLabel, c.supportPersonProperty(), editable);
        text(interviewBreaks, breaksLabel, c.breaksProperty(), editable);
        Controls.showMessage(timeProblem, c.timeProblemProperty(), m);
        interviewMinor.selectedProperty().bindBidirectional(c.minorProperty());
        recording(c);
        dateLabel.setLabelFor(interviewDate);
        recordingLabel.setLabelFor(interviewRecording);
        for (Node n : new Node[] {interviewDate, interviewRecording, interviewMinor}) {
            n.disableProperty().bind(Bindings.createBooleanBinding(() -> !editable.get(), editable));
        }

        int row = 0;
        for (InterviewConsentForm.Answer a : vm.consent().answers()) {
            consentRow(a, row++, editable);
        }

        InterviewStatementForm s = vm.statement();
        text(statementLanguage, statementLanguageLabel, s.languageProperty(), editable);
        text(statementText, statementLabel, s.textProperty(), editable);
        text(translationLanguage, translationLanguageLabel, s.translationLanguageProperty(), editable);
        text(translator, translatorLabel, s.translatorProperty(), editable);
        text(translationText, translationLabel, s.translationProperty(), editable);
        Controls.wrapUnlessThai(statementText);
        Controls.wrapUnlessThai(translationText);
    }

    private void recording(InterviewConditionsForm c) {
        interviewRecording.setItems(c.recordings());
        interviewRecording.setConverter(new StringConverter<>() {
            @Override
            public String toString(RecordingOption o) {
                return o == null ? m.get("ui.value.none") : o.exhibitNumber();
            }

            @Override
            public RecordingOption fromString(String s) {
                return null;
            }
        });
        interviewRecording.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RecordingOption o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty ? null : interviewRecording.getConverter().toString(o));
            }
        });
        interviewRecording.valueProperty().bindBidirectional(c.recordingProperty());
        Controls.showWhen(recordingHint, Bindings.isEmpty(c.recordings()));
    }

    /** One consent answer: its question and three choices; suspect-only answers hide for other interviews. */
    private void consentRow(InterviewConsentForm.Answer a, int row, ObservableBooleanValue editable) {
        Label question = new Label(m.get(a.labelKey()));
        question.setWrapText(true);
        question.setMaxWidth(420);
        consentGrid.add(question, 0, row);
        ToggleGroup group = new ToggleGroup();
        int col = 1;
        for (ConsentAnswer choice : CHOICES) {
            RadioButton b = new RadioButton(m.label(choice));
            b.setId(a.id() + choice.name());
            b.setToggleGroup(group);
            b.setUserData(choice);
            b.setSelected(a.value().get() == choice);
            b.disableProperty().bind(Bindings.createBooleanBinding(() -> !editable.get(), editable));
            consentGrid.add(b, col++, row);
            if (a.suspectOnly()) {
                for (Node n : new Node[] {question, b}) {
                    Controls.showWhen(n, vm.suspectProperty());
                }
            }
        }
        question.setLabelFor((Node) group.getToggles().get(0));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                a.value().set((ConsentAnswer) now.getUserData());
            }
        });
        a.value().addListener((o, was, now) -> group.getToggles().stream().filter(t -> t.getUserData() == now)
                .findFirst().ifPresent(t -> t.setSelected(true)));
    }

    private static void text(TextInputControl field, Label label, javafx.beans.property.StringProperty value,
            ObservableBooleanValue editable) {
        field.textProperty().bindBidirectional(value);
        field.editableProperty().bind(editable);
        label.setLabelFor(field);
    }

    public Parent root() {
        return root;
    }
}
