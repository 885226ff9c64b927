package org.shield.ui.casefile;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.binding.Bindings;
import org.shield.application.approval.ApprovalSummary;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CaseService;
import org.shield.application.casefile.EventDetails;
import org.shield.application.casefile.NoteDetails;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.UserMessage;
import org.shield.application.timeline.TimelineItem;
import org.shield.domain.security.Permission;
import org.shield.ui.common.Busy;
import org.shield.ui.common.Document;
import org.shield.ui.common.Navigator;
import org.shield.ui.common.ScreenContext;
import org.shield.ui.evidence.EvidenceViewModel;
import org.shield.ui.history.RecordHistoryViewModel;
import org.shield.ui.interview.InterviewsViewModel;
import org.shield.ui.report.BatchReportViewModel;
import org.shield.ui.report.ReportDialogViewModel;
import org.shield.ui.timeline.TimelineViewModel;

/**
 * An open case: overview, parties, route, timeline, interviews and notes. A new case has only its overview
 * until it is saved the first time; then it gets its number and the other tabs open up.
 */
public final class CaseViewModel implements Document {
    private final ObjectProperty<UUID> caseId = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> title = new SimpleObjectProperty<>(new UserMessage("ui.case.tab.new"));
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanBinding saved = caseId.isNotNull();
    private final CaseOverviewViewModel overview;
    private final CasePartiesViewModel parties;
    private final CaseTimelineViewModel timeline;
    private final CaseNotesViewModel notes;
    private final EvidenceViewModel evidence;
    private final InterviewsViewModel interviews;
    private final SuspectGuardViewModel interviewGuard;
    private final TimelineViewModel caseTimeline;
    private final ObjectProperty<CaseTab> requestedTab = new SimpleObjectProperty<>();
    private final BooleanBinding interviewsVisible;
    private final BooleanBinding caseTimelineVisible;
    private Consumer<UUID> exhibitOpener = id -> { };
    private final CaseClosureViewModel closure;
    private final CaseTeamViewModel team;
    private final RecordHistoryViewModel history;
    private final BooleanBinding investigationVisible;
    private final BooleanBinding historyAvailable;
    private final BooleanBinding dirty;
    private final ReportDialogViewModel report;
    private final BatchReportViewModel batch;
    private final BooleanBinding reportAvailable;
    private final ScreenContext ctx;
    private final Navigator navigator;
    private final Busy busy;

    public CaseViewModel(ScreenContext ctx, Navigator navigator) {
        this.ctx = ctx;
        this.navigator = navigator;
        this.busy = new Busy(ctx.tasks());
        this.overview = new CaseOverviewViewModel(ctx, this::overviewSaved);
        this.closure = new CaseClosureViewModel(ctx, overview.loadedProperty());
        this.team = new CaseTeamViewModel(ctx, overview.loadedProperty(), overview.dirtyProperty(), d -> {
            overview.load(d);
            navigator.recordsChanged();
        });
        this.history = new RecordHistoryViewModel(ctx);
        this.parties = new CasePartiesViewModel(ctx, navigator, caseId::get, overview.loadedProperty(), closure::reload);
        var loaded = overview.loadedProperty();
        // a new case shows every tab (disabled until saved); a stored one what the user may read
        investigationVisible = Bindings.createBooleanBinding(() -> loaded.get() == null
                || loaded.get().allows(Permission.CASE_READ_INVESTIGATION), loaded);
        historyAvailable = Bindings.createBooleanBinding(() -> loaded.get() != null
                && loaded.get().allows(Permission.RECORD_HISTORY), loaded);
        this.timeline = new CaseTimelineViewModel(ctx, caseId::get);
        this.notes = new CaseNotesViewModel(ctx, caseId::get);
        this.evidence = new EvidenceViewModel(ctx, overview.loadedProperty());
        interviewsVisible = Bindings.createBooleanBinding(() -> loaded.get() == null
                || loaded.get().allows(Permission.INTERVIEW_VIEW), loaded);
        caseTimelineVisible = investigationVisible.or(interviewsVisible);
        this.interviewGuard = new SuspectGuardViewModel(ctx, filed -> {
            interviews().guardRequested();
            closure.reload();
        }, failure -> interviews().errorProperty().set(ctx.errors().explain(failure)));
        this.interviews = new InterviewsViewModel(ctx, caseId::get, loaded, parties.parties(),
                (personId, label) -> interviewGuard.start(
                        new SuspectGuardViewModel.Designation(caseId.get(), personId, label, null)));
        this.caseTimeline = new TimelineViewModel(ctx, caseId::get, this::openTimelineItem);
        this.report = new ReportDialogViewModel(ctx);
        this.batch = new BatchReportViewModel(ctx);
        // a stored case whose investigation, exhibits or interviews the user reads has reports (the dialog asks
        // the report service which it offers)
        reportAvailable = Bindings.createBooleanBinding(() -> loaded.get() != null
                && (loaded.get().allows(Permission.CASE_READ_INVESTIGATION) || loaded.get().allows(Permission.EVIDENCE_VIEW)
                        || loaded.get().allows(Permission.INTERVIEW_VIEW)), loaded);
        setExhibitOpener(evidence::reload); // an exhibit opened from the timeline is selected in the Evidence tab
        // anything typed and not yet saved or added counts: the overview, a note, a party, a route step
        this.dirty = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> overview.dirtyProperty().get() || notes.hasPendingInput() || parties.hasPendingInput()
                        || timeline.hasPendingInput() || interviews.dirtyProperty().get(),
                overview.dirtyProperty(), interviews.dirtyProperty(), notes.bodyProperty(), parties.roleProperty(), parties.nameNativeProperty(),
                parties.nameLatinProperty(), parties.aliasProperty(), parties.noteProperty(), timeline.typeProperty(),
                timeline.placeProperty(), timeline.descriptionProperty());
    }

    /** A new case, not saved yet. */
    public void startNew() {
        overview.startNew();
    }

    /**
     * Loads a stored case with what the user may read of it: parties (for a caseworker only the victims
     * referred to them), and route, notes and approval requests only for those who read the investigation.
     */
    public void open(UUID id) {
        load(id, null, () -> { });
    }

    /** Reads the case; {@code gone} (if any) instead of an error when it is not on this laptop, else {@code then}. */
    private void load(UUID id, Runnable gone, Runnable then) {
        caseId.set(id);
        loading.set(true);
        busy.run("ui.task.loadCase", c -> {
            CaseService cases = ctx.session().cases();
            CaseDetails d = cases.get(id);
            boolean investigation = d.allows(Permission.CASE_READ_INVESTIGATION);
            boolean anyParties = investigation || d.allows(Permission.PARTY_VIEW_PROTECTED);
            return new Loaded(d, anyParties ? cases.parties(id) : List.of(),
                    investigation ? cases.events(id) : List.of(), investigation ? cases.notes(id) : List.of(),
                    investigation ? ctx.session().workspace().approvals().ofCase(id) : List.of(),
                    ctx.session().workspace().sync().conflictsOn("case_file", id));
        }, l -> {
                    loading.set(false);
                    syncConflict.set(l.conflicts().isEmpty() ? null
                            : new UserMessage("ui.case.syncConflict",
                                    new org.shield.ui.sync.ConflictedFields("case_file", l.conflicts())));
                    show(l.details());
                    overview.load(l.details());
                    parties.show(l.parties());
                    timeline.show(l.events());
                    notes.show(l.notes());
                    closure.show(l.approvals());
                    then.run();
                }, failure -> {
                    loading.set(false);
                    org.shield.ui.common.Document.unlessGone(gone, f -> error.set(ctx.errors().explain(f)))
                            .accept(failure);
                });
    }

    @Override
    public void arrivedFromHq(Runnable gone) {
        UUID id = caseId.get();
        if (id == null || dirty.get() || loading.get()) {
            return;
        }
        load(id, gone, () -> { // the rest only for a case still here
            evidence.refresh();
            if (interviewsVisible.get()) {
                interviews.load();
            }
            if (caseTimelineVisible.get()) {
                caseTimeline.load();
            }
        });
    }

    private void overviewSaved(CaseDetails d) {
        boolean created = caseId.get() == null;
        show(d);
        if (created) {
            caseId.set(d.id());
        }
        navigator.recordsChanged();
    }

    private void show(CaseDetails d) {
        title.set(new UserMessage("ui.case.tab.title", d.caseNumber()));
    }

    /** The loaded parts of a case. */
    private final ObjectProperty<UserMessage> syncConflict = new javafx.beans.property.SimpleObjectProperty<>();

    private record Loaded(CaseDetails details, List<PartySummary> parties, List<EventDetails> events,
            List<NoteDetails> notes, List<ApprovalSummary> approvals, List<String> conflicts) {
    }

    /** Shows an interview of this case in the Interviews tab. */
    public void showInterview(UUID interviewId) {
        requestedTab.set(CaseTab.INTERVIEWS);
        interviews.open(interviewId);
    }

    /**
     * Shows the record of a timeline item: an interview in its editor, an exhibit or custody step in the
     * Evidence tab, a route step in Route, a note in Notes, an approval on the Approvals page (for those who
     * decide them).
     */
    void openTimelineItem(TimelineItem item) {
        switch (item.kind()) {
            case Interview -> showInterview(item.openId());
            case Exhibit, Custody -> {
                requestedTab.set(CaseTab.EVIDENCE);
                exhibitOpener.accept(item.openId());
            }
            case Route -> requestedTab.set(CaseTab.ROUTE);
            case Note -> requestedTab.set(CaseTab.NOTES);
            case Approval -> {
                CaseDetails d = overview.loadedProperty().get();
                if (d != null && d.allows(Permission.APPROVAL_DECIDE)) {
                    navigator.showApprovals();
                }
            }
        }
    }

    /** How the Evidence tab selects an exhibit opened from the timeline (set by the evidence view model). */
    public void setExhibitOpener(Consumer<UUID> opener) {
        this.exhibitOpener = opener == null ? id -> { } : opener;
    }

    /** The tab a view model asked to bring to front; the view shows it and clears the request. */
    public ObjectProperty<CaseTab> requestedTabProperty() {
        return requestedTab;
    }

    /** Opens the report dialog for this case; {@code uiLanguage} is the default report language. */
    public void printReport(Locale uiLanguage) {
        if (reportAvailable.get()) {
            report.startForCase(caseId.get(), uiLanguage);
        }
    }

    /** Opens the batch with every report of this case (supervisors). */
    public void printAllReports(Locale uiLanguage) {
        CaseDetails d = overview.loadedProperty().get();
        if (d != null) {
            batch.start(List.of(new BatchReportViewModel.BatchCase(d.id(), d.caseNumber())), uiLanguage);
        }
    }

    public ReportDialogViewModel report() {
        return report;
    }

    public BatchReportViewModel batch() {
        return batch;
    }

    /** True when the case is stored and the user reads some part of it that a report prints. */
    public BooleanBinding reportAvailableProperty() {
        return reportAvailable;
    }

    /** Opens who changed what on this case, and when. */
    public void showHistory() {
        CaseDetails d = overview.loadedProperty().get();
        if (d != null) {
            history.show(d.id(), new UserMessage("ui.case.history.heading", d.caseNumber()));
        }
    }

    @Override
    public Object identity() {
        return caseId.get();
    }

    @Override
    public ReadOnlyObjectProperty<UserMessage> titleProperty() {
        return title;
    }

    @Override
    public ObservableBooleanValue dirtyProperty() {
        return dirty;
    }

    public ReadOnlyObjectProperty<UUID> caseIdProperty() {
        return caseId;
    }

    public BooleanBinding savedProperty() {
        return saved;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    /**
     * Set while fields of this case are in an open conflict at HQ (issue 7): the case shows HQ's current value until
     * someone who may resolve it does so on the Sync page.
     */
    public ObjectProperty<UserMessage> syncConflictProperty() {
        return syncConflict;
    }

    public CaseOverviewViewModel overview() {
        return overview;
    }

    public CasePartiesViewModel parties() {
        return parties;
    }

    /** The route: the steps of the victim's route (the "Route" tab). */
    public CaseTimelineViewModel timeline() {
        return timeline;
    }

    public CaseNotesViewModel notes() {
        return notes;
    }

    public EvidenceViewModel evidence() {
        return evidence;
    }

    public InterviewsViewModel interviews() {
        return interviews;
    }

    /** The non-punishment guard met when scheduling a suspect interview of a recorded victim. */
    public SuspectGuardViewModel interviewGuard() {
        return interviewGuard;
    }

    /** The merged case timeline (the route is {@link #timeline()}). */
    public TimelineViewModel caseTimeline() {
        return caseTimeline;
    }

    public BooleanBinding interviewsVisibleProperty() {
        return interviewsVisible;
    }

    public BooleanBinding caseTimelineVisibleProperty() {
        return caseTimelineVisible;
    }

    public CaseClosureViewModel closure() {
        return closure;
    }

    public CaseTeamViewModel team() {
        return team;
    }

    public RecordHistoryViewModel history() {
        return history;
    }

    /** False for a user who may not read the investigation (a caseworker): no route, notes or summary. */
    public BooleanBinding investigationVisibleProperty() {
        return investigationVisible;
    }

    public BooleanBinding historyAvailableProperty() {
        return historyAvailable;
    }
}
