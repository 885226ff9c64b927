package org.shield.ui.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.shield.application.common.UserMessage;
import org.shield.application.screening.MdtDecisionDetails;
import org.shield.application.screening.RecordMdtDecisionCommand;
import org.shield.application.screening.ScreeningDetails;
import org.shield.domain.approval.ApprovalState;
import org.shield.domain.common.Text;
import org.shield.domain.screening.DecisionMakingOrg;
import org.shield.domain.screening.TraffickingStatus;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * The MDT's identification decisions about a victim: the current status (the latest approved decision),
 * every decision with where its approval stands, and a form to record a new one, which goes to a
 * supervisor for approval. While one decision waits for approval no other can be recorded.
 */
public final class MdtDecisionViewModel {
    static final int TEXT_MAX = 4_000;

    private final ObservableList<MdtDecisionDetails> decisions = FXCollections.observableArrayList();
    private final ObservableList<ScreeningDetails> screenings = FXCollections.observableArrayList();
    private final ObjectProperty<MdtDecisionDetails> current = new SimpleObjectProperty<>();
    private final BooleanProperty pending = new SimpleBooleanProperty();
    private final BooleanProperty asking = new SimpleBooleanProperty();
    private final ObjectProperty<TraffickingStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<DecisionMakingOrg> orgType = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> decidedOn = new SimpleObjectProperty<>();
    private final StringProperty members = new SimpleStringProperty("");
    private final StringProperty reasons = new SimpleStringProperty("");
    private final ObjectProperty<ScreeningDetails> screening = new SimpleObjectProperty<>();
    private final ObservableList<org.shield.application.party.OrganisationDetails> organisations =
            FXCollections.observableArrayList();
    private final ObjectProperty<org.shield.application.party.OrganisationDetails> decidingOrg =
            new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> problem = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> notice = new SimpleObjectProperty<>();
    private final BooleanBinding canStart;
    private final BooleanBinding canRecord;

    private final ScreenContext ctx;
    private final UUID caseId;
    private final UUID personId;
    private final Busy busy;

    public MdtDecisionViewModel(ScreenContext ctx, UUID caseId, UUID personId) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.personId = personId;
        this.busy = new Busy(ctx.tasks());
        canStart = pending.not().and(busy.busyProperty().not());
        canRecord = Bindings.createBooleanBinding(() -> status.get() != null && orgType.get() != null
                && decidedOn.get() != null && !members.get().isBlank() && !reasons.get().isBlank(), status, orgType,
                decidedOn, members, reasons).and(busy.busyProperty().not());
    }

    public void load() {
        error.set(null);
        busy.run("ui.mdt.task.load", c -> {
            var s = ctx.session().workspace().screening();
            Loaded loaded = new Loaded(s.decisions(caseId, personId), s.history(caseId, personId));
            List<org.shield.application.party.OrganisationDetails> orgs;
            try {
                orgs = ctx.session().workspace().organisations().findByName("");
            } catch (org.shield.application.common.AccessDeniedException e) {
                orgs = List.of(); // naming the organisation is optional
            }
            return Map.entry(loaded, orgs);
        }, both -> {
            organisations.setAll(both.getValue());
            show(both.getKey());
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    private record Loaded(List<MdtDecisionDetails> decisions, List<ScreeningDetails> screenings) {
    }

    private void show(Loaded loaded) {
        List<MdtDecisionDetails> newest = new ArrayList<>(loaded.decisions());
        newest.sort(Comparator.comparing(MdtDecisionDetails::recordedAt).reversed());
        decisions.setAll(newest);
        current.set(newest.stream().filter(d -> d.state() == ApprovalState.Approved).findFirst().orElse(null));
        pending.set(newest.stream().anyMatch(d -> d.state() == ApprovalState.Pending));
        List<ScreeningDetails> s = new ArrayList<>(loaded.screenings());
        s.sort(Comparator.comparing(ScreeningDetails::recordedAt).reversed());
        screenings.setAll(s);
    }

    /** Opens the form: today's date, the latest screening as the one weighed. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        status.set(null);
        orgType.set(null);
        decidingOrg.set(null);
        decidedOn.set(LocalDate.now(ctx.clock()));
        members.set("");
        reasons.set("");
        screening.set(screenings.isEmpty() ? null : screenings.get(0));
        problem.set(null);
        notice.set(null);
        asking.set(true);
    }

    /** Records the decision and sends it for a supervisor's approval. */
    public void record() {
        if (!canRecord.get()) {
            return;
        }
        UserMessage invalid = validate();
        if (invalid != null) {
            problem.set(invalid);
            asking.set(false); // the dialog closed on its button: ask again, showing the problem
            asking.set(true);
            return;
        }
        problem.set(null);
        asking.set(false);
        RecordMdtDecisionCommand cmd = new RecordMdtDecisionCommand(caseId, personId, status.get(), orgType.get(),
                decidingOrg.get() == null ? null : decidingOrg.get().id(), decidedOn.get(), members.get().strip(), reasons.get().strip(),
                screening.get() == null ? null : screening.get().id());
        busy.run("ui.mdt.task.record", c -> {
            var s = ctx.session().workspace().screening();
            s.recordDecision(cmd);
            return new Loaded(s.decisions(caseId, personId), s.history(caseId, personId));
        }, loaded -> {
            show(loaded);
            notice.set(new UserMessage("ui.mdt.sentForApproval"));
        }, failure -> {
            error.set(ctx.errors().explain(failure));
            asking.set(true); // the form stays filled in
        });
    }

    private UserMessage validate() {
        if (decidedOn.get().isAfter(LocalDate.now(ctx.clock()))) {
            return new UserMessage("mdt.decidedOn.future");
        }
        if (members.get().strip().length() > TEXT_MAX) {
            return new UserMessage("mdt.membersPresent.tooLong", TEXT_MAX);
        }
        if (reasons.get().strip().length() > TEXT_MAX) {
            return new UserMessage("mdt.reasons.tooLong", TEXT_MAX);
        }
        return Text.trimToNull(reasons.get()) == null ? new UserMessage("mdt.reasons.required") : null;
    }

    public void cancel() {
        asking.set(false);
        problem.set(null);
    }

    public ObservableList<MdtDecisionDetails> decisions() {
        return decisions;
    }

    public ObservableList<ScreeningDetails> screenings() {
        return screenings;
    }

    /** The person's status: the latest approved decision, or null while none is approved. */
    public ObjectProperty<MdtDecisionDetails> currentProperty() {
        return current;
    }

    /** True while a decision waits for a supervisor (no other can be recorded meanwhile). */
    public BooleanProperty pendingProperty() {
        return pending;
    }

    public BooleanProperty askingProperty() {
        return asking;
    }

    public ObjectProperty<TraffickingStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<DecisionMakingOrg> orgTypeProperty() {
        return orgType;
    }

    /** The organisations one of which may be named as the one that decided (optional). */
    public ObservableList<org.shield.application.party.OrganisationDetails> organisations() {
        return organisations;
    }

    /** Which organisation decided, if named. */
    public ObjectProperty<org.shield.application.party.OrganisationDetails> decidingOrgProperty() {
        return decidingOrg;
    }

    public ObjectProperty<LocalDate> decidedOnProperty() {
        return decidedOn;
    }

    public StringProperty membersProperty() {
        return members;
    }

    public StringProperty reasonsProperty() {
        return reasons;
    }

    public ObjectProperty<ScreeningDetails> screeningProperty() {
        return screening;
    }

    public ObjectProperty<UserMessage> problemProperty() {
        return problem;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public ObjectProperty<UserMessage> noticeProperty() {
        return notice;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public BooleanBinding canRecordProperty() {
        return canRecord;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
