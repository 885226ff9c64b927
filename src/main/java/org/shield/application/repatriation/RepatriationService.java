package org.shield.application.repatriation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shield.application.access.AccessControl;
import org.shield.application.audit.AuditStore;
import org.shield.application.care.CareRepository;
import org.shield.application.care.CareService;
import org.shield.application.care.TaskSummary;
import org.shield.application.care.VictimAccess;
import org.shield.application.casefile.CaseRepository;
import org.shield.application.casefile.CaseService;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.party.OrganisationRepository;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;
import org.shield.domain.care.CareConsent;
import org.shield.domain.care.ConsentPurpose;
import org.shield.domain.casefile.CaseFile;
import org.shield.domain.repatriation.FollowUpSchedule;
import org.shield.domain.repatriation.Repatriation;
import org.shield.domain.repatriation.ReturnFollowUp;
import org.shield.domain.repatriation.ReturnPlan;
import org.shield.domain.security.Permission;

/**
 * The return of a victim home: planned only while the person's consent to return home holds (a consent
 * record with purpose ReturnHome, not withdrawn), handed over only while it still holds; the handover
 * schedules follow-ups at 3, 6 and 12 months, each also a task for the victim's caseworker; a follow-up
 * that finds the person trafficked again flags the return. Access is the victim-care rule
 * ({@link VictimAccess}) with CARE_VIEW / CARE_RECORD. Days are Thailand's calendar days. Blocking; call
 * from a worker thread.
 */
public final class RepatriationService {
    static final String TYPE = "Repatriation";
    static final String FOLLOW_UP = "ReturnFollowUp";

    private final TransactionRunner tx;
    private final RepatriationRepository returns;
    private final CareRepository care;
    private final CareService careService;
    private final CaseService cases;
    private final CaseRepository caseStore;
    private final OrganisationRepository organisations;
    private final AuditStore audit;
    private final CurrentUser user;
    private final Clock clock;
    private final VictimAccess victims;

    public RepatriationService(TransactionRunner tx, RepatriationRepository returns, CareRepository care,
            CareService careService, CaseService cases, CaseRepository caseStore,
            OrganisationRepository organisations, AccessControl access, AuditStore audit, Clock clock) {
        this.tx = tx;
        this.returns = returns;
        this.care = care;
        this.careService = careService;
        this.cases = cases;
        this.caseStore = caseStore;
        this.organisations = organisations;
        this.audit = audit;
        this.user = access.user();
        this.clock = clock;
        this.victims = new VictimAccess(cases, caseStore, access);
    }

    /** The person's consent to return home as it stands today (the latest one recorded). */
    public ReturnConsentStatus consent(UUID caseId, UUID personId) throws ApplicationException {
        return tx.read(() -> {
            require(caseId, personId, Permission.CARE_VIEW);
            return consentStatus(caseId, personId);
        });
    }

    /**
     * Plans the person's return. Refused with {@code return.noConsent} unless a consent to return home holds
     * today, and with {@code return.alreadyPlanned} while another return is open or done.
     */
    public RepatriationDetails plan(UUID caseId, UUID personId, ReturnPlan plan) throws ApplicationException {
        return tx.write(() -> {
            require(caseId, personId, Permission.CARE_RECORD);
            requireConsent(caseId, personId, today());
            if (returns.repatriations(caseId, personId).stream()
                    .anyMatch(r -> r.getStatus() != org.shield.domain.repatriation.RepatriationStatus.Cancelled)) {
                throw new ValidationException(new UserMessage("return.alreadyPlanned"));
            }
            requireOrganisation(plan);
            Repatriation r = new Repatriation(caseId, personId, plan, today(), user.userName(), clock.instant());
            returns.add(r);
            audit.append(user.userName(), AuditAction.Create, TYPE, r.getId(), ChangeSet.diff(Map.of(),
                    r.auditState()));
            return details(r);
        });
    }

    /** Changes the plan of an open return; {@code version} as last read. */
    public RepatriationDetails update(UUID repatriationId, long version, ReturnPlan plan)
            throws ApplicationException {
        tx.write(() -> {
            Repatriation r = load(repatriationId, version);
            requireOrganisation(plan);
            var before = r.auditState();
            r.replan(plan, today(), user.userName(), clock.instant());
            audit.append(user.userName(), AuditAction.Update, TYPE, r.getId(), ChangeSet.diff(before,
                    r.auditState()));
            return null;
        });
        return reread(repatriationId);
    }

    /** Calls off an open return, with the reason; a new one may be planned afterwards. */
    public RepatriationDetails cancel(UUID repatriationId, long version, String reason) throws ApplicationException {
        tx.write(() -> {
            Repatriation r = load(repatriationId, version);
            var before = r.auditState();
            r.cancel(reason, user.userName(), clock.instant());
            audit.append(user.userName(), AuditAction.Update, TYPE, r.getId(), ChangeSet.diff(before,
                    r.auditState()));
            return null;
        });
        return reread(repatriationId);
    }

    /**
     * Records the handover to the receiving organisation. Refused with {@code return.consentWithdrawn} when
     * the consent to return home no longer holds (today or on the handover day). Schedules the follow-ups at
     * 3, 6 and 12 months and a task for each, assigned to the caseworker the victim is referred to (or the
     * user recording the handover when there is none).
     */
    public RepatriationDetails handOver(UUID repatriationId, long version, LocalDate day, String place, String by,
            String to) throws ApplicationException {
        tx.write(() -> {
            Repatriation r = load(repatriationId, version);
            LocalDate today = today();
            if (!consentHolds(r.getCaseId(), r.getPersonId(), today)
                    || (day != null && !consentHolds(r.getCaseId(), r.getPersonId(), day))) {
                throw new ValidationException(new UserMessage("return.consentWithdrawn"));
            }
            var before = r.auditState();
            r.handOver(day, place, by, to, today, user.userName(), clock.instant());
            audit.append(user.userName(), AuditAction.Update, TYPE, r.getId(), ChangeSet.diff(before,
                    r.auditState()));
            String assignee = caseworkerOf(r.getCaseId(), r.getPersonId());
            for (int months : FollowUpSchedule.MONTHS) {
                // the care service's own rule for tasks; it joins this transaction
                TaskSummary task = followUpTask(r, months, day, assignee);
                ReturnFollowUp f = new ReturnFollowUp(r, months, task.id(), user.userName(), clock.instant());
                returns.add(f);
                audit.append(user.userName(), AuditAction.Create, FOLLOW_UP, f.getId(),
                        ChangeSet.diff(Map.of(), f.auditState()).with("caseId", r.getCaseId()));
            }
            return null;
        });
        return reread(repatriationId);
    }

    /**
     * Records a follow-up done on {@code doneOn}: what was found and whether the person was trafficked again
     * (which flags the return). The follow-up's task is marked done.
     */
    public FollowUpDetails recordFollowUp(UUID followUpId, long version, LocalDate doneOn, String outcome,
            boolean reTrafficked) throws ApplicationException {
        tx.write(() -> {
            ReturnFollowUp f = returns.findFollowUp(followUpId)
                    .orElseThrow(() -> new NotFoundException(new UserMessage("error.followUpNotFound")));
            require(f.getCaseId(), f.getPersonId(), Permission.CARE_RECORD);
            if (f.getVersion() != version) {
                throw new ConflictException(new UserMessage("error.conflict"));
            }
            Repatriation r = returns.find(f.getRepatriationId()).orElseThrow();
            var before = f.auditState();
            f.record(doneOn, outcome, reTrafficked, r.getHandedOverOn(), today(), user.userName(), clock.instant());
            audit.append(user.userName(), AuditAction.Update, FOLLOW_UP, f.getId(),
                    ChangeSet.diff(before, f.auditState()));
            if (reTrafficked) {
                var rBefore = r.auditState();
                r.flagReTrafficked(doneOn, user.userName(), clock.instant());
                audit.append(user.userName(), AuditAction.Update, TYPE, r.getId(),
                        ChangeSet.diff(rBefore, r.auditState()));
            }
            if (f.getTaskId() != null) {
                var task = care.findTask(f.getTaskId()).orElse(null);
                if (task != null && task.getDoneOn() == null) {
                    careService.completeTask(task.getId(), task.getVersion());
                }
            }
            return null;
        });
        return tx.read(() -> followUp(returns.findFollowUp(followUpId).orElseThrow()));
    }

    /** The person's latest return in the case (of any status), if one was ever planned. */
    public Optional<RepatriationDetails> current(UUID caseId, UUID personId) throws ApplicationException {
        return tx.read(() -> {
            require(caseId, personId, Permission.CARE_VIEW);
            return latest(caseId, personId).map(this::details);
        });
    }

    /** The follow-ups of the person's latest return, by months (empty before the handover). */
    public List<FollowUpDetails> followUps(UUID caseId, UUID personId) throws ApplicationException {
        return tx.read(() -> {
            require(caseId, personId, Permission.CARE_VIEW);
            return latest(caseId, personId).map(r -> returns.followUps(r.getId()).stream().map(this::followUp)
                    .toList()).orElse(List.of());
        });
    }

    /** True when any return of the person in the case was followed by re-trafficking. */
    public boolean reTrafficked(UUID caseId, UUID personId) throws ApplicationException {
        return tx.read(() -> {
            require(caseId, personId, Permission.CARE_VIEW);
            return returns.repatriations(caseId, personId).stream().anyMatch(Repatriation::isReTrafficked);
        });
    }

    /** The case a return or follow-up belongs to. Call inside a transaction. */
    public Optional<UUID> caseOf(UUID recordId) {
        return returns.caseOf(recordId);
    }

    /** Ids of a case's returns and follow-ups. Call inside a transaction. */
    public List<UUID> partsOf(UUID caseId) {
        return returns.partIds(caseId);
    }

    /**
     * Adds the follow-up's task for the victim's caseworker; when that account is no longer active, for the
     * user recording the handover, so no follow-up is left without someone to do it.
     */
    private TaskSummary followUpTask(Repatriation r, int months, LocalDate handover, String assignee)
            throws ApplicationException {
        LocalDate due = FollowUpSchedule.dueOn(handover, months);
        try {
            return careService.addTask(r.getCaseId(), r.getPersonId(), taskTitle(months), due, assignee);
        } catch (ValidationException e) {
            if (assignee.equals(user.userName()) || !"error.userUnknown".equals(e.userMessage().key())) {
                throw e;
            }
            return careService.addTask(r.getCaseId(), r.getPersonId(), taskTitle(months), due, user.userName());
        }
    }

    /** The title of the caseworker's task for a follow-up (stored text, so in both languages). */
    static String taskTitle(int months) {
        return "Follow-up " + months + " months after return / ติดตามผล " + months + " เดือนหลังเดินทางกลับ";
    }

    private Optional<Repatriation> latest(UUID caseId, UUID personId) {
        List<Repatriation> all = returns.repatriations(caseId, personId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private LocalDate today() {
        return FollowUpSchedule.today(clock);
    }

    private ReturnConsentStatus consentStatus(UUID caseId, UUID personId) {
        LocalDate today = today();
        List<CareConsent> home = care.consents(caseId, personId).stream()
                .filter(c -> c.getPurpose() == ConsentPurpose.ReturnHome).toList();
        Optional<CareConsent> active = home.stream().filter(c -> c.activeOn(today))
                .max(Comparator.comparing(CareConsent::getGivenOn));
        if (active.isPresent()) {
            return new ReturnConsentStatus(true, true, active.get().getGivenOn(), null);
        }
        return home.stream().reduce((a, b) -> b)
                .map(c -> new ReturnConsentStatus(true, false, c.getGivenOn(), c.getWithdrawnOn()))
                .orElseGet(() -> new ReturnConsentStatus(false, false, null, null));
    }

    private boolean consentHolds(UUID caseId, UUID personId, LocalDate day) {
        return care.consents(caseId, personId).stream()
                .anyMatch(c -> c.getPurpose() == ConsentPurpose.ReturnHome && c.activeOn(day));
    }

    private void requireConsent(UUID caseId, UUID personId, LocalDate day) throws ValidationException {
        if (!consentHolds(caseId, personId, day)) {
            ReturnConsentStatus s = consentStatus(caseId, personId);
            throw new ValidationException(new UserMessage(s.recorded() ? "return.consentWithdrawn"
                    : "return.noConsent"));
        }
    }

    private void requireOrganisation(ReturnPlan plan) throws NotFoundException {
        if (plan != null && plan.receivingOrganisationId() != null
                && organisations.find(plan.receivingOrganisationId()).isEmpty()) {
            throw new NotFoundException(new UserMessage("error.organisationNotFound"));
        }
    }

    private String caseworkerOf(UUID caseId, UUID personId) {
        return caseStore.parties(caseId).stream().filter(p -> p.personId().equals(personId))
                .map(PartySummary::referredTo).filter(w -> w != null && !w.isBlank()).findFirst()
                .orElse(user.userName());
    }

    private Repatriation load(UUID id, long version) throws ApplicationException {
        Repatriation r = returns.find(id)
                .orElseThrow(() -> new NotFoundException(new UserMessage("error.repatriationNotFound")));
        require(r.getCaseId(), r.getPersonId(), Permission.CARE_RECORD);
        if (r.getVersion() != version) {
            throw new ConflictException(new UserMessage("error.conflict"));
        }
        return r;
    }

    private RepatriationDetails reread(UUID id) throws ApplicationException {
        // read again: the version moves on at commit, and the next edit must send the new one
        return tx.read(() -> details(returns.find(id).orElseThrow()));
    }

    private void require(UUID caseId, UUID personId, Permission p) throws ApplicationException {
        CaseFile c = cases.load(caseId);
        victims.require(c, personId, p, TYPE);
    }

    private RepatriationDetails details(Repatriation r) {
        ReturnPlan plan = r.plan();
        String org = plan.receivingOrganisationId() == null ? plan.receivingOrganisationName()
                : organisations.find(plan.receivingOrganisationId()).map(o -> o.getName()).orElse(null);
        return new RepatriationDetails(r.getId(), r.getCaseId(), r.getPersonId(), r.getStatus(), plan, org,
                r.getHandedOverOn(), r.getHandoverPlace(), r.getHandedOverBy(), r.getHandedOverTo(),
                r.getCancelReason(), r.isReTrafficked(), r.getReTraffickedOn(), r.getVersion());
    }

    private FollowUpDetails followUp(ReturnFollowUp f) {
        return new FollowUpDetails(f.getId(), f.getMonths(), f.getDueOn(), f.getDoneOn(), f.getOutcome(),
                f.isReTrafficked(), FollowUpSchedule.isDue(f.getDueOn(), f.getDoneOn(), clock),
                FollowUpSchedule.isOverdue(f.getDueOn(), f.getDoneOn(), clock), f.getTaskId(), f.getVersion());
    }
}
