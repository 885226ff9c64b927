package org.shield.ui.victim;

import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.shield.application.common.UserMessage;
import org.shield.application.report.ReportKind;
import org.shield.application.victim.VictimOverview;
import org.shield.ui.common.Busy;
import org.shield.ui.common.Document;
import org.shield.ui.common.Navigator;
import org.shield.ui.common.ScreenContext;

/**
 * One victim's care record in one case, open in its own tab: who they are by pseudonym, their stage, shelter,
 * reflection period and work due; its tabs (identification, shelter, consent, tasks, assessments, care plan,
 * notes, legal support, return) save each of their own records. Never dirty: nothing waits for a Save here.
 */
public final class VictimCareViewModel implements Document {
    /** A victim record's identity: the person in the case. */
    public record Key(UUID caseId, UUID personId) {
    }

    private final ObjectProperty<UserMessage> title = new SimpleObjectProperty<>(new UserMessage("ui.victim.tab.new"));
    /** Each tab saves its own records as they are entered: nothing here waits for a Save. */
    private static final ObservableBooleanValue NEVER_DIRTY = new javafx.beans.property.ReadOnlyBooleanWrapper(false)
            .getReadOnlyProperty();
    private final ObjectProperty<VictimOverview> overview = new SimpleObjectProperty<>();
    /** True once the vault is known to offer a report on victims (victim care, MDT assessment). */
    private final javafx.beans.property.BooleanProperty reportOffered = new javafx.beans.property.SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> syncConflict = new SimpleObjectProperty<>();
    private final ScreenContext ctx;
    private final Navigator navigator;
    private final Busy busy;
    private final Key key;
    private final org.shield.ui.screening.ScreeningViewModel screening;
    private final org.shield.ui.screening.MdtDecisionViewModel decisions;
    private final org.shield.ui.shelter.ShelterStaysViewModel stays;
    private final org.shield.ui.shelter.ConsentsViewModel consents;
    private final org.shield.ui.shelter.VictimTasksViewModel tasks;
    private final org.shield.ui.care.AssessmentsViewModel assessments;
    private final org.shield.ui.care.CarePlanViewModel plans;
    private final org.shield.ui.care.CareNotesViewModel notes;
    private final org.shield.ui.repatriation.LegalSupportViewModel legal;
    private final org.shield.ui.repatriation.ReturnViewModel ret;
    private final org.shield.ui.report.ReportDialogViewModel report;

    public VictimCareViewModel(ScreenContext ctx, Navigator navigator, UUID caseId, UUID personId) {
        this.ctx = ctx;
        this.navigator = navigator;
        this.busy = new Busy(ctx.tasks());
        this.key = new Key(caseId, personId);
        this.screening = new org.shield.ui.screening.ScreeningViewModel(ctx, caseId, personId);
        this.decisions = new org.shield.ui.screening.MdtDecisionViewModel(ctx, caseId, personId);
        this.stays = new org.shield.ui.shelter.ShelterStaysViewModel(ctx, caseId, personId);
        this.consents = new org.shield.ui.shelter.ConsentsViewModel(ctx, caseId, personId);
        this.tasks = new org.shield.ui.shelter.VictimTasksViewModel(ctx, caseId, personId);
        this.assessments = new org.shield.ui.care.AssessmentsViewModel(ctx, caseId, personId);
        this.plans = new org.shield.ui.care.CarePlanViewModel(ctx, caseId, personId);
        this.notes = new org.shield.ui.care.CareNotesViewModel(ctx, caseId, personId);
        this.legal = new org.shield.ui.repatriation.LegalSupportViewModel(ctx, caseId, personId);
        this.ret = new org.shield.ui.repatriation.ReturnViewModel(ctx, caseId, personId);
        this.report = new org.shield.ui.report.ReportDialogViewModel(ctx);
    }

    @Override
    public void arrivedFromHq(Runnable gone) {
        if (!dirtyProperty().get()) {
            load(gone, this::loadTabs);
        }
    }

    /** Reads the summary and every tab (each in the background). */
    public void loadAll() {
        load();
        loadTabs();
    }

    private void loadTabs() {
        screening.load();
        decisions.load();
        stays.load();
        consents.load();
        tasks.load();
        assessments.load();
        plans.load();
        notes.load();
        legal.load();
        ret.load();
    }

    public org.shield.ui.screening.ScreeningViewModel screening() {
        return screening;
    }

    public org.shield.ui.screening.MdtDecisionViewModel decisions() {
        return decisions;
    }

    public org.shield.ui.shelter.ShelterStaysViewModel stays() {
        return stays;
    }

    public org.shield.ui.shelter.ConsentsViewModel consents() {
        return consents;
    }

    public org.shield.ui.shelter.VictimTasksViewModel tasks() {
        return tasks;
    }

    public org.shield.ui.care.AssessmentsViewModel assessments() {
        return assessments;
    }

    public org.shield.ui.care.CarePlanViewModel plans() {
        return plans;
    }

    public org.shield.ui.care.CareNotesViewModel notes() {
        return notes;
    }

    public org.shield.ui.repatriation.LegalSupportViewModel legal() {
        return legal;
    }

    public org.shield.ui.repatriation.ReturnViewModel ret() {
        return ret;
    }

    /**
     * The summary, whether the vault offers a report on victims at all, and the fields of this victim's records in
     * an open conflict at HQ.
     */
    private record Loaded(VictimOverview overview, boolean reportOffered,
            java.util.List<org.shield.application.sync.FieldInConflict> conflicted) {
    }

    /** Reads the victim's summary again (after a tab saved something that may move their stage). */
    public void load() {
        load(null, () -> { });
    }

    /** The summary; {@code gone} (if any) instead of an error when the record is not on this laptop, else {@code then}. */
    private void load(Runnable gone, Runnable then) {
        error.set(null);
        busy.run("ui.task.loadVictim", c -> {
            var ws = ctx.session().workspace();
            return new Loaded(ws.victims().overview(key.caseId(), key.personId()), ws.reports().kinds().stream()
                    .anyMatch(k -> k == ReportKind.VictimCare || k == ReportKind.MdtAssessment),
                    ws.sync().conflictsOnVictim(key.caseId(), key.personId()));
        }, l -> {
                    reportOffered.set(l.reportOffered());
                    syncConflict.set(l.conflicted().isEmpty() ? null : new UserMessage("ui.victim.syncConflict",
                            new org.shield.ui.sync.ConflictedRecords(l.conflicted())));
                    overview.set(l.overview());
                    title.set(new UserMessage("ui.victim.tab.title", l.overview().summary().pseudonym(),
                            l.overview().summary().caseNumber()));
                    then.run();
                }, org.shield.ui.common.Document.unlessGone(gone, f -> error.set(ctx.errors().explain(f))));
    }

    /**
     * Opens the report dialog for this victim (victim care summary, MDT assessment, as the vault offers them);
     * {@code uiLanguage} is the default report language.
     */
    public void printReport(java.util.Locale uiLanguage) {
        if (reportOffered.get()) {
            report.startForVictim(key.caseId(), key.personId(), uiLanguage);
        }
    }

    /** True when the vault offers a report on victims (the dialog then says which this user may produce). */
    public javafx.beans.property.ReadOnlyBooleanProperty reportOfferedProperty() {
        return reportOffered;
    }

    public org.shield.ui.report.ReportDialogViewModel report() {
        return report;
    }

    /** Opens the victim's case (the investigation side, as far as the user may read it). */
    public void openCase() {
        navigator.openCase(key.caseId());
    }

    public UUID caseId() {
        return key.caseId();
    }

    public UUID personId() {
        return key.personId();
    }

    public ScreenContext context() {
        return ctx;
    }

    @Override
    public Object identity() {
        return key;
    }

    @Override
    public ReadOnlyObjectProperty<UserMessage> titleProperty() {
        return title;
    }

    @Override
    public ObservableBooleanValue dirtyProperty() {
        return NEVER_DIRTY;
    }

    public ReadOnlyObjectProperty<VictimOverview> overviewProperty() {
        return overview;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    /**
     * Set while records of this victim's care (a shelter stay, a care plan…) are in an open conflict at HQ (issue 7),
     * naming their kinds, until it is resolved; read again with the summary.
     */
    public ReadOnlyObjectProperty<UserMessage> syncConflictProperty() {
        return syncConflict;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
