package org.shield.ui.approval;

import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.approval.ApprovalSummary;
import org.shield.application.common.UserMessage;
import org.shield.application.interview.InterviewSummary;
import org.shield.domain.common.Text;
import org.shield.domain.security.Permission;
import org.shield.ui.common.Busy;
import org.shield.ui.common.Navigator;
import org.shield.ui.common.ScreenContext;

/**
 * Approvals: for a supervisor, the requests waiting for their decision (approve with an optional note,
 * or return with a required reason); for everyone, their own requests and what became of them. A
 * decision carries the version that was listed, so a request decided elsewhere meanwhile is refused.
 * A supervisor who countersigns interviews also sees the interviews of their unit awaiting countersignature
 * and opens them in their case.
 */
public final class ApprovalsViewModel {
    private final ObservableList<ApprovalSummary> pending = FXCollections.observableArrayList();
    private final ObservableList<ApprovalSummary> mine = FXCollections.observableArrayList();
    private final ObservableList<InterviewSummary> awaiting = FXCollections.observableArrayList();
    private final ObjectProperty<ApprovalSummary> selected = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> notice = new SimpleObjectProperty<>();
    private final BooleanBinding canApprove;
    private final BooleanBinding canReturn;

    private final ScreenContext ctx;
    private final Busy busy;
    private final boolean decides;
    private final boolean countersigns;
    private final Navigator navigator;
    private final IntConsumer pendingCount;
    private int pendingRequests;
    private int pendingInterviews;

    /**
     * @param pendingCount told how many requests and interviews wait for this user after each reading
     */
    public ApprovalsViewModel(ScreenContext ctx, Navigator navigator, IntConsumer pendingCount) {
        this.ctx = ctx;
        this.navigator = navigator;
        this.busy = new Busy(ctx.tasks());
        this.decides = ctx.session().holds(Permission.APPROVAL_DECIDE);
        this.countersigns = ctx.session().holds(Permission.INTERVIEW_COUNTERSIGN);
        this.pendingCount = pendingCount;
        canApprove = Bindings.createBooleanBinding(() -> selected.get() != null, selected)
                .and(busy.busyProperty().not());
        canReturn = Bindings.createBooleanBinding(() -> selected.get() != null && !reason.get().isBlank(),
                selected, reason).and(busy.busyProperty().not());
    }

    /** True if this user decides requests (a supervisor); others see only their own requests. */
    public boolean decides() {
        return decides;
    }

    /** True if this user countersigns interviews (a supervisor). */
    public boolean countersigns() {
        return countersigns;
    }

    /** Reads the pending requests and interviews awaiting countersignature (for a supervisor) and the user's own requests. */
    public void load() {
        error.set(null);
        if (decides) {
            busy.run("ui.task.loadApprovals", c -> ctx.session().approvals().pending(), list -> {
                java.util.UUID keep = selected.get() == null ? null : selected.get().id();
                pending.setAll(list);
                selected.set(list.stream().filter(a -> a.id().equals(keep)).findFirst().orElse(null));
                pendingRequests = list.size();
                pendingCount.accept(pendingRequests + pendingInterviews);
            }, failure -> error.set(ctx.errors().explain(failure)));
        }
        if (countersigns) {
            busy.run("ui.task.loadAwaitingCountersign",
                    c -> ctx.session().workspace().interviews().awaitingCountersign(), list -> {
                        awaiting.setAll(list);
                        pendingInterviews = list.size();
                        pendingCount.accept(pendingRequests + pendingInterviews);
                    }, failure -> error.set(ctx.errors().explain(failure)));
        }
        busy.run("ui.task.loadMyRequests", c -> ctx.session().approvals().mine(), mine::setAll,
                failure -> error.set(ctx.errors().explain(failure)));
    }

    /** Approves the selected request (the note is optional); the requested action is carried out. */
    public void approve() {
        ApprovalSummary a = selected.get();
        if (!canApprove.get()) {
            return;
        }
        String note = Text.trimToNull(reason.get());
        decide("ui.task.approve", c -> ctx.session().approvals().approve(a.id(), a.version(), note),
                new UserMessage("ui.approvals.approved", a.caseNumber()));
    }

    /** Returns the selected request to its requester with the reason given; nothing is done. */
    public void giveBack() {
        ApprovalSummary a = selected.get();
        if (!canReturn.get()) {
            return;
        }
        String why = reason.get().strip();
        decide("ui.task.returnApproval", c -> ctx.session().approvals().giveBack(a.id(), a.version(), why),
                new UserMessage("ui.approvals.returned", a.caseNumber()));
    }

    private void decide(String titleKey, org.shield.ui.common.TaskRunner.Work<ApprovalSummary> work,
            UserMessage done) {
        notice.set(null);
        error.set(null);
        busy.run(titleKey, work, decided -> {
            reason.set("");
            selected.set(null);
            notice.set(done);
            load();
        }, failure -> {
            ctx.errors().present(failure);
            load();
        });
    }

    /** Opens an interview awaiting countersignature in its case. */
    public void openInterview(InterviewSummary interview) {
        if (interview != null) {
            navigator.openInterview(interview.caseId(), interview.id());
        }
    }

    /** Interviews of the supervisor's unit waiting for their countersignature. */
    public ObservableList<InterviewSummary> awaitingCountersign() {
        return awaiting;
    }

    public ObservableList<ApprovalSummary> pending() {
        return pending;
    }

    public ObservableList<ApprovalSummary> mine() {
        return mine;
    }

    public ObjectProperty<ApprovalSummary> selectedProperty() {
        return selected;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public ObjectProperty<UserMessage> noticeProperty() {
        return notice;
    }

    public BooleanBinding canApproveProperty() {
        return canApprove;
    }

    public BooleanBinding canReturnProperty() {
        return canReturn;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
