package org.shield.ui.evidence;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.common.OperationCancelledException;
import org.shield.application.common.UserMessage;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.evidence.RecordCustodyCommand;
import org.shield.application.evidence.RelabelExhibitCommand;
import org.shield.domain.common.Text;
import org.shield.domain.evidence.CustodyAction;
import org.shield.ui.common.Busy;
import org.shield.ui.common.RunningWork;
import org.shield.ui.common.ScreenContext;

/**
 * A custody step a person records on one exhibit (ADR 0104): a transfer to another user who may hold
 * the case's evidence, receiving a transfer, or another step (sealed, analysed, returned, destroyed,
 * redacted copy made, relabelled), each with place, purpose, storage afterwards and an optional re-hash of the
 * stored content, which runs with progress and Cancel. A relabel asks for the new number and a reason instead of the
 * storage and the re-hash.
 */
public final class CustodyStepViewModel {
    /** What the form records. */
    public enum Kind { TRANSFER, RECEIVE, STEP }

    /** The steps "Record custody step…" offers (transfer and receive have their own buttons). */
    public static final List<CustodyAction> STEP_ACTIONS = List.of(CustodyAction.Sealed, CustodyAction.Analysed,
            CustodyAction.Returned, CustodyAction.Destroyed, CustodyAction.RedactionDerived, CustodyAction.Relabelled);
    static final int PLACE_MAX = 300;
    static final int NUMBER_MAX = 20;
    static final int PURPOSE_MAX = 1000;

    private final BooleanProperty asking = new SimpleBooleanProperty();
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<ExhibitDetails> exhibit = new SimpleObjectProperty<>();
    private final ObjectProperty<CustodyAction> action = new SimpleObjectProperty<>();
    private final ObservableList<String> recipients = FXCollections.observableArrayList();
    private final StringProperty recipient = new SimpleStringProperty();
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty purpose = new SimpleStringProperty("");
    private final StringProperty storageAfter = new SimpleStringProperty("");
    private final StringProperty newNumber = new SimpleStringProperty("");
    private final BooleanBinding relabelling;
    private final BooleanProperty checkHash = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final BooleanBinding canRecord;
    private final ScreenContext ctx;
    private final RunningWork work;
    private final Busy busy;
    private final Consumer<UUID> recorded;
    private final Consumer<UserMessage> stopped;

    public CustodyStepViewModel(ScreenContext ctx, RunningWork work, Consumer<UUID> recorded,
            Consumer<UserMessage> stopped) {
        this.ctx = ctx;
        this.work = work;
        this.busy = new Busy(ctx.tasks());
        this.recorded = recorded;
        this.stopped = stopped;
        relabelling = action.isEqualTo(CustodyAction.Relabelled);
        // a relabel needs the new number and a reason (the service says what is wrong with the number itself)
        canRecord = Bindings.createBooleanBinding(() -> exhibit.get() != null && action.get() != null
                && (action.get() != CustodyAction.Transferred || recipient.get() != null && !recipient.get().isBlank())
                && (action.get() != CustodyAction.Relabelled || !newNumber.get().isBlank()
                        && newNumber.get().strip().length() <= NUMBER_MAX && !purpose.get().isBlank())
                && place.get().strip().length() <= PLACE_MAX && purpose.get().strip().length() <= PURPOSE_MAX
                && storageAfter.get().strip().length() <= PLACE_MAX, exhibit, action, recipient, place, purpose,
                storageAfter, newNumber).and(work.runningProperty().not()).and(busy.busyProperty().not());
    }

    /** Hands the exhibit over: the users who may hold it are read first. */
    public void startTransfer(ExhibitDetails e) {
        if (e == null || work.isRunning()) {
            return;
        }
        UUID id = e.id();
        busy.run("ui.evidence.task.recipients", c -> ctx.session().workspace().evidence().recipients(id), list -> {
            prepare(Kind.TRANSFER, e, CustodyAction.Transferred);
            recipients.setAll(list);
            asking.set(true);
        }, ctx.errors()::present);
    }

    /** Confirms taking over an exhibit transferred to this user. */
    public void startReceive(ExhibitDetails e) {
        if (e != null && !work.isRunning()) {
            prepare(Kind.RECEIVE, e, CustodyAction.Received);
            asking.set(true);
        }
    }

    /** Records another step; the user chooses which. */
    public void startStep(ExhibitDetails e) {
        if (e != null && !work.isRunning()) {
            prepare(Kind.STEP, e, null);
            asking.set(true);
        }
    }

    private void prepare(Kind k, ExhibitDetails e, CustodyAction a) {
        kind.set(k);
        exhibit.set(e);
        action.set(a);
        recipients.clear();
        recipient.set(null);
        place.set("");
        purpose.set("");
        storageAfter.set("");
        newNumber.set("");
        checkHash.set(e.hasContent());
        error.set(null);
    }

    /** Records the step; with a hash check the stored content is read through first, with progress. */
    public void record() {
        if (!canRecord.get()) {
            return;
        }
        ExhibitDetails e = exhibit.get();
        if (relabelling.get()) {
            relabel(e);
            return;
        }
        RecordCustodyCommand cmd = new RecordCustodyCommand(e.id(), action.get(),
                action.get() == CustodyAction.Transferred ? recipient.get() : null, null, Text.trimToNull(place.get()),
                Text.trimToNull(purpose.get()), Text.trimToNull(storageAfter.get()), checkHash.get() && e.hasContent());
        asking.set(false);
        error.set(null);
        work.start(cmd.checkHash() ? "ui.evidence.task.custodyCheck" : "ui.evidence.task.custody",
                c -> ctx.session().workspace().evidence().recordCustody(cmd, c.progress(), c.cancellation()),
                ev -> recorded.accept(e.id()), failure -> {
                    UserMessage why = ctx.errors().explain(failure);
                    if (failure instanceof OperationCancelledException) {
                        stopped.accept(why);
                    } else {
                        error.set(why);
                        asking.set(true);
                    }
                });
    }

    /** A relabel (ADR 0012): the new number and the reason, recorded as one custody step. */
    private void relabel(ExhibitDetails e) {
        RelabelExhibitCommand cmd = new RelabelExhibitCommand(e.id(), newNumber.get().strip(),
                Text.trimToNull(place.get()), Text.trimToNull(purpose.get()));
        asking.set(false);
        error.set(null);
        work.start("ui.evidence.task.relabel", c -> ctx.session().workspace().evidence().relabel(cmd),
                ev -> recorded.accept(e.id()), failure -> {
                    error.set(ctx.errors().explain(failure));
                    asking.set(true);
                });
    }

    public void cancel() {
        asking.set(false);
    }

    /** The exhibit's new number, when the step is a relabel. */
    public StringProperty newNumberProperty() {
        return newNumber;
    }

    /** Whether the chosen step is a relabel: the form then asks for the new number and a reason. */
    public BooleanBinding relabellingProperty() {
        return relabelling;
    }

    public BooleanProperty askingProperty() {
        return asking;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<ExhibitDetails> exhibitProperty() {
        return exhibit;
    }

    public ObjectProperty<CustodyAction> actionProperty() {
        return action;
    }

    public ObservableList<String> recipients() {
        return recipients;
    }

    public StringProperty recipientProperty() {
        return recipient;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public StringProperty storageAfterProperty() {
        return storageAfter;
    }

    public BooleanProperty checkHashProperty() {
        return checkHash;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public BooleanBinding canRecordProperty() {
        return canRecord;
    }
}
