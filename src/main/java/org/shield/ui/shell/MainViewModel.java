package org.shield.ui.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.audit.AuditExporter;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.UserMessage;
import org.shield.domain.security.Permission;
import org.shield.ui.approval.ApprovalsViewModel;
import org.shield.ui.audit.AuditViewModel;
import org.shield.ui.casefile.CaseListViewModel;
import org.shield.ui.casefile.CaseViewModel;
import org.shield.ui.common.Document;
import org.shield.ui.common.Navigator;
import org.shield.ui.common.ScreenContext;
import org.shield.ui.common.Session;
import org.shield.ui.evidence.EvidenceIntegrityViewModel;
import org.shield.ui.party.OrganisationEditorViewModel;
import org.shield.ui.party.OrganisationListViewModel;
import org.shield.ui.party.PersonEditorViewModel;
import org.shield.ui.party.PersonSearchViewModel;
import org.shield.ui.security.UsersViewModel;
import org.shield.ui.settings.SettingsViewModel;

/**
 * The main window's state: the sections this user may use, the chosen section, the records open in
 * tabs (each with its unsaved edits), the global person search, and how many approval requests wait
 * for this user. Hiding a section is cosmetic: the services check every right again. Outlives its
 * view: a language switch builds a new view over it.
 */
public final class MainViewModel implements Navigator {
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>();
    private final List<Section> sections;
    private final IntegerProperty pendingApprovals = new SimpleIntegerProperty();
    private final ObservableList<Document> documents = FXCollections.observableArrayList();
    /** The document in front, or null when the section page is in front. */
    private final ObjectProperty<Document> selected = new SimpleObjectProperty<>();
    private final ScreenContext ctx;
    private final CaseListViewModel cases;
    private final PersonSearchViewModel persons;
    private final OrganisationListViewModel organisations;
    private final SettingsViewModel settings;
    private final PersonSearchViewModel globalSearch;
    private final ApprovalsViewModel approvals;
    private final UsersViewModel users;
    private final AuditViewModel audit;
    private final EvidenceIntegrityViewModel evidenceIntegrity;
    private final org.shield.ui.victim.VictimsViewModel victims;
    private final org.shield.ui.sync.SyncViewModel sync;

    /** Without a clock for the link with HQ: it is looked at once, at {@link #start()} (tests). */
    public MainViewModel(ScreenContext ctx, Supplier<SettingsViewModel> settingsFactory, AuditExporter exporter) {
        this(ctx, settingsFactory, exporter, (period, tick) -> () -> { }, () -> { });
    }

    /**
     * {@code ticker} drives the look for HQ and automatic sync; {@code onShredded} ends the session when HQ reported
     * this laptop lost and its vault keys were destroyed.
     */
    public MainViewModel(ScreenContext ctx, Supplier<SettingsViewModel> settingsFactory, AuditExporter exporter,
            org.shield.ui.common.Ticker ticker, Runnable onShredded) {
        this.ctx = ctx;
        this.sync = new org.shield.ui.sync.SyncViewModel(ctx, ticker, onShredded, this::arrivedFromHq);
        this.cases = new CaseListViewModel(ctx, this);
        this.persons = new PersonSearchViewModel(ctx, this);
        this.organisations = new OrganisationListViewModel(ctx, this);
        this.globalSearch = new PersonSearchViewModel(ctx, this);
        this.settings = settingsFactory.get();
        this.approvals = new ApprovalsViewModel(ctx, this, pendingApprovals::set);
        this.users = new UsersViewModel(ctx);
        this.audit = new AuditViewModel(ctx, exporter);
        this.evidenceIntegrity = new EvidenceIntegrityViewModel(ctx, this);
        this.victims = new org.shield.ui.victim.VictimsViewModel(ctx, this);
        this.sections = Arrays.stream(Section.values()).filter(this::allowed).toList();
        section.set(sections.get(0));
    }

    private boolean allowed(Section s) {
        Session session = ctx.session();
        return switch (s) {
            case CASES -> session.holds(Permission.CASE_VIEW);
            case VICTIMS -> session.holds(Permission.CARE_VIEW);
            case PERSONS -> session.can(Permission.PERSON_SEARCH);
            case ORGANISATIONS -> session.can(Permission.ORGANISATION_VIEW);
            case APPROVALS -> session.holds(Permission.APPROVAL_DECIDE)
                    || session.holds(Permission.CASE_REQUEST_CLOSURE) || session.holds(Permission.PARTY_ADD);
            case USERS -> session.can(Permission.USER_MANAGE);
            case AUDIT -> session.can(Permission.AUDIT_VIEW);
            // oversight across cases: auditors and administrators (any case) and supervisors (their unit);
            // an investigator verifies from each case's Evidence tab
            case EVIDENCE -> session.can(Permission.EVIDENCE_VERIFY) || session.holds(Permission.EVIDENCE_VERIFY)
                    && session.holds(Permission.APPROVAL_DECIDE);
            case SYNC, SETTINGS -> true;
        };
    }

    /** The sections this user sees, in sidebar order (Settings always). */
    public List<Section> sections() {
        return sections;
    }

    /**
     * After sign-in: a supervisor with requests waiting lands on Approvals (the count also shows in the
     * sidebar); everyone else stays on their first section.
     */
    /** The permissions that let a user produce some report (docs/PERMISSIONS.md). */
    private static final List<Permission> REPORT_READS = List.of(Permission.CASE_READ_INVESTIGATION,
            Permission.EVIDENCE_VIEW, Permission.INTERVIEW_VIEW, Permission.CARE_VIEW, Permission.SCREENING_VIEW);

    public void start() {
        sync.start();
        var roles = ctx.session().user().roles();
        if (roles.contains(org.shield.domain.security.Role.Caseworker)
                && !roles.contains(org.shield.domain.security.Role.Investigator) && sections.contains(Section.VICTIMS)
                && documents.isEmpty()) {
            show(Section.VICTIMS); // a caseworker opens the app to their own due and overdue work
        }
        if (REPORT_READS.stream().anyMatch(ctx.session()::holds)) {
            // the first report of a session as quick as the next: the report engine laid out once, in the background
            ctx.tasks().run("ui.task.prepareReports", c -> {
                ctx.session().workspace().reports().warmUp(c.cancellation());
                return null;
            }, done -> { }, ctx.errors()::explain);
        }
        if (!ctx.session().holds(Permission.APPROVAL_DECIDE) || !sections.contains(Section.APPROVALS)) {
            return;
        }
        boolean countersigns = ctx.session().holds(Permission.INTERVIEW_COUNTERSIGN);
        ctx.tasks().run("ui.task.countApprovals", c -> ctx.session().approvals().pendingCount() + (countersigns
                ? ctx.session().workspace().interviews().awaitingCountersign().size() : 0), n -> {
            pendingApprovals.set(n);
            if (n > 0 && documents.isEmpty()) {
                show(Section.APPROVALS);
            }
        }, ctx.errors()::explain);
    }

    /** Shows a section; one this user does not see is ignored. */
    public void show(Section s) {
        if (!sections.contains(Objects.requireNonNull(s))) {
            return;
        }
        section.set(s);
        selected.set(null);
        switch (s) {
            case CASES -> cases.showing();
            case VICTIMS -> victims.load();
            case ORGANISATIONS -> {
                if (organisations.results().isEmpty()) {
                    organisations.search();
                }
            }
            case APPROVALS -> approvals.load();
            case USERS -> users.load();
            case AUDIT -> audit.reload();
            case EVIDENCE -> evidenceIntegrity.load();
            case SYNC -> sync.showing();
            case SETTINGS -> settings.reset();
            default -> { }
        }
    }

    @Override
    public void openCase(UUID caseId) {
        if (!bringToFront(caseId)) {
            CaseViewModel vm = new CaseViewModel(ctx, this);
            vm.open(caseId);
            add(vm);
        }
    }

    @Override
    public void openInterview(UUID caseId, UUID interviewId) {
        openCase(caseId);
        documents.stream().filter(d -> d instanceof CaseViewModel && caseId.equals(d.identity())).findFirst()
                .ifPresent(d -> ((CaseViewModel) d).showInterview(interviewId));
    }

    @Override
    public void openVictim(UUID caseId, UUID personId) {
        var key = new org.shield.ui.victim.VictimCareViewModel.Key(caseId, personId);
        if (!bringToFront(key)) {
            add(new org.shield.ui.victim.VictimCareViewModel(ctx, this, caseId, personId));
        }
    }

    @Override
    public void showApprovals() {
        show(Section.APPROVALS);
    }

    @Override
    public void newCase() {
        if (!ctx.session().can(Permission.CASE_CREATE)) {
            return; // the shortcut does nothing for a user who may not open cases (the service refuses anyway)
        }
        CaseViewModel vm = new CaseViewModel(ctx, this);
        vm.startNew();
        add(vm);
    }

    @Override
    public void openPerson(UUID personId) {
        if (!bringToFront(personId)) {
            PersonEditorViewModel vm = new PersonEditorViewModel(ctx, this);
            vm.open(personId);
            add(vm);
        }
    }

    @Override
    public void openRevealedPerson(org.shield.application.party.PersonDetails revealed, String purpose) {
        if (!bringToFront(revealed.id())) {
            PersonEditorViewModel vm = new PersonEditorViewModel(ctx, this);
            vm.showRevealed(revealed, purpose);
            add(vm);
        }
    }

    @Override
    public void newPerson() {
        if (!ctx.session().can(Permission.PERSON_EDIT)) {
            return;
        }
        PersonEditorViewModel vm = new PersonEditorViewModel(ctx, this);
        vm.startNew();
        add(vm);
    }

    @Override
    public void openOrganisation(UUID organisationId) {
        if (!bringToFront(organisationId)) {
            OrganisationEditorViewModel vm = new OrganisationEditorViewModel(ctx, this);
            vm.open(organisationId);
            add(vm);
        }
    }

    @Override
    public void newOrganisation() {
        OrganisationEditorViewModel vm = new OrganisationEditorViewModel(ctx, this);
        vm.startNew();
        add(vm);
    }

    /** A sync applied records from HQ: the lists and every open record show them (a record being edited waits). */
    public void arrivedFromHq() {
        recordsChanged();
        List.copyOf(documents).forEach(d -> d.arrivedFromHq(() -> leftThisLaptop(d)));
    }

    /** An open record the sync removed from this laptop: its tab closes (it held no unsaved edits), with a word why. */
    private void leftThisLaptop(Document d) {
        if (remove(d)) { // not closed meanwhile
            ctx.dialogs().inform(new UserMessage("ui.document.leftLaptop", d.titleProperty().get()));
        }
    }

    @Override
    public void recordsChanged() {
        cases.changedElsewhere();
        if (!organisations.results().isEmpty()) {
            organisations.search();
        }
    }

    private boolean bringToFront(Object identity) {
        Optional<Document> open = documents.stream().filter(d -> identity.equals(d.identity())).findFirst();
        open.ifPresent(selected::set);
        return open.isPresent();
    }

    private void add(Document d) {
        documents.add(d);
        selected.set(d);
    }

    /** Closes a document; one with unsaved edits only after the user agrees to discard them. */
    public boolean close(Document d) {
        if (d.dirtyProperty().get() && !ctx.dialogs().confirm(new UserMessage("ui.document.discard.question"),
                "ui.document.discard.action")) {
            return false;
        }
        remove(d);
        return true;
    }

    /** Takes a document out, selecting the last one left if it was selected; false if it was not open. */
    private boolean remove(Document d) {
        if (!documents.remove(d)) {
            return false;
        }
        if (selected.get() == d) {
            selected.set(documents.isEmpty() ? null : documents.get(documents.size() - 1));
        }
        return true;
    }

    /** True when some open document holds edits not saved yet. */
    public boolean hasUnsavedWork() {
        return documents.stream().anyMatch(d -> d.dirtyProperty().get());
    }

    public CurrentUser user() {
        return ctx.session().user();
    }

    public org.shield.ui.victim.VictimsViewModel victims() {
        return victims;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ObservableList<Document> documents() {
        return documents;
    }

    public ObjectProperty<Document> selectedProperty() {
        return selected;
    }

    public CaseListViewModel cases() {
        return cases;
    }

    public PersonSearchViewModel persons() {
        return persons;
    }

    public OrganisationListViewModel organisations() {
        return organisations;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public PersonSearchViewModel globalSearch() {
        return globalSearch;
    }

    public ApprovalsViewModel approvals() {
        return approvals;
    }

    public UsersViewModel users() {
        return users;
    }

    public AuditViewModel audit() {
        return audit;
    }

    public EvidenceIntegrityViewModel evidenceIntegrity() {
        return evidenceIntegrity;
    }

    /** The link with HQ: status, sync, conflicts, log. */
    public org.shield.ui.sync.SyncViewModel sync() {
        return sync;
    }

    /** How many approval requests wait for this user's decision (0 for a user who decides none). */
    public IntegerProperty pendingApprovalsProperty() {
        return pendingApprovals;
    }
}
