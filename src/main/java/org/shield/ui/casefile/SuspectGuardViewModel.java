package org.shield.ui.casefile;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shield.application.approval.ApprovalSummary;
import org.shield.application.common.UserMessage;
import org.shield.domain.casefile.RoleInProcess;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * The non-punishment guard, as the user meets it: making a person who is recorded as a victim a suspect
 * was refused by the service. The dialog says why (victims are not to be punished for what they were
 * made to do; a supervisor must approve) and asks for a written reason; the request then waits for a
 * supervisor, and nothing changes in the case until it is approved.
 */
public final class SuspectGuardViewModel {
    private static final int REASON_MAX = CaseClosureViewModel.REASON_MAX;

    /** The designation that was refused: the case, the person (by the label shown) and the role in process. */
    public record Designation(UUID caseId, UUID personId, String personLabel, RoleInProcess roleInProcess) {
        @Override
        public String toString() {
            return "Designation[" + caseId + " " + personId + "]";
        }
    }

    private final ObjectProperty<Designation> designation = new SimpleObjectProperty<>();
    private final BooleanProperty asking = new SimpleBooleanProperty();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectBinding<UserMessage> reasonProblem;
    private final BooleanBinding canRequest;
    private final ScreenContext ctx;
    private final Consumer<ApprovalSummary> onRequested;
    private final Consumer<Throwable> onFailure;
    private final Busy busy;

    public SuspectGuardViewModel(ScreenContext ctx, Consumer<ApprovalSummary> onRequested,
            Consumer<Throwable> onFailure) {
        this.ctx = ctx;
        this.onRequested = onRequested;
        this.onFailure = onFailure;
        this.busy = new Busy(ctx.tasks());
        reasonProblem = Bindings.createObjectBinding(() -> reason.get().strip().length() > REASON_MAX
                ? new UserMessage("ui.parties.guard.reasonTooLong", REASON_MAX) : null, reason);
        canRequest = Bindings.createBooleanBinding(() -> designation.get() != null && !reason.get().isBlank()
                && reasonProblem.get() == null, designation, reason, reasonProblem).and(busy.busyProperty().not());
    }

    /** Opens the guard dialog for a refused designation. */
    public void start(Designation refused) {
        reason.set("");
        designation.set(refused);
        asking.set(true);
    }

    /** Files the request for a supervisor's approval with the written reason. */
    public void request() {
        if (!canRequest.get()) {
            return;
        }
        asking.set(false);
        Designation d = designation.get();
        String why = reason.get().strip();
        busy.run("ui.parties.task.requestSuspect", c -> ctx.session().workspace().approvals()
                .requestSuspectDesignation(d.caseId(), d.personId(), d.roleInProcess(), why), filed -> {
                    designation.set(null);
                    reason.set("");
                    onRequested.accept(filed);
                }, onFailure::accept);
    }

    /** The user decided not to ask: nothing is filed and the case is unchanged. */
    public void cancel() {
        asking.set(false);
        designation.set(null);
        reason.set("");
    }

    public ObjectProperty<Designation> designationProperty() {
        return designation;
    }

    public BooleanProperty askingProperty() {
        return asking;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectBinding<UserMessage> reasonProblemProperty() {
        return reasonProblem;
    }

    public BooleanBinding canRequestProperty() {
        return canRequest;
    }
}
