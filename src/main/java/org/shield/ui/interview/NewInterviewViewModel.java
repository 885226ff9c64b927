package org.shield.ui.interview;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.ApprovalNeededException;
import org.shield.application.common.UserMessage;
import org.shield.application.interview.InterviewDetails;
import org.shield.application.interview.RegisterEntry;
import org.shield.application.interview.SaveInterviewCommand;
import org.shield.domain.interview.Consent;
import org.shield.domain.interview.InterviewConditions;
import org.shield.domain.interview.InterviewKind;
import org.shield.domain.interview.Statement;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * Scheduling a new interview. The user chooses the person (one of the case's parties) and the kind; before
 * anything is created the interview register of that person is read and shown (every earlier interview, in
 * any unit), because being interviewed again and again re-traumatises victims. "Schedule anyway" creates the
 * interview and passes how many earlier interviews were shown; the service refuses it if the register has
 * grown meanwhile. A suspect interview of a recorded victim is handed to the non-punishment guard.
 */
public final class NewInterviewViewModel {
    /** Called when a suspect interview of a recorded victim needs a supervisor's approval first. */
    @FunctionalInterface
    public interface GuardRequest {
        void suspectDesignationNeeded(UUID personId, String personLabel);
    }

    private final ObjectProperty<PartySummary> person = new SimpleObjectProperty<>();
    private final ObjectProperty<InterviewKind> kind = new SimpleObjectProperty<>();
    private final ObservableList<RegisterEntry> register = FXCollections.observableArrayList();
    /** The person whose register is shown in {@link #register}; null while it loads. */
    private final ObjectProperty<UUID> registerOf = new SimpleObjectProperty<>();
    private final BooleanProperty asking = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final BooleanBinding registerShown;
    private final BooleanBinding canSchedule;
    private final ScreenContext ctx;
    private final Supplier<UUID> caseId;
    private final Consumer<InterviewDetails> onCreated;
    private final GuardRequest guard;
    private final Consumer<UserMessage> onFailure;
    private final Busy busy;

    public NewInterviewViewModel(ScreenContext ctx, Supplier<UUID> caseId, Consumer<InterviewDetails> onCreated,
            GuardRequest guard, Consumer<UserMessage> onFailure) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.onCreated = onCreated;
        this.guard = guard;
        this.onFailure = onFailure;
        this.busy = new Busy(ctx.tasks());
        registerShown = Bindings.createBooleanBinding(() -> person.get() != null
                && person.get().personId().equals(registerOf.get()), person, registerOf);
        canSchedule = registerShown.and(kind.isNotNull()).and(busy.busyProperty().not());
        person.addListener((o, was, now) -> readRegister(now));
    }

    /** Opens the dialog with nothing chosen. */
    public void start() {
        person.set(null);
        kind.set(null);
        register.clear();
        registerOf.set(null);
        error.set(null);
        asking.set(true);
    }

    private void readRegister(PartySummary p) {
        register.clear();
        registerOf.set(null);
        error.set(null);
        if (p == null) {
            return;
        }
        UUID personId = p.personId();
        busy.run("ui.task.loadRegister", c -> ctx.session().workspace().interviews().register(personId), entries -> {
            if (person.get() != null && person.get().personId().equals(personId)) {
                register.setAll(entries);
                registerOf.set(personId);
            }
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    /** Creates the interview, saying how many earlier interviews the register showed. */
    public void schedule() {
        if (!canSchedule.get()) {
            return;
        }
        asking.set(false);
        PartySummary p = person.get();
        SaveInterviewCommand cmd = new SaveInterviewCommand(null, 0, caseId.get(), p.personId(), kind.get(),
                InterviewConditions.empty(), Consent.NONE, Statement.NONE, register.size());
        busy.run("ui.task.scheduleInterview", c -> ctx.session().workspace().interviews().save(cmd), created -> {
            clear();
            onCreated.accept(created);
        }, failure -> {
            if (failure instanceof ApprovalNeededException) {
                guard.suspectDesignationNeeded(p.personId(), p.personName());
            } else {
                onFailure.accept(ctx.errors().explain(failure));
            }
            clear();
        });
    }

    public void cancel() {
        asking.set(false);
        clear();
    }

    private void clear() {
        person.set(null);
        kind.set(null);
    }

    public ObjectProperty<PartySummary> personProperty() {
        return person;
    }

    public ObjectProperty<InterviewKind> kindProperty() {
        return kind;
    }

    /** The earlier interviews of the chosen person, oldest first. */
    public ObservableList<RegisterEntry> register() {
        return register;
    }

    /** True once the chosen person's register has been read and is shown. */
    public BooleanBinding registerShownProperty() {
        return registerShown;
    }

    public BooleanProperty askingProperty() {
        return asking;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public BooleanBinding canScheduleProperty() {
        return canSchedule;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
