package org.shield.bootstrap;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.shield.application.access.RecordRelations;
import org.shield.application.approval.ApprovalService;
import org.shield.application.casefile.CaseService;
import org.shield.application.evidence.EvidenceService;
import org.shield.application.interview.InterviewService;
import org.shield.application.timeline.TimelineService;
import org.shield.infra.evidence.TinkEvidenceStore;
import org.shield.infra.export.JacksonDisclosureWriter;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.ProgressListener;
import org.shield.application.party.OrganisationService;
import org.shield.application.party.PersonService;
import org.shield.application.access.AccessControl;
import org.shield.application.security.AuditService;
import org.shield.application.security.DataKey;
import org.shield.application.security.UnlockFailures;
import org.shield.application.security.UserService;
import org.shield.application.security.VaultKeyStore;
import org.shield.application.security.VerifyReport;
import org.shield.application.security.Workspace;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;
import org.shield.domain.security.CaseRelation;
import org.shield.infra.persistence.JdbcAuditStore;
import org.shield.infra.persistence.VaultDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An unlocked vault: its database, data key and the services over them, built with {@code new}. */
final class VaultWorkspace implements Workspace {
    private static final Logger LOG = LoggerFactory.getLogger(VaultWorkspace.class);
    /** The actor of failed unlocks: not a valid user name, so never mistaken for one. */
    static final String UNKNOWN_ACTOR = "(unknown)";

    private final Path dir;
    private final VaultDatabase db;
    private final DataKey key;
    private final CurrentUser user;
    private final JdbcAuditStore auditStore;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AccessControl access;
    private final CaseService cases;
    private final PersonService persons;
    private final OrganisationService organisations;
    private final UserService users;
    private final ApprovalService approvals;
    private final AuditService audit;
    private final InterviewService interviews;
    private final EvidenceService evidence;
    private final TimelineService timeline;
    private final org.shield.application.screening.ScreeningService screening;
    private final org.shield.application.care.CareService care;
    private final org.shield.application.victim.VictimService victims;
    private final org.shield.application.repatriation.LegalSupportService legal;
    private final org.shield.application.repatriation.RepatriationService repatriation;
    private final org.shield.application.care.CarePlanService carePlans;
    private final org.shield.application.care.CareNoteService careNotes;
    private final org.shield.application.report.ReportService reports;
    private final org.shield.application.sync.SyncService sync;

    VaultWorkspace(Path dir, VaultDatabase db, DataKey key, CurrentUser user, VaultKeyStore keys, Clock clock,
            org.shield.application.sync.Backoff syncBackoff, int exhibitChunk)
            throws ApplicationException {
        this.dir = dir;
        this.db = db;
        this.key = key;
        this.user = user;
        this.auditStore = db.auditStore(clock);
        this.access = new AccessControl(user, auditStore);
        CaseService[] casesRef = new CaseService[1];
        this.persons = new PersonService(db.transactions(), db.personRepository(), access, auditStore,
                personId -> casesRef[0].relationToPerson(personId), clock);
        this.cases = new CaseService(db.transactions(), db.caseRepository(), persons, db.personRepository(),
                db.userRepository(), access, auditStore, db::deviceTag, clock);
        casesRef[0] = cases;
        this.organisations = new OrganisationService(db.transactions(), db.organisationRepository(), access,
                auditStore, clock);
        this.users = new UserService(db.transactions(), db.userRepository(), keys, dir, key, access, auditStore,
                clock);
        this.approvals = new ApprovalService(db.transactions(), db.approvalRepository(), cases, db.personRepository(),
                access, auditStore, clock);
        TinkEvidenceStore evidenceStore = new TinkEvidenceStore(dir, key);
        org.shield.infra.sync.HttpHqClient hqClient = new org.shield.infra.sync.HttpHqClient();
        org.shield.application.sync.ExhibitTransfer exhibitTransfer = new org.shield.application.sync.ExhibitTransfer(
                db.transactions(), db.contentLedger(), evidenceStore, db.enrolmentStore(), hqClient, clock, syncBackoff,
                d -> Thread.sleep(d.toMillis()), exhibitChunk);
        this.evidence = new EvidenceService(db.transactions(), db.exhibitRepository(), cases, db.caseRepository(),
                db.userRepository(), evidenceStore, new JacksonDisclosureWriter(), access, auditStore,
                clock, exhibitTransfer, db::deviceTag);
        this.interviews = new InterviewService(db.transactions(), db.interviewRepository(), cases, db.caseRepository(),
                db.exhibitRepository(), access, auditStore, clock);
        this.timeline = new TimelineService(cases, interviews, evidence, approvals, clock);
        this.screening = new org.shield.application.screening.ScreeningService(db.transactions(),
                db.screeningRepository(), cases, db.caseRepository(), db.interviewRepository(), db.exhibitRepository(),
                access, auditStore, clock, org.shield.domain.screening.IndicatorCatalogue::standard, approvals);
        approvals.handle(org.shield.domain.approval.ApprovalKind.MdtDecision, screening.mdtOutcome());
        this.care = new org.shield.application.care.CareService(db.transactions(), db.careRepository(), cases,
                db.caseRepository(), db.organisationRepository(), db.userRepository(), access, auditStore, clock);
        this.carePlans = new org.shield.application.care.CarePlanService(db.transactions(), db.carePlanRepository(),
                cases, db.caseRepository(), db.organisationRepository(), access, auditStore, clock);
        this.careNotes = new org.shield.application.care.CareNoteService(db.transactions(), db.careNoteRepository(),
                cases, db.caseRepository(), access, auditStore, clock);
        this.legal = new org.shield.application.repatriation.LegalSupportService(db.transactions(),
                db.legalRepository(), cases, db.caseRepository(), access, auditStore, clock);
        this.repatriation = new org.shield.application.repatriation.RepatriationService(db.transactions(),
                db.repatriationRepository(), db.careRepository(), care, cases, db.caseRepository(),
                db.organisationRepository(), access, auditStore, clock);
        this.victims = new org.shield.application.victim.VictimService(db.transactions(), cases, db.caseRepository(),
                db.personRepository(), db.organisationRepository(), db.careRepository(), care,
                db.screeningRepository(), screening, access, clock,
                new org.shield.application.victim.RecordedStageSources(db.carePlanRepository(),
                        db.repatriationRepository(), clock));
        java.util.Map<org.shield.application.report.ReportKind, org.shield.application.report.ReportBuilder> builders =
                new java.util.EnumMap<>(org.shield.application.report.ReportKind.class);
        builders.put(org.shield.application.report.ReportKind.CaseSummary,
                new org.shield.application.report.CaseSummaryReport(cases, interviews, evidence, approvals));
        builders.put(org.shield.application.report.ReportKind.InterviewRecord,
                new org.shield.application.report.InterviewRecordReport(cases, interviews));
        builders.put(org.shield.application.report.ReportKind.VictimCare,
                new org.shield.application.report.VictimCareReport(victims, cases, screening, carePlans, legal,
                        repatriation, organisations));
        builders.put(org.shield.application.report.ReportKind.MdtAssessment,
                new org.shield.application.report.MdtAssessmentReport(access, persons, cases, screening, interviews,
                        evidence));
        builders.put(org.shield.application.report.ReportKind.EvidenceRegister,
                new org.shield.application.report.EvidenceRegisterReport(cases, evidence, clock));
        this.reports = new org.shield.application.report.ReportService(db.transactions(), builders,
                Reports.renderer(), db.reportRegister(), auditStore, persons, user, clock,
                java.time.ZoneId.systemDefault());
        this.sync = new org.shield.application.sync.SyncService(db.transactions(), db.enrolmentStore(), db.outbox(),
                db.replica(),
                () -> keys.destroy(dir), hqClient, auditStore, user, clock,
                auditStore::signWithVaultKey, syncBackoff,
                d -> Thread.sleep(d.toMillis()), exhibitTransfer,
                new org.shield.application.evidence.ReceivedEvidence(db.exhibitRepository(), auditStore, user));
        this.audit = new AuditService(db.transactions(), auditStore, access, new RecordRelations() {
            @Override
            public CaseRelation of(java.util.UUID recordId) {
                return relationToRecord(recordId);
            }

            @Override
            public java.util.List<java.util.UUID> partsOf(java.util.UUID recordId) {
                java.util.List<java.util.UUID> parts = new java.util.ArrayList<>(cases.partsOf(recordId));
                if (cases.caseOf(recordId).filter(recordId::equals).isPresent()) {
                    parts.addAll(interviews.partsOf(recordId));
                    parts.addAll(evidence.partsOf(recordId));
                    parts.addAll(screening.partsOf(recordId));
                    parts.addAll(care.partsOf(recordId));
                    parts.addAll(legal.partsOf(recordId));
                    parts.addAll(repatriation.partsOf(recordId));
                    parts.addAll(carePlans.partsOf(recordId));
                    parts.addAll(careNotes.partsOf(recordId));
                }
                return parts;
            }
        });
    }

    /**
     * The case relation of any record: a case, its party, route step, note, interview, addendum, exhibit,
     * custody step, screening, MDT decision, shelter stay, consent, task, assessment, care plan, delivered service,
     * care note, legal support record, hearing, claim, return or return follow-up, or a person.
     */
    private CaseRelation relationToRecord(java.util.UUID recordId) {
        return cases.caseOf(recordId).or(() -> interviews.caseOf(recordId)).or(() -> evidence.caseOf(recordId))
                .or(() -> screening.caseOf(recordId)).or(() -> care.caseOf(recordId))
                .or(() -> legal.caseOf(recordId)).or(() -> repatriation.caseOf(recordId))
                .or(() -> carePlans.caseOf(recordId)).or(() -> careNotes.caseOf(recordId))
                .map(cases::relation).orElseGet(() -> cases.relationToPerson(recordId));
    }

    @Override
    public CurrentUser user() {
        return user;
    }

    @Override
    public Path directory() {
        return dir;
    }

    @Override
    public CaseService cases() {
        return cases;
    }

    @Override
    public PersonService persons() {
        return persons;
    }

    @Override
    public OrganisationService organisations() {
        return organisations;
    }

    @Override
    public AccessControl access() {
        return access;
    }

    @Override
    public UserService users() {
        return users;
    }

    @Override
    public ApprovalService approvals() {
        return approvals;
    }

    @Override
    public AuditService audit() {
        return audit;
    }

    @Override
    public InterviewService interviews() {
        return interviews;
    }

    @Override
    public EvidenceService evidence() {
        return evidence;
    }

    @Override
    public TimelineService timeline() {
        return timeline;
    }

    @Override
    public org.shield.application.screening.ScreeningService screening() {
        return screening;
    }

    @Override
    public org.shield.application.care.CareService care() {
        return care;
    }

    @Override
    public org.shield.application.victim.VictimService victims() {
        return victims;
    }

    @Override
    public org.shield.application.repatriation.LegalSupportService legal() {
        return legal;
    }

    @Override
    public org.shield.application.repatriation.RepatriationService repatriation() {
        return repatriation;
    }

    @Override
    public org.shield.application.care.CarePlanService carePlans() {
        return carePlans;
    }

    @Override
    public org.shield.application.care.CareNoteService careNotes() {
        return careNotes;
    }

    @Override
    public org.shield.application.report.ReportService reports() {
        return reports;
    }

    @Override
    public org.shield.application.sync.SyncService sync() {
        return sync;
    }

    @Override
    public void recordSignIn(UnlockFailures failuresBefore) throws ApplicationException {
        db.transactions().write(() -> {
            if (failuresBefore != null && failuresBefore.count() > 0) {
                // who tried is unknown (a wrong user name fails like a wrong passphrase), so not the signer
                auditStore.append(UNKNOWN_ACTOR, AuditAction.UnlockFailed, "Vault", null, new ChangeSet()
                        .with("failedAttempts", failuresBefore.count()).with("lastAttempt", failuresBefore.last())
                        .with("beforeSignInOf", user.userName()));
            }
            auditStore.append(user.userName(), AuditAction.SignIn, "Vault", null, null);
            return null;
        });
    }

    @Override
    public VerifyReport verify(ProgressListener progress) throws ApplicationException {
        return db.verify(progress);
    }

    @Override
    public void restoredCopy() throws ApplicationException {
        db.renewDeviceTag();
    }

    @Override
    public void snapshot(Path zip) throws ApplicationException {
        db.snapshot(zip);
    }

    @Override
    public DataKey dataKey() {
        return key;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return; // already locked: a second close records nothing and touches nothing
        }
        try {
            db.transactions().write(() -> {
                auditStore.append(user.userName(), AuditAction.Lock, "Vault", null, null);
                return null;
            });
        } catch (ApplicationException | RuntimeException e) {
            LOG.warn("the lock could not be recorded: {}", e.getClass().getSimpleName());
        }
        try {
            db.close();
        } finally {
            key.destroy();
        }
    }
}
