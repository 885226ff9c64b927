package org.shield.ui.casefile;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.casefile.AddNoteCommand;
import org.shield.application.casefile.NoteDetails;
import org.shield.application.common.UserMessage;
import org.shield.domain.common.Text;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * The notes of a case: append-only. Nothing is edited in place; "Correct" writes a new note that points
 * at the one it corrects, and both stay in the list, each marked as such.
 */
public final class CaseNotesViewModel {
    private static final int BODY_MAX = 20_000;

    private final ObservableList<NoteDetails> notes = FXCollections.observableArrayList();
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<NoteDetails> correcting = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final BooleanBinding canAdd;

    private final ScreenContext ctx;
    private final Supplier<UUID> caseId;
    private final Busy busy;

    public CaseNotesViewModel(ScreenContext ctx, Supplier<UUID> caseId) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.busy = new Busy(ctx.tasks());
        canAdd = Bindings.createBooleanBinding(() -> {
            String t = Text.trimToNull(body.get());
            return t != null && t.length() <= BODY_MAX
                    && (correcting.get() == null || !t.equals(correcting.get().body().strip()));
        }, body, correcting).and(busy.busyProperty().not());
    }

    public void show(List<NoteDetails> loaded) {
        notes.setAll(loaded);
    }

    /** Starts a correction of {@code note}: the form is prefilled with its text. */
    public void startCorrection(NoteDetails note) {
        if (note != null) {
            correcting.set(note);
            body.set(note.body());
        }
    }

    public void cancelCorrection() {
        correcting.set(null);
        body.set("");
    }

    public void add() {
        if (!canAdd.get()) {
            return;
        }
        error.set(null);
        UUID id = caseId.get();
        NoteDetails corrected = correcting.get();
        AddNoteCommand cmd = new AddNoteCommand(id, body.get().strip(), corrected == null ? null : corrected.id());
        busy.run("ui.task.addNote", c -> {
            ctx.session().cases().addNote(cmd);
            return ctx.session().cases().notes(id);
        }, list -> {
            notes.setAll(list);
            correcting.set(null);
            body.set("");
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    /** The note {@code note} corrects, if it is a correction. */
    public NoteDetails corrected(NoteDetails note) {
        if (note == null || note.correctsNoteId() == null) {
            return null;
        }
        return byId().get(note.correctsNoteId());
    }

    /** The later note that corrects {@code note}, if any. */
    public NoteDetails correctedBy(NoteDetails note) {
        if (note == null) {
            return null;
        }
        return notes.stream().filter(n -> Objects.equals(n.correctsNoteId(), note.id())).reduce((a, b) -> b)
                .orElse(null);
    }

    private Map<UUID, NoteDetails> byId() {
        return notes.stream().collect(Collectors.toMap(NoteDetails::id, Function.identity(), (a, b) -> a));
    }

    public boolean hasPendingInput() {
        return !body.get().isBlank();
    }

    public ObservableList<NoteDetails> notes() {
        return notes;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ObjectProperty<NoteDetails> correctingProperty() {
        return correcting;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
