package org.shield.ui.care;

import java.util.Objects;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.care.CareNoteDetails;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.UserMessage;
import org.shield.domain.care.CareNoteKind;
import org.shield.domain.common.Text;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * A victim's counselling and medical notes: visible to caseworkers only (the one the victim is referred to).
 * Loading asks the service, which records a refused read; then the screen shows only the plain
 * "visible to caseworkers only" message ({@link #deniedProperty()}). Notes are append-only: "Correct" writes
 * a new note pointing at the corrected one, and both stay in the list, each marked.
 */
public final class CareNotesViewModel {
    private static final int BODY_MAX = 20_000;

    private final ObservableList<CareNoteDetails> notes = FXCollections.observableArrayList();
    private final ObjectProperty<CareNoteKind> kind = new SimpleObjectProperty<>(CareNoteKind.Counselling);
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<CareNoteDetails> correcting = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final BooleanProperty denied = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanBinding canWrite;

    private final ScreenContext ctx;
    private final UUID caseId;
    private final UUID personId;
    private final Busy busy;

    public CareNotesViewModel(ScreenContext ctx, UUID caseId, UUID personId) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.personId = personId;
        this.busy = new Busy(ctx.tasks());
        canWrite = Bindings.createBooleanBinding(() -> {
            String t = Text.trimToNull(body.get());
            return loaded.get() && !denied.get() && kind.get() != null && t != null && t.length() <= BODY_MAX
                    && (correcting.get() == null || !t.equals(correcting.get().body().strip())
                            || kind.get() != correcting.get().kind());
        }, body, kind, correcting, denied, loaded).and(busy.busyProperty().not());
    }

    /** Reads the notes in the background; a refusal (recorded by the service) turns the screen to the notice. */
    public void load() {
        error.set(null);
        busy.run("ui.task.loadCareNotes", c -> ctx.session().workspace().careNotes().notes(caseId, personId),
                list -> {
                    denied.set(false);
                    notes.setAll(list);
                    loaded.set(true);
                }, this::failed);
    }

    /** Starts a correction of {@code note}: the form is prefilled with its kind and text. */
    public void startCorrection(CareNoteDetails note) {
        if (note != null) {
            correcting.set(note);
            kind.set(note.kind());
            body.set(note.body());
        }
    }

    public void cancelCorrection() {
        correcting.set(null);
        body.set("");
    }

    /** Writes the form as a new note, or as a correction of the note being corrected. */
    public void write() {
        if (!canWrite.get()) {
            return;
        }
        error.set(null);
        CareNoteDetails corrected = correcting.get();
        CareNoteKind k = kind.get();
        String text = body.get().strip();
        busy.run("ui.task.writeCareNote", c -> {
            var service = ctx.session().workspace().careNotes();
            if (corrected == null) {
                service.write(caseId, personId, k, text);
            } else {
                service.correct(corrected.id(), k, text);
            }
            return service.notes(caseId, personId);
        }, list -> {
            notes.setAll(list);
            correcting.set(null);
            body.set("");
        }, this::failed);
    }

    private void failed(Throwable failure) {
        UserMessage m = ctx.errors().explain(failure);
        if (failure instanceof AccessDeniedException) {
            denied.set(true);
            notes.clear();
        }
        error.set(m);
    }

    /** The note {@code note} corrects, if it is a correction. */
    public CareNoteDetails corrected(CareNoteDetails note) {
        if (note == null || note.correctsNoteId() == null) {
            return null;
        }
        return notes.stream().filter(n -> n.id().equals(note.correctsNoteId())).findFirst().orElse(null);
    }

    /** The latest note that corrects {@code note}, if any. */
    public CareNoteDetails correctedBy(CareNoteDetails note) {
        if (note == null) {
            return null;
        }
        return notes.stream().filter(n -> Objects.equals(n.correctsNoteId(), note.id())).reduce((a, b) -> b)
                .orElse(null);
    }

    public boolean hasPendingInput() {
        return !body.get().isBlank();
    }

    public ObservableList<CareNoteDetails> notes() {
        return notes;
    }

    public ObjectProperty<CareNoteKind> kindProperty() {
        return kind;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ObjectProperty<CareNoteDetails> correctingProperty() {
        return correcting;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    /** True once the service refused the read: only the "visible to caseworkers only" message is shown. */
    public ReadOnlyBooleanProperty deniedProperty() {
        return denied;
    }

    public BooleanBinding canWriteProperty() {
        return canWrite;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
