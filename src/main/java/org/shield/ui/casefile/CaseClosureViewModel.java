package org.shield.ui.casefile;

import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.approval.ApprovalSummary;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.common.UserMessage;
import org.shield.domain.approval.ApprovalKind;
import org.shield.domain.approval.ApprovalState;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.security.Permission;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * Closing a case goes through a supervisor: the user asks with the closing status and a written reason
 * (which becomes the closure reason once approved). Also lists the case's requests for approval (closure
 * and suspect designations) with where each stands and the supervisor's reason.
 */
public final class CaseClosureViewModel {
    static final int REASON_MAX = 2000;
    /** The statuses a closure request may ask for. */
    public static final List<CaseStatus> CLOSING = List.of(CaseStatus.Closed, CaseStatus.ClosedReferred);

    private final ObservableList<ApprovalSummary> approvals = FXCollections.observableArrayList();
    private final BooleanProperty asking = new SimpleBooleanProperty();
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>(CaseStatus.Closed);
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<UserMessage> notice = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectBinding<UserMessage> reasonProblem;
    private final BooleanBinding available;
    private final BooleanBinding canRequest;
    private final ReadOnlyObjectProperty<CaseDetails> details;
    private final ScreenContext ctx;
    private final Busy busy;

    public CaseClosureViewModel(ScreenContext ctx, ReadOnlyObjectProperty<CaseDetails> details) {
        this.ctx = ctx;
        this.details = details;
        this.busy = new Busy(ctx.tasks());
        reasonProblem = Bindings.createObjectBinding(() -> reason.get().strip().length() > REASON_MAX
                ? new UserMessage("ui.case.closure.reasonTooLong", REASON_MAX) : null, reason);
        available = Bindings.createBooleanBinding(() -> {
            CaseDetails d = details.get();
            return d != null && d.allows(Permission.CASE_REQUEST_CLOSURE) && !CLOSING.contains(d.status())
                    && approvals.stream().noneMatch(a -> a.kind() == ApprovalKind.CaseClosure
                            && a.state() == ApprovalState.Pending);
        }, details, approvals).and(busy.busyProperty().not());
        canRequest = Bindings.createBooleanBinding(() -> CLOSING.contains(status.get()) && !reason.get().isBlank()
                && reasonProblem.get() == null, status, reason, reasonProblem).and(busy.busyProperty().not());
    }

    /** Shows the requests as loaded with the case. */
    public void show(List<ApprovalSummary> loaded) {
        approvals.setAll(loaded);
    }

    /** Reads the case's requests again (after one was filed from another tab). */
    public void reload() {
        CaseDetails d = details.get();
        if (d == null || !d.allows(Permission.CASE_READ_INVESTIGATION)) {
            return;
        }
        UUID id = d.id();
        busy.run("ui.case.task.loadApprovals", c -> ctx.session().workspace().approvals().ofCase(id),
                approvals::setAll, failure -> error.set(ctx.errors().explain(failure)));
    }

    /** Opens the request form. */
    public void start() {
        if (!available.get()) {
            return;
        }
        status.set(CaseStatus.Closed);
        reason.set("");
        notice.set(null);
        error.set(null);
        asking.set(true);
    }

    /** Files the request; the case stays open until a supervisor approves. */
    public void request() {
        if (!canRequest.get()) {
            return;
        }
        asking.set(false);
        UUID id = details.get().id();
        CaseStatus s = status.get();
        String why = reason.get().strip();
        busy.run("ui.case.task.requestClosure", c -> {
            ctx.session().workspace().approvals().requestClosure(id, s, why);
            return ctx.session().workspace().approvals().ofCase(id);
        }, list -> {
            approvals.setAll(list);
            reason.set("");
            notice.set(new UserMessage("ui.case.closure.requested"));
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    public void cancel() {
        asking.set(false);
    }

    public ObservableList<ApprovalSummary> approvals() {
        return approvals;
    }

    public BooleanProperty askingProperty() {
        return asking;
    }

    public ObjectProperty<CaseStatus> statusProperty() {
        return status;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectBinding<UserMessage> reasonProblemProperty() {
        return reasonProblem;
    }

    public ObjectProperty<UserMessage> noticeProperty() {
        return notice;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    /** True when the user may ask to close this case now (not closed, no closure request pending). */
    public BooleanBinding availableProperty() {
        return available;
    }

    public BooleanBinding canRequestProperty() {
        return canRequest;
    }
}
