package org.shield.ui.evidence;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.shield.application.common.ConflictException;
import org.shield.application.common.OperationCancelledException;
import org.shield.application.common.UserMessage;
import org.shield.application.evidence.AddExhibitCommand;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.evidence.UpdateExhibitCommand;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;
import org.shield.domain.evidence.ExhibitType;
import org.shield.ui.common.Busy;
import org.shield.ui.common.RunningWork;
import org.shield.ui.common.ScreenContext;

/**
 * The exhibit form (ADR 0104) in two modes over one {@link ExhibitForm}. Adding: type, the file of a
 * digital exhibit (chosen by the view), description, number (empty: the case's next), source, acquisition,
 * flags, parent, handling and extra hashes; the file streams into the encrypted store in the background with
 * progress and Cancel ({@link RunningWork}), a refusal reopens the form with the reason, a cancel keeps
 * nothing. Correcting an exhibit's particulars: the form starts filled, type, file and number are locked,
 * and saving sends the loaded version as a short task ({@link Busy}); a refusal or a conflict reopens the
 * form with the reason.
 */
public final class AddExhibitViewModel {
    private final BooleanProperty asking = new SimpleBooleanProperty();
    private final ObjectProperty<ExhibitDetails> correcting = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ExhibitForm form;
    private final FilteredList<ExhibitDetails> parentChoices;
    private final BooleanBinding canAdd;

    private final ScreenContext ctx;
    private final Supplier<UUID> caseId;
    private final ObservableList<ExhibitDetails> exhibits;
    private final RunningWork work;
    private final Busy busy;
    private final Consumer<ExhibitDetails> added;
    private final Consumer<ExhibitDetails> corrected;
    private final Consumer<UUID> changedElsewhere;
    private final Consumer<UserMessage> stopped;

    /**
     * {@code exhibits} are the case's exhibits (parent choices); {@code added} gets the new exhibit,
     * {@code corrected} the corrected one, {@code changedElsewhere} the id of an exhibit whose correction
     * met a newer version (to read it again), {@code stopped} the message when the user cancelled the intake.
     */
    public AddExhibitViewModel(ScreenContext ctx, Supplier<UUID> caseId, ObservableList<ExhibitDetails> exhibits,
            RunningWork work, Busy busy, Consumer<ExhibitDetails> added, Consumer<ExhibitDetails> corrected,
            Consumer<UUID> changedElsewhere, Consumer<UserMessage> stopped) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.exhibits = exhibits;
        this.work = work;
        this.busy = busy;
        this.added = added;
        this.corrected = corrected;
        this.changedElsewhere = changedElsewhere;
        this.stopped = stopped;
        this.form = new ExhibitForm(ctx.clock());
        // an exhibit is never part of itself
        this.parentChoices = new FilteredList<>(exhibits);
        parentChoices.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            UUID self = correcting.get() == null ? null : correcting.get().id();
            return e -> self == null || !self.equals(e.id());
        }, correcting));
        canAdd = form.validProperty().and(work.runningProperty().not()).and(busy.busyProperty().not());
    }

    /** Opens an empty form: a digital exhibit collected by this user, in this computer's time zone. */
    public void start() {
        if (work.isRunning() || busy.isBusy()) {
            return;
        }
        correcting.set(null);
        form.clear(ctx.session().user().userName());
        error.set(null);
        asking.set(true);
    }

    /**
     * Opens the form filled with {@code exhibit}'s particulars to correct them; its type, file and number
     * stay as they are.
     */
    public void startCorrection(ExhibitDetails exhibit) {
        if (exhibit == null || work.isRunning() || busy.isBusy()) {
            return;
        }
        correcting.set(exhibit);
        ExhibitDetails parent = exhibit.parentId() == null ? null
                : exhibits.stream().filter(e -> e.id().equals(exhibit.parentId())).findFirst().orElse(null);
        form.fill(exhibit, parent);
        error.set(null);
        asking.set(true);
    }

    /** The form's action: adds the exhibit, or saves the corrections. */
    public void confirm() {
        if (correcting.get() == null) {
            add();
        } else {
            save();
        }
    }

    /** Takes the exhibit in, in the background; the form closes while the progress shows. */
    public void add() {
        if (!canAdd.get() || correcting.get() != null) {
            return;
        }
        AddExhibitCommand cmd;
        try {
            cmd = addCommand();
        } catch (DomainRuleViolation e) {
            error.set(new UserMessage(e.key(), e.args()));
            return;
        }
        error.set(null);
        asking.set(false);
        work.start("ui.evidence.task.add", c -> ctx.session().workspace().evidence().add(cmd, c.progress(),
                c.cancellation()), added::accept, failure -> {
                    UserMessage why = ctx.errors().explain(failure);
                    if (failure instanceof OperationCancelledException) {
                        stopped.accept(why);
                    } else {
                        reopen(why);
                    }
                });
    }

    /** Saves the corrections with the version that was loaded; a refusal or a conflict reopens the form. */
    public void save() {
        ExhibitDetails loaded = correcting.get();
        if (!canAdd.get() || loaded == null) {
            return;
        }
        UpdateExhibitCommand cmd;
        try {
            cmd = new UpdateExhibitCommand(loaded.id(), loaded.version(), form.descriptionProperty().get().strip(),
                    form.source(), form.acquisition(), form.flags(), parentId(), form.conditionProperty().get(),
                    form.sealNumberProperty().get(), form.storageLocationProperty().get());
        } catch (DomainRuleViolation e) {
            error.set(new UserMessage(e.key(), e.args()));
            return;
        }
        error.set(null);
        asking.set(false);
        busy.run("ui.evidence.task.correct", c -> ctx.session().workspace().evidence().update(cmd), done -> {
            correcting.set(null);
            corrected.accept(done);
        }, failure -> {
            reopen(ctx.errors().explain(failure));
            if (failure instanceof ConflictException) {
                changedElsewhere.accept(loaded.id()); // so a new correction starts from what is stored now
            }
        });
    }

    private void reopen(UserMessage why) {
        error.set(why);
        asking.set(true);
    }

    public void cancel() {
        asking.set(false);
        correcting.set(null);
    }

    private AddExhibitCommand addCommand() {
        boolean isDigital = form.typeProperty().get() == ExhibitType.Digital;
        return new AddExhibitCommand(caseId.get(), form.typeProperty().get(),
                Text.trimToNull(form.exhibitNumberProperty().get()), form.descriptionProperty().get().strip(),
                form.source(), form.acquisition(), form.flags(), parentId(), form.conditionProperty().get(),
                form.sealNumberProperty().get(), form.storageLocationProperty().get(),
                isDigital ? form.fileProperty().get() : null, isDigital && form.extraHashesProperty().get());
    }

    private UUID parentId() {
        ExhibitDetails p = form.parentProperty().get();
        return p == null ? null : p.id();
    }

    /** The fields of the form. */
    public ExhibitForm form() {
        return form;
    }

    /** The exhibits this one may be part of (the case's, in number order, without the one corrected). */
    public ObservableList<ExhibitDetails> parentChoices() {
        return parentChoices;
    }

    public BooleanProperty askingProperty() {
        return asking;
    }

    /** The exhibit whose particulars are being corrected; null when adding. */
    public ReadOnlyObjectProperty<ExhibitDetails> correctingProperty() {
        return correcting;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    /** True when the form's action may run (named for adding; the same holds for saving corrections). */
    public BooleanBinding canAddProperty() {
        return canAdd;
    }
}
