package org.shield.ui.casefile;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import org.shield.application.casefile.NoteDetails;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.NoteCard;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** The Notes tab: every note, oldest first, corrections marked both ways; add a note or correct one. */
public final class CaseNotesView {
    @FXML private ListView<NoteDetails> notesList;
    @FXML private Button correctNote;
    @FXML private Paragraph correctingInfo;
    @FXML private Label bodyLabel;
    @FXML private TextArea noteBody;
    @FXML private Paragraph error;
    @FXML private Button addNote;
    @FXML private Button cancelCorrection;
    @FXML private ProgressIndicator busy;

    private final CaseNotesViewModel vm;
    private final Messages m;
    private final Parent root;

    public CaseNotesView(CaseNotesViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        notesList.setItems(vm.notes());
        notesList.setPlaceholder(new Label(m.get("ui.notes.empty")));
        notesList.setCellFactory(l -> new NoteCell());
        correctNote.disableProperty().bind(notesList.getSelectionModel().selectedItemProperty().isNull());
        Controls.wrapUnlessThai(noteBody);
        noteBody.textProperty().bindBidirectional(vm.bodyProperty());
        bodyLabel.setLabelFor(noteBody);
        var correcting = vm.correctingProperty();
        correctingInfo.textProperty().bind(Bindings.createStringBinding(() -> correcting.get() == null ? ""
                : m.get("ui.notes.correcting", m.dateTime(correcting.get().createdAt())), correcting));
        Controls.showWhen(correctingInfo, correcting.isNotNull());
        Controls.showWhen(cancelCorrection, correcting.isNotNull());
        addNote.textProperty().bind(Bindings.createStringBinding(() -> m.get(correcting.get() == null
                ? "ui.notes.add" : "ui.notes.addCorrection"), correcting));
        addNote.disableProperty().bind(vm.canAddProperty().not());
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showWhen(busy, vm.busyProperty());
    }

    /** A note as a card: who and when, the text, and whether it corrects or was corrected. */
    private final class NoteCell extends ListCell<NoteDetails> {
        @Override
        protected void updateItem(NoteDetails note, boolean empty) {
            super.updateItem(note, empty);
            setText(null);
            if (empty || note == null) {
                setGraphic(null);
                return;
            }
            NoteDetails original = vm.corrected(note);
            NoteDetails later = vm.correctedBy(note);
            setGraphic(NoteCard.of(m.get("ui.notes.meta", m.dateTime(note.createdAt()), note.createdBy()),
                    original == null ? null : m.get("ui.notes.isCorrection", m.dateTime(original.createdAt())),
                    later == null ? null : m.get("ui.notes.wasCorrected", m.dateTime(later.createdAt())),
                    note.body(), notesList.widthProperty()));
        }
    }

    @FXML
    private void correct() {
        vm.startCorrection(notesList.getSelectionModel().getSelectedItem());
        noteBody.requestFocus();
    }

    @FXML
    private void cancelCorrection() {
        vm.cancelCorrection();
    }

    @FXML
    private void add() {
        vm.add();
    }

    public Parent root() {
        return root;
    }
}
