package org.shield.ui.evidence;

import java.util.Objects;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.common.OperationCancelledException;
import org.shield.application.common.UserMessage;
import org.shield.application.evidence.CustodyEventDetails;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.evidence.IntegrityReport;
import org.shield.domain.evidence.CustodyAction;
import org.shield.domain.security.Permission;
import org.shield.ui.common.Busy;
import org.shield.ui.common.RunningWork;
import org.shield.ui.common.ScreenContext;

/**
 * The Evidence tab of a case: its exhibits, the selected one's particulars and chain of custody, and what
 * the user may do with it (add, correct its particulars, transfer, receive, record a step, open, verify,
 * export). What is offered follows the case's allowed actions; the services check every right again. Long
 * work runs one at a time through {@link RunningWork}, with progress and Cancel.
 */
public final class EvidenceViewModel {
    private final ObservableList<ExhibitDetails> exhibits = FXCollections.observableArrayList();
    private final ObservableList<CustodyEventDetails> custody = FXCollections.observableArrayList();
    private final ObjectProperty<ExhibitDetails> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> notice = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> syncConflict = new SimpleObjectProperty<>();
    private final ObjectProperty<IntegrityReport> verified = new SimpleObjectProperty<>();
    private final ReadOnlyObjectProperty<CaseDetails> details;
    private final BooleanBinding visible;
    private final BooleanBinding canAdd;
    private final BooleanBinding canVerify;
    private final BooleanBinding canExport;
    private final BooleanBinding canTransfer;
    private final BooleanBinding canReceive;
    private final BooleanBinding canRecordStep;
    private final BooleanBinding canCorrect;
    private final BooleanBinding canOpen;
    private final ScreenContext ctx;
    private final Busy busy;
    private final RunningWork work;
    private final AddExhibitViewModel add;
    private final CustodyStepViewModel custodyStep;
    private final OpenExhibitViewModel opener;
    private final DisclosureViewModel disclosure;
    private UUID loadedCase;

    /** {@code details} is the open case as loaded (null while a new case is not saved yet). */
    public EvidenceViewModel(ScreenContext ctx, ReadOnlyObjectProperty<CaseDetails> details) {
        this.ctx = ctx;
        this.details = details;
        this.busy = new Busy(ctx.tasks());
        this.work = new RunningWork(ctx.tasks());
        this.add = new AddExhibitViewModel(ctx, this::caseId, exhibits, work, busy, e -> {
            notice.set(new UserMessage("ui.evidence.added", e.exhibitNumber()));
            reload(e.id());
        }, e -> {
            notice.set(new UserMessage("ui.evidence.corrected", e.exhibitNumber()));
            reload(e.id());
        }, this::reload, this::stopped);
        this.custodyStep = new CustodyStepViewModel(ctx, work, id -> {
            notice.set(new UserMessage("ui.evidence.custody.recorded"));
            reload(id);
        }, this::stopped);
        this.opener = new OpenExhibitViewModel(ctx, this::reloadCustody);
        this.disclosure = new DisclosureViewModel(ctx, this::caseId, work, this::stopped);
        visible = allows(Permission.EVIDENCE_VIEW);
        BooleanBinding idle = work.runningProperty().not().and(busy.busyProperty().not());
        canAdd = allows(Permission.EVIDENCE_RECORD).and(idle);
        canVerify = allows(Permission.EVIDENCE_VERIFY);
        canExport = allows(Permission.EVIDENCE_EXPORT);
        // a supervisor of the case's unit may act for the custodian; the custodian acts for themself
        // while a transfer waits for its receipt only the receipt (or a supervisor's new transfer) may follow
        canTransfer = Bindings.createBooleanBinding(() -> actsOnSelected() && !destroyed()
                && (pendingTransfer() == null || allowed(Permission.APPROVAL_DECIDE)), selected, custody,
                details).and(idle);
        canRecordStep = Bindings.createBooleanBinding(() -> actsOnSelected() && !destroyed()
                && pendingTransfer() == null, selected, custody, details).and(idle);
        canCorrect = Bindings.createBooleanBinding(() -> selected.get() != null
                && allowed(Permission.EVIDENCE_RECORD) && !destroyed(), selected, custody, details).and(idle);
        canReceive = Bindings.createBooleanBinding(() -> {
            ExhibitDetails e = selected.get();
            CustodyEventDetails pending = pendingTransfer();
            return e != null && allowed(Permission.EVIDENCE_RECORD) && isCustodian(e) && pending != null
                    && Objects.equals(pending.toCustodian(), e.custodian());
        }, selected, custody, details).and(idle);
        canOpen = Bindings.createBooleanBinding(() -> {
            ExhibitDetails e = selected.get();
            return e != null && e.hasContent() && !destroyed() && (e.flags() == null || !e.flags().sensitive()
                    || allowed(Permission.EVIDENCE_OPEN_SENSITIVE));
        }, selected, custody, details).and(opener.busyProperty().not());
        details.addListener((o, was, now) -> caseShown(now));
        caseShown(details.get());
        selected.addListener((o, was, now) -> {
            if (now == null) {
                custody.clear();
                syncConflict.set(null);
            } else if (was == null || !was.id().equals(now.id()) || was.version() != now.version()) {
                reloadCustody(now.id());
            }
        });
    }

    /** Reads the exhibits when a case is first shown (not again when the same case is saved). */
    private void caseShown(CaseDetails now) {
        if (now != null && !now.id().equals(loadedCase) && now.allows(Permission.EVIDENCE_VIEW)) {
            loadedCase = now.id();
            reload(null);
        }
    }

    private BooleanBinding allows(Permission p) {
        return Bindings.createBooleanBinding(() -> allowed(p), details);
    }

    private boolean allowed(Permission p) {
        return details.get() != null && details.get().allows(p);
    }

    private boolean actsOnSelected() {
        ExhibitDetails e = selected.get();
        return e != null && allowed(Permission.EVIDENCE_RECORD)
                && (isCustodian(e) || allowed(Permission.APPROVAL_DECIDE));
    }

    private boolean isCustodian(ExhibitDetails e) {
        return ctx.session().user().userName().equals(e.custodian());
    }

    private boolean destroyed() {
        return last() != null && custody.stream().anyMatch(ev -> ev.action() == CustodyAction.Destroyed);
    }

    /** The latest transfer when no receipt followed it (views and exports in between do not count). */
    private CustodyEventDetails pendingTransfer() {
        if (last() == null) {
            return null;
        }
        for (int i = custody.size() - 1; i >= 0; i--) {
            CustodyAction a = custody.get(i).action();
            if (a == CustodyAction.Transferred) {
                return custody.get(i);
            }
            if (a == CustodyAction.Received) {
                return null;
            }
        }
        return null;
    }

    private CustodyEventDetails last() {
        ExhibitDetails e = selected.get();
        if (custody.isEmpty() || e == null || !custody.get(0).exhibitId().equals(e.id())) {
            return null;
        }
        return custody.get(custody.size() - 1);
    }

    private UUID caseId() {
        return details.get() == null ? null : details.get().id();
    }

    /** Reads the case's exhibits again and selects {@code select} (or keeps the selection). */
    public void reload(UUID select) {
        load(select, false);
    }

    /**
     * Reads the exhibits and the selected one's chain again, even if the exhibit itself did not change (a step
     * recorded on another laptop does not change it).
     */
    public void refresh() {
        load(null, true);
    }

    private void load(UUID select, boolean chainToo) {
        UUID id = caseId();
        if (id == null) {
            return;
        }
        UUID keep = select != null ? select : selected.get() == null ? null : selected.get().id();
        busy.run("ui.evidence.task.load", c -> ctx.session().workspace().evidence().list(id), list -> {
            exhibits.setAll(list);
            ExhibitDetails was = selected.get();
            ExhibitDetails now = list.stream().filter(e -> e.id().equals(keep)).findFirst().orElse(null);
            selected.set(now);
            if (chainToo && now != null && was != null && was.id().equals(now.id()) && was.version() == now.version()) {
                reloadCustody(now.id()); // the selection's listener reads it only when the exhibit changed
            }
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    private void reloadCustody(UUID exhibitId) {
        busy.run("ui.evidence.task.custodyChain", c -> new Shown(ctx.session().workspace().evidence().custody(exhibitId),
                ctx.session().workspace().sync().conflictsOn("exhibit", exhibitId)), shown -> {
                    if (selected.get() != null && selected.get().id().equals(exhibitId)) {
                        custody.setAll(shown.chain());
                        syncConflict.set(shown.conflicts().isEmpty() ? null : new UserMessage("ui.evidence.syncConflict",
                                new org.shield.ui.sync.ConflictedFields("exhibit", shown.conflicts())));
                    }
                }, failure -> error.set(ctx.errors().explain(failure)));
    }

    /** The selected exhibit's custody chain, and its fields in an open conflict at HQ. */
    private record Shown(java.util.List<CustodyEventDetails> chain, java.util.List<String> conflicts) {
    }

    /** Set while fields of the selected exhibit are in an open conflict at HQ (issue 7), until it is resolved. */
    public ObjectProperty<UserMessage> syncConflictProperty() {
        return syncConflict;
    }

    private void stopped(UserMessage why) {
        notice.set(why);
        reload(null);
    }

    public void startAdd() {
        if (canAdd.get()) {
            clearMessages();
            add.start();
        }
    }

    public void startTransfer() {
        if (canTransfer.get()) {
            clearMessages();
            custodyStep.startTransfer(selected.get());
        }
    }

    public void startReceive() {
        if (canReceive.get()) {
            clearMessages();
            custodyStep.startReceive(selected.get());
        }
    }

    public void startStep() {
        if (canRecordStep.get()) {
            clearMessages();
            custodyStep.startStep(selected.get());
        }
    }

    /** Opens the selected exhibit's particulars for correction (type, number and content stay). */
    public void startCorrection() {
        if (canCorrect.get()) {
            clearMessages();
            add.startCorrection(selected.get());
        }
    }

    public void open() {
        if (canOpen.get()) {
            clearMessages();
            opener.start(selected.get());
        }
    }

    /** Re-verifies every stored exhibit of the case (content and custody chain), with progress. */
    public void verify() {
        UUID id = caseId();
        if (id == null || !canVerify.get() || work.isRunning()) {
            return;
        }
        runVerify(c -> ctx.session().workspace().evidence().verify(id, c.progress(), c.cancellation()));
    }

    /** Re-verifies the selected exhibit only. */
    public void verifySelected() {
        ExhibitDetails e = selected.get();
        if (e == null || !canVerify.get() || work.isRunning()) {
            return;
        }
        runVerify(c -> ctx.session().workspace().evidence().verifyExhibit(e.id(), c.progress(), c.cancellation()));
    }

    private void runVerify(org.shield.ui.common.TaskRunner.Work<org.shield.application.evidence.IntegrityReport> job) {
        clearMessages();
        work.start("ui.evidence.task.verify", job, report -> {
                    verified.set(report);
                    reload(null);
                }, failure -> {
                    UserMessage m = ctx.errors().explain(failure);
                    if (failure instanceof OperationCancelledException) {
                        notice.set(m);
                    } else {
                        error.set(m);
                    }
                });
    }

    public void startExport() {
        if (canExport.get() && !work.isRunning()) {
            clearMessages();
            disclosure.start();
        }
    }

    private void clearMessages() {
        error.set(null);
        notice.set(null);
    }

    public ObservableList<ExhibitDetails> exhibits() {
        return exhibits;
    }

    public ObservableList<CustodyEventDetails> custody() {
        return custody;
    }

    public ObjectProperty<ExhibitDetails> selectedProperty() {
        return selected;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public ObjectProperty<UserMessage> noticeProperty() {
        return notice;
    }

    /** The last case verification, until the view has shown it (and cleared it). */
    public ObjectProperty<IntegrityReport> verifiedProperty() {
        return verified;
    }

    /** True when the user may see this case's exhibits (the tab is shown). */
    public BooleanBinding visibleProperty() {
        return visible;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public BooleanBinding canVerifyProperty() {
        return canVerify;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    public BooleanBinding canTransferProperty() {
        return canTransfer;
    }

    public BooleanBinding canReceiveProperty() {
        return canReceive;
    }

    public BooleanBinding canRecordStepProperty() {
        return canRecordStep;
    }

    public BooleanBinding canCorrectProperty() {
        return canCorrect;
    }

    public BooleanBinding canOpenProperty() {
        return canOpen;
    }

    /** True when the user may record custody at all on this case (the custody buttons are shown). */
    public BooleanBinding canRecordProperty() {
        return allows(Permission.EVIDENCE_RECORD);
    }

    /** True when the user may open sensitive exhibits on this case. */
    public BooleanBinding canOpenSensitiveProperty() {
        return allows(Permission.EVIDENCE_OPEN_SENSITIVE);
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }

    public RunningWork work() {
        return work;
    }

    public AddExhibitViewModel add() {
        return add;
    }

    public CustodyStepViewModel custodyStep() {
        return custodyStep;
    }

    public OpenExhibitViewModel opener() {
        return opener;
    }

    public DisclosureViewModel disclosure() {
        return disclosure;
    }
}
