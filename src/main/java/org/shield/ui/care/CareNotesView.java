package org.shield.ui.care;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.shield.application.care.CareNoteDetails;
import org.shield.domain.care.CareNoteKind;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.NoteCard;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/**
 * A victim's counselling and medical notes, oldest first, corrections marked both ways; write or correct one.
 * To anyone the service refuses, only the plain "visible to caseworkers only" notice is shown.
 */
public final class CareNotesView {
    @FXML private Paragraph deniedNotice;
    @FXML private VBox content;
    @FXML private ListView<CareNoteDetails> notesList;
    @FXML private Button correctNote;
    @FXML private Paragraph correctingInfo;
    @FXML private Label kindLabel;
    @FXML private ComboBox<CareNoteKind> kind;
    @FXML private Label bodyLabel;
    @FXML private TextArea noteBody;
    @FXML private Paragraph error;
    @FXML private Button write;
    @FXML private Button cancelCorrection;
    @FXML private ProgressIndicator busy;

    private final CareNotesViewModel vm;
    private final Messages m;
    private final Parent root;

    public CareNotesView(CareNotesViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        Controls.showWhen(deniedNotice, vm.deniedProperty());
        Controls.showWhen(content, vm.deniedProperty().not());
        // the notice says it all; the denial's own message is not repeated under it
        Controls.showMessage(error, Bindings.createObjectBinding(() -> vm.deniedProperty().get() ? null
                : vm.errorProperty().get(), vm.deniedProperty(), vm.errorProperty()), m);
        notesList.setItems(vm.notes());
        notesList.setPlaceholder(new Label(m.get("ui.careNotes.empty")));
        notesList.setCellFactory(l -> new NoteCell());
        correctNote.disableProperty().bind(notesList.getSelectionModel().selectedItemProperty().isNull());
        Controls.codeList(kind, CareNoteKind.values(), m);
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kindLabel.setLabelFor(kind);
        Controls.wrapUnlessThai(noteBody);
        noteBody.textProperty().bindBidirectional(vm.bodyProperty());
        bodyLabel.setLabelFor(noteBody);
        var correcting = vm.correctingProperty();
        correctingInfo.textProperty().bind(Bindings.createStringBinding(() -> correcting.get() == null ? ""
                : m.get("ui.careNotes.correcting", m.dateTime(correcting.get().createdAt())), correcting));
        Controls.showWhen(correctingInfo, correcting.isNotNull());
        Controls.showWhen(cancelCorrection, correcting.isNotNull());
        write.textProperty().bind(Bindings.createStringBinding(() -> m.get(correcting.get() == null
                ? "ui.careNotes.write" : "ui.careNotes.writeCorrection"), correcting));
        write.disableProperty().bind(vm.canWriteProperty().not());
        Controls.showWhen(busy, vm.busyProperty());
    }

    /** A note as a card: kind, who and when, the text, and whether it corrects or was corrected. */
    private final class NoteCell extends ListCell<CareNoteDetails> {
        @Override
        protected void updateItem(CareNoteDetails note, boolean empty) {
            super.updateItem(note, empty);
            setText(null);
            if (empty || note == null) {
                setGraphic(null);
                return;
            }
            CareNoteDetails original = vm.corrected(note);
            CareNoteDetails later = vm.correctedBy(note);
            setGraphic(NoteCard.of(m.get("ui.careNotes.meta", m.label(note.kind()), m.dateTime(note.createdAt()),
                    note.createdBy()),
                    original == null ? null : m.get("ui.careNotes.isCorrection", m.dateTime(original.createdAt())),
                    later == null ? null : m.get("ui.careNotes.wasCorrected", m.dateTime(later.createdAt())),
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
    private void write() {
        vm.write();
    }

    public Parent root() {
        return root;
    }
}
