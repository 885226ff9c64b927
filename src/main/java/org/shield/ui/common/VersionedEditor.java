package org.shield.ui.common;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.common.ConflictException;
import org.shield.application.common.UserMessage;

/**
 * Saving an edited copy of a record with optimistic versioning, shared by the editors. Save sends the
 * version that was loaded. When the record changed elsewhere meanwhile nothing is overwritten and
 * nothing is lost: the user's edits stay in the form, the stored version is read and kept in
 * {@link #conflictProperty()} with the fields that differ, and the user either loads the stored version
 * ({@link #reloadStored()}) or saves their edits over it ({@link #keepMine()}).
 *
 * @param <D> the record's read model (with its version)
 */
public final class VersionedEditor<D> {
    /** What an editor view model supplies. */
    public interface Form<D> {
        /** Create or update from the form as it is now (read on the JavaFX thread, run on a worker). */
        TaskRunner.Work<D> saveWork();

        /** Reads the stored version of the record being edited. */
        TaskRunner.Work<D> readStoredWork();

        /** Fields where the stored version differs from the form. */
        List<Difference> differencesFrom(D stored);

        /** Replaces the form with {@code stored} and makes it the base of further edits. */
        void show(D stored);

        /** Keeps the form but makes {@code stored} the base, so the next save goes over it. */
        void rebase(D stored);

        /** True while the record has been saved at least once (only those can conflict). */
        boolean isStored();
    }

    private final ObjectProperty<D> conflict = new SimpleObjectProperty<>();
    private final ObservableList<Difference> differences = FXCollections.observableArrayList();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> notice = new SimpleObjectProperty<>();
    private final Busy busy;
    private final ErrorPresenter errors;
    private final String saveTaskKey;
    private final String savedNoticeKey;
    private Form<D> form;
    private Consumer<D> onSaved = d -> { };

    public VersionedEditor(TaskRunner tasks, ErrorPresenter errors, String saveTaskKey, String savedNoticeKey) {
        this.busy = new Busy(tasks);
        this.errors = errors;
        this.saveTaskKey = saveTaskKey;
        this.savedNoticeKey = savedNoticeKey;
    }

    /** Connects the editor's form (done once, in the editor view model's constructor). */
    public void attach(Form<D> f, Consumer<D> afterSave) {
        this.form = f;
        this.onSaved = afterSave;
    }

    public void save() {
        error.set(null);
        notice.set(null);
        busy.run(saveTaskKey, form.saveWork(), d -> {
            form.show(d);
            notice.set(new UserMessage(savedNoticeKey));
            onSaved.accept(d);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        if (failure instanceof ConflictException && form.isStored()) {
            errors.explain(failure);
            busy.run(saveTaskKey, form.readStoredWork(), stored -> {
                conflict.set(stored);
                differences.setAll(form.differencesFrom(stored));
                error.set(new UserMessage("ui.conflict.message"));
            }, this::failed);
        } else {
            error.set(errors.explain(failure));
        }
    }

    /** After a conflict: drop the user's edits and show the stored version. */
    public void reloadStored() {
        D stored = conflict.get();
        if (stored != null) {
            clearConflict();
            form.show(stored);
            notice.set(new UserMessage("ui.conflict.reloaded"));
        }
    }

    /** After a conflict: keep the user's edits and save them over the stored version. */
    public void keepMine() {
        D stored = conflict.get();
        if (stored != null) {
            clearConflict();
            form.rebase(stored);
            save();
        }
    }

    /** Forgets a conflict (the form has been replaced). */
    public void clearConflict() {
        conflict.set(null);
        differences.clear();
        error.set(null);
    }

    public ReadOnlyObjectProperty<D> conflictProperty() {
        return conflict;
    }

    public ObservableList<Difference> differences() {
        return differences;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public ObjectProperty<UserMessage> noticeProperty() {
        return notice;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
