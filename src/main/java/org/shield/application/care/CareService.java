package org.shield.application.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.application.access.AccessControl;
import org.shield.application.audit.AuditStore;
import org.shield.application.casefile.CaseRepository;
import org.shield.application.casefile.CaseService;
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
import org.shield.domain.care.CarePolicy;
import org.shield.domain.care.DepartureReason;
import org.shield.domain.care.ReflectionPeriod;
import org.shield.domain.care.ShelterStay;
import org.shield.domain.casefile.CaseFile;
import org.shield.domain.security.Permission;

/**
 * Shelter care of victims: admissions, departures, transfers between shelters, and the reflection period
 * that starts at the first admission. Caseworkers act for the victims referred to them; supervisors for
 * their unit's. "Today" is the clock's date in its zone (the laptop's): the period counts calendar days
 * where the shelter is. Blocking; call from a worker thread.
 */
public final class CareService {
    static final String TYPE = "ShelterStay";
    static final String CONSENT = "CareConsent";
    static final String TASK = "CareTask";

    private final TransactionRunner tx;
    private final CareRepository care;
    private final CaseService cases;
    private final CaseRepository caseStore;
    private final OrganisationRepository organisations;
    private final org.shield.application.access.UserRepository users;
    private final AccessControl access;
    private final AuditStore audit;
    private final CurrentUser user;
    private final Clock clock;
    private final VictimAccess victims;

    public CareService(TransactionRunner tx, CareRepository care, CaseService cases, CaseRepository caseStore,
            OrganisationRepository organisations, org.shield.application.access.UserRepository users,
            AccessControl access, AuditStore audit, Clock clock) {
        this.tx = tx;
        this.care = care;
        this.cases = cases;
        this.caseStore = caseStore;
        this.organisations = organisations;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.user = access.user();
        this.clock = clock;
        this.victims = new VictimAccess(cases, caseStore, access);
    }

    /** Admits a victim of the case to a shelter (an organisation of the vault). */
    public StayDetails admit(UUID caseId, UUID personId, UUID shelterId, LocalDate admittedOn, String room)
            throws ApplicationException {
        return tx.write(() -> {
            CaseFile c = cases.load(caseId);
            requireVictim(c, personId, Permission.CARE_RECORD);
            if (care.stays(caseId, personId).stream().anyMatch(ShelterStay::isCurrent)) {
                throw new ValidationException(new UserMessage("care.alreadyInShelter"));
            }
            return insert(c, personId, shelterId, admittedOn, room, null);
        });
    }

    /** Records that the person left the shelter; a stale version is a conflict. */
    public StayDetails leave(UUID stayId, long version, LocalDate leftOn, DepartureReason reason, String note)
            throws ApplicationException {
        tx.write(() -> {
            ShelterStay s = loadStay(stayId, version);
            var before = s.auditState();
            s.leave(leftOn, reason, note, LocalDate.now(clock), user.userName(), clock.instant());
            audit.append(user.userName(), AuditAction.Update, TYPE, s.getId(), ChangeSet.diff(before, s.auditState()));
            return null;
        });
        // read again: the version moves on at commit, and the next edit must send the new one
        return tx.read(() -> details(care.findStay(stayId).orElseThrow()));
    }

    /** Moves the person to another shelter on {@code day}: the current stay ends, the next one starts. */
    public StayDetails transfer(UUID stayId, long version, UUID toShelterId, LocalDate day, String room)
            throws ApplicationException {
        return tx.write(() -> {
            ShelterStay s = loadStay(stayId, version);
            var before = s.auditState();
            s.leave(day, DepartureReason.TransferredToAnotherShelter, null, LocalDate.now(clock), user.userName(),
                    clock.instant());
            audit.append(user.userName(), AuditAction.Update, TYPE, s.getId(), ChangeSet.diff(before, s.auditState()));
            return insert(cases.load(s.getCaseId()), s.getPersonId(), toShelterId, day, room, s.getId());
        });
    }

    /** The person's stays in the case, by admission date. */
    public List<StayDetails> stays(UUID caseId, UUID personId) throws ApplicationException {
        return tx.read(() -> {
            requireVictim(cases.load(caseId), personId, Permission.CARE_VIEW);
            return care.stays(caseId, personId).stream().map(this::details).toList();
        });
    }

    /** The reflection period of the person in the case, or empty before any admission. */
    public Optional<ReflectionStatus> reflection(UUID caseId, UUID personId) throws ApplicationException {
        return tx.read(() -> {
            CaseFile c = cases.load(caseId);
            requireVictim(c, personId, Permission.CARE_VIEW);
            Optional<LocalDate> first = care.stays(caseId, personId).stream().map(ShelterStay::getAdmittedOn)
                    .min(LocalDate::compareTo);
            if (first.isEmpty()) {
                return Optional.empty();
            }
            ReflectionPeriod p = new ReflectionPeriod(first.get(), reflectionDays(c.getUnitCode()));
            LocalDate today = LocalDate.now(clock);
            return Optional.of(new ReflectionStatus(p.start(), p.days(), p.lastDay(), p.daysLeft(today),
                    p.isOver(today), p.remindNow(today)));
        });
    }

    /** Records a victim's consent for one purpose (a partner organisation for sharing). */
    public ConsentDetails recordConsent(UUID caseId, UUID personId, org.shield.domain.care.ConsentPurpose purpose,
            UUID partnerId, LocalDate givenOn, org.shield.domain.care.ConsentForm form, String witness)
            throws ApplicationException {
        return tx.write(() -> {
            CaseFile c = cases.load(caseId);
            requireVictim(c, personId, Permission.CARE_RECORD);
            if (partnerId != null && organisations.find(partnerId).isEmpty()) {
                throw new NotFoundException(new UserMessage("error.organisationNotFound"));
            }
            var consent = new org.shield.domain.care.CareConsent(caseId, personId, purpose, partnerId, givenOn, form,
                    witness, LocalDate.now(clock), user.userName(), clock.instant());
            care.add(consent);
            audit.append(user.userName(), AuditAction.Create, CONSENT, consent.getId(),
                    ChangeSet.diff(java.util.Map.of(), consent.auditState()).with("caseId", caseId)
                            .with("personId", personId));
            return consent(consent);
        });
    }

    /** Records the withdrawal of a consent; from that day on it no longer covers anything. */
    public ConsentDetails withdrawConsent(UUID consentId, long version, LocalDate day, String note)
            throws ApplicationException {
        tx.write(() -> {
            var consent = care.findConsent(consentId)
                    .orElseThrow(() -> new NotFoundException(new UserMessage("error.consentNotFound")));
            requireVictim(cases.load(consent.getCaseId()), consent.getPersonId(), Permission.CARE_RECORD);
            if (consent.getVersion() != version) {
                throw new ConflictException(new UserMessage("error.conflict"));
            }
            var before = consent.auditState();
            consent.withdraw(day, note, LocalDate.now(clock), user.userName(), clock.instant());
            audit.append(user.userName(), AuditAction.Update, CONSENT, consent.getId(),
                    ChangeSet.diff(before, consent.auditState()));
            return null;
        });
        // read again: the version moves on at commit, and the next edit must send the new one
        return tx.read(() -> consent(care.findConsent(consentId).orElseThrow()));
    }

    /** The person's consents in the case, oldest first, each saying whether it holds today. */
    public List<ConsentDetails> consents(UUID caseId, UUID personId) throws ApplicationException {
        return tx.read(() -> {
            requireVictim(cases.load(caseId), personId, Permission.CARE_VIEW);
            return care.consents(caseId, personId).stream().map(this::consent).toList();
        });
    }

    /**
     * True when the person's data in this case may be shared with this partner organisation today: a consent
     * for sharing with exactly that partner, given and not withdrawn. What exchanges data asks this first.
     */
    public boolean sharingAllowed(UUID caseId, UUID personId, UUID partnerId) throws ApplicationException {
        return tx.read(() -> {
            LocalDate today = LocalDate.now(clock);
            return care.consents(caseId, personId).stream().anyMatch(c -> c.getPurpose()
                    == org.shield.domain.care.ConsentPurpose.SharingWithPartner && partnerId.equals(c.getPartnerId())
                    && c.activeOn(today));
        });
    }

    private ConsentDetails consent(org.shield.domain.care.CareConsent c) {
        String partner = c.getPartnerId() == null ? null
                : organisations.find(c.getPartnerId()).map(o -> o.getName()).orElse(null);
        return new ConsentDetails(c.getId(), c.getPurpose(), c.getPartnerId(), partner, c.getGivenOn(), c.getForm(),
                c.getWitness(), c.getWithdrawnOn(), c.getWithdrawalNote(), c.activeOn(LocalDate.now(clock)),
                c.getVersion());
    }

    /** Adds a task or follow-up for a victim of the case, assigned to a user who may care for them. */
    public TaskSummary addTask(UUID caseId, UUID personId, String title, LocalDate dueOn, String assignee)
            throws ApplicationException {
        return tx.write(() -> {
            CaseFile c = cases.load(caseId);
            requireVictim(c, personId, Permission.CARE_RECORD);
            String who = assignee == null || assignee.isBlank() ? user.userName() : assignee.strip();
            var account = users.find(who).orElse(null);
            if (account == null || account.isDisabled()) {
                throw new ValidationException(new UserMessage("error.userUnknown", who));
            }
            var task = new org.shield.domain.care.CareTask(caseId, personId, title, dueOn, who, user.userName(),
                    clock.instant());
            care.add(task);
            audit.append(user.userName(), AuditAction.Create, TASK, task.getId(),
                    ChangeSet.diff(java.util.Map.of(), task.auditState()));
            return task(task, c);
        });
    }

    /** Marks a task done today. */
    public void completeTask(UUID taskId, long version) throws ApplicationException {
        tx.write(() -> {
            var task = care.findTask(taskId)
                    .orElseThrow(() -> new NotFoundException(new UserMessage("error.taskNotFound")));
            requireVictim(cases.load(task.getCaseId()), task.getPersonId(), Permission.CARE_RECORD);
            if (task.getVersion() != version) {
                throw new ConflictException(new UserMessage("error.conflict"));
            }
            var before = task.auditState();
            task.complete(LocalDate.now(clock), user.userName(), clock.instant());
            audit.append(user.userName(), AuditAction.Update, TASK, task.getId(),
                    ChangeSet.diff(before, task.auditState()));
            return null;
        });
    }

    /**
     * The user's open tasks by due date (only overdue ones if asked); for a supervisor, every open task of
     * their unit's cases. Tasks of victims the user may no longer see are left out.
     */
    public List<TaskSummary> tasks(boolean overdueOnly) throws ApplicationException {
        return tx.read(() -> {
            access.requireSome(Permission.CARE_VIEW, TASK);
            LocalDate today = LocalDate.now(clock);
            var open = access.holds(Permission.APPROVAL_DECIDE) ? care.openTasksInUnits(List.of(user.unitCode()))
                    : care.openTasksOf(user.userName());
            List<TaskSummary> out = new java.util.ArrayList<>();
            for (var t : open) {
                if (overdueOnly && !t.isOverdue(today)) {
                    continue;
                }
                CaseFile c = cases.load0(t.getCaseId());
                if (c != null && mayCareFor(c, t.getPersonId())) {
                    out.add(task(t, c));
                }
            }
            return out;
        });
    }

    /** The tasks of one victim in a case, open ones first by due date, then the done ones. */
    public List<TaskSummary> tasksOf(UUID caseId, UUID personId) throws ApplicationException {
        return tx.read(() -> {
            CaseFile c = cases.load(caseId);
            requireVictim(c, personId, Permission.CARE_VIEW);
            return care.tasksOf(caseId, personId).stream().map(t -> task(t, c)).toList();
        });
    }

    private boolean mayCareFor(CaseFile c, UUID personId) {
        return victims.may(c, personId, Permission.CARE_VIEW);
    }

    private TaskSummary task(org.shield.domain.care.CareTask t, CaseFile c) {
        String label = caseStore.parties(c.getId()).stream().filter(p -> p.personId().equals(t.getPersonId()))
                .map(p -> p.pseudonym() != null ? p.pseudonym() : p.personName()).findFirst().orElse(null);
        return new TaskSummary(t.getId(), c.getId(), c.getCaseNumber(), t.getPersonId(), label, t.getTitle(),
                t.getDueOn(), t.getAssignee(), t.getDoneOn(), t.isOverdue(LocalDate.now(clock)), t.getVersion());
    }

    /** The reflection period's length in the user's unit. */
    public int reflectionDays() throws ApplicationException {
        return tx.read(() -> reflectionDays(user.unitCode()));
    }

    /** A supervisor sets the reflection period's length for their unit (applies to every stay's count). */
    public void setReflectionDays(int days) throws ApplicationException {
        tx.write(() -> {
            access.requireSome(Permission.APPROVAL_DECIDE, "CarePolicy");
            CarePolicy p = care.policy(user.unitCode()).orElse(null);
            int before = p == null ? ReflectionPeriod.DEFAULT_DAYS : p.getReflectionDays();
            if (p == null) {
                p = new CarePolicy(user.unitCode(), days, user.userName(), clock.instant());
                care.add(p);
            } else {
                p.change(days, user.userName(), clock.instant());
            }
            audit.append(user.userName(), AuditAction.Update, "CarePolicy", p.getId(), new ChangeSet()
                    .with("unit", user.unitCode()).change("reflectionDays", before, days));
            return null;
        });
    }

    /** The case a stay, consent or task belongs to. Call inside a transaction. */
    public Optional<UUID> caseOf(UUID recordId) {
        return care.caseOf(recordId);
    }

    /** Ids of a case's stays, consents and tasks. Call inside a transaction. */
    public List<UUID> partsOf(UUID caseId) {
        return care.partIds(caseId);
    }

    private int reflectionDays(String unit) {
        return care.policy(unit).map(CarePolicy::getReflectionDays).orElse(ReflectionPeriod.DEFAULT_DAYS);
    }

    private StayDetails insert(CaseFile c, UUID personId, UUID shelterId, LocalDate day, String room, UUID from)
            throws ApplicationException {
        if (shelterId != null && organisations.find(shelterId).isEmpty()) {
            throw new NotFoundException(new UserMessage("error.organisationNotFound"));
        }
        ShelterStay s = new ShelterStay(c.getId(), personId, shelterId, day, room, from, LocalDate.now(clock),
                user.userName(), clock.instant());
        care.add(s);
        audit.append(user.userName(), AuditAction.Create, TYPE, s.getId(),
                ChangeSet.diff(java.util.Map.of(), s.auditState()));
        return details(s);
    }

    private ShelterStay loadStay(UUID id, long version) throws ApplicationException {
        ShelterStay s = care.findStay(id)
                .orElseThrow(() -> new NotFoundException(new UserMessage("error.stayNotFound")));
        requireVictim(cases.load(s.getCaseId()), s.getPersonId(), Permission.CARE_RECORD);
        if (s.getVersion() != version) {
            throw new ConflictException(new UserMessage("error.conflict"));
        }
        return s;
    }

    /** A victim or possible victim of the case, and for a caseworker one referred to them. */
    private void requireVictim(CaseFile c, UUID personId, Permission p) throws ApplicationException {
        victims.require(c, personId, p, TYPE);
    }

    private StayDetails details(ShelterStay s) {
        String name = organisations.find(s.getShelterId()).map(o -> o.getName()).orElse(null);
        return new StayDetails(s.getId(), s.getCaseId(), s.getPersonId(), s.getShelterId(), name, s.getAdmittedOn(),
                s.getRoom(), s.getLeftOn(), s.getDepartureReason(), s.getDepartureNote(), s.getTransferredFrom(),
                s.getVersion());
    }
}
