package org.shield.application.approval;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shield.application.audit.AuditStore;
import org.shield.application.casefile.CaseService;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.party.PersonRepository;
import org.shield.application.access.AccessControl;
import org.shield.domain.approval.Approval;
import org.shield.domain.approval.ApprovalKind;
import org.shield.domain.approval.ApprovalState;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;
import org.shield.domain.casefile.CaseFile;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.RoleInProcess;
import org.shield.domain.party.Person;
import org.shield.domain.security.Permission;
import org.shield.domain.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decisions that need a supervisor: closing a case, and (the non-punishment guard) making a person who
 * is recorded as a victim a suspect. A request carries a written reason; the supervisor of the case's
 * unit approves it (and the action is carried out in the same transaction) or returns it with a
 * reason. Nobody decides their own request. Request, decision and reasons are all in the audit trail.
 * Later issues add kinds (MDT decision, countersignatures) to the same mechanism. Blocking.
 */
public final class ApprovalService {
    private static final Logger LOG = LoggerFactory.getLogger(ApprovalService.class);
    static final String TYPE = "Approval";

    private final TransactionRunner tx;
    private final ApprovalRepository approvals;
    private final CaseService cases;
    private final PersonRepository persons;
    private final AccessControl access;
    private final AuditStore audit;
    private final CurrentUser user;
    private final Clock clock;

    public ApprovalService(TransactionRunner tx, ApprovalRepository approvals, CaseService cases,
            PersonRepository persons, AccessControl access, AuditStore audit, Clock clock) {
        this.tx = tx;
        this.approvals = approvals;
        this.cases = cases;
        this.persons = persons;
        this.access = access;
        this.audit = audit;
        this.user = access.user();
        this.clock = clock;
    }

    private final java.util.Map<ApprovalKind, ApprovalOutcome> outcomes = new java.util.EnumMap<>(ApprovalKind.class);

    /** Registers what an approved or returned request of this kind does (wired once, at start). */
    public void handle(ApprovalKind kind, ApprovalOutcome outcome) {
        outcomes.put(kind, outcome);
    }

    /**
     * Files a request of a kind another feature owns (it has checked the requester's rights): a supervisor
     * of the case's unit decides it, and the registered outcome carries it out. One pending request per
     * case, kind and subject. Call inside the feature's transaction.
     */
    public ApprovalSummary request(ApprovalKind kind, UUID caseId, UUID subjectId, String requestedValue,
            String reason) throws ApplicationException {
        if (!outcomes.containsKey(kind)) {
            throw new IllegalStateException("no outcome registered for " + kind);
        }
        return tx.write(() -> {
            CaseFile c = cases.load(caseId);
            if (hasPending(caseId, kind, subjectId)) {
                throw new ValidationException(new UserMessage("approval.alreadyPending"));
            }
            Approval a = new Approval(kind, caseId, c.getUnitCode(), subjectId, requestedValue, reason,
                    user.userName(), clock.instant());
            approvals.add(a);
            audit.append(user.userName(), AuditAction.ApprovalRequested, TYPE, a.getId(),
                    ChangeSet.diff(Map.of(), a.auditState()));
            LOG.info("approval requested kind={} approval={}", kind, a.getId());
            return summary(a, c);
        });
    }

    /** Asks a supervisor to close the case with this status; the reason becomes the closure reason. */
    public ApprovalSummary requestClosure(UUID caseId, CaseStatus status, String reason) throws ApplicationException {
        if (status != CaseStatus.Closed && status != CaseStatus.ClosedReferred) {
            throw new ValidationException(new UserMessage("approval.closure.statusRequired"));
        }
        return tx.write(() -> {
            CaseFile c = cases.load(caseId);
            access.require(Permission.CASE_REQUEST_CLOSURE, cases.relation(c), "CaseFile", caseId);
            if (c.isClosed()) {
                throw new ValidationException(new UserMessage("approval.closure.alreadyClosed"));
            }
            if (hasPending(caseId, ApprovalKind.CaseClosure, null)) {
                throw new ValidationException(new UserMessage("approval.alreadyPending"));
            }
            Approval a = new Approval(ApprovalKind.CaseClosure, caseId, c.getUnitCode(), null, status.name(), reason,
                    user.userName(), clock.instant());
            approvals.add(a);
            audit.append(user.userName(), AuditAction.ApprovalRequested, TYPE, a.getId(),
                    ChangeSet.diff(Map.of(), a.auditState()));
            LOG.info("closure requested approval={}", a.getId());
            return summary(a, c);
        });
    }

    /**
     * The non-punishment guard's request: make a person recorded as a (possible) victim a suspect in this
     * case. The written reason is required; nothing changes until a supervisor approves.
     */
    public ApprovalSummary requestSuspectDesignation(UUID caseId, UUID personId, RoleInProcess roleInProcess,
            String reason) throws ApplicationException {
        return tx.write(() -> {
            CaseFile c = cases.load(caseId);
            access.require(Permission.PARTY_ADD, cases.relation(c), "CaseFile", caseId);
            persons.find(personId).orElseThrow(() -> new NotFoundException(new UserMessage("error.personNotFound")));
            if (hasPending(caseId, ApprovalKind.SuspectDesignation, personId)) {
                throw new ValidationException(new UserMessage("approval.alreadyPending"));
            }
            Approval a = new Approval(ApprovalKind.SuspectDesignation, caseId, c.getUnitCode(), personId,
                    roleInProcess == null ? null : roleInProcess.name(), reason, user.userName(), clock.instant());
            approvals.add(a);
            audit.append(user.userName(), AuditAction.ApprovalRequested, TYPE, a.getId(),
                    ChangeSet.diff(Map.of(), a.auditState()));
            LOG.info("suspect designation requested approval={}", a.getId());
            return summary(a, c);
        });
    }

    /** Pending requests of the supervisor's unit, oldest first: the list shown on opening the app. */
    public List<ApprovalSummary> pending() throws ApplicationException {
        return tx.read(() -> {
            access.requireSome(Permission.APPROVAL_DECIDE, TYPE);
            return approvals.pending(Set.of(user.unitCode())).stream()
                    .filter(a -> access.can(Permission.APPROVAL_DECIDE, cases.relation(a.getCaseId())))
                    .map(this::summary).toList();
        });
    }

    /** How many requests wait for this user's decision (0 for a user who decides none). */
    public int pendingCount() throws ApplicationException {
        if (!access.holds(Permission.APPROVAL_DECIDE)) {
            return 0;
        }
        return pending().size();
    }

    /** The user's own requests and what became of them, newest first. */
    public List<ApprovalSummary> mine() throws ApplicationException {
        return tx.read(() -> approvals.requestedBy(user.userName(), 100).stream().map(this::summary).toList());
    }

    /** Requests about one case (for its overview), newest first. */
    public List<ApprovalSummary> ofCase(UUID caseId) throws ApplicationException {
        return tx.read(() -> {
            CaseFile c = cases.load(caseId);
            // requests carry reasons about suspects and the investigation: not for caseworkers
            access.require(Permission.CASE_READ_INVESTIGATION, cases.relation(c), "CaseFile", caseId);
            return approvals.ofCase(caseId).stream().map(a -> summary(a, c)).toList();
        });
    }

    /** Approves and carries out the request in one transaction. */
    public ApprovalSummary approve(UUID id, long version, String note) throws ApplicationException {
        return tx.write(() -> {
            Approval a = loadForDecision(id, version);
            a.approve(user.userName(), note, clock.instant());
            CaseFile c = cases.load(a.getCaseId());
            switch (a.getKind()) {
                case CaseClosure -> {
                    if (!c.isClosed()) {
                        Map<String, String> before = c.auditState();
                        c.changeStatus(CaseStatus.valueOf(a.getRequestedValue()), a.getRequestReason(),
                                LocalDate.now(clock));
                        cases.recordUpdate(c, before);
                    }
                }
                case SuspectDesignation -> cases.addApprovedParty(a);
                default -> outcome(a).approved(a);
            }
            audit.append(user.userName(), AuditAction.ApprovalGranted, TYPE, a.getId(),
                    new ChangeSet().with("kind", a.getKind()).with("caseId", a.getCaseId())
                            .with("requestedBy", a.getRequestedBy()).with("decisionReason", note));
            LOG.info("approval granted approval={}", id);
            return summary(a, c);
        });
    }

    /** Returns the request with a reason; nothing is done. */
    public ApprovalSummary giveBack(UUID id, long version, String reason) throws ApplicationException {
        return tx.write(() -> {
            Approval a = loadForDecision(id, version);
            a.giveBack(user.userName(), reason, clock.instant());
            if (outcomes.containsKey(a.getKind())) {
                outcomes.get(a.getKind()).returned(a);
            }
            audit.append(user.userName(), AuditAction.ApprovalReturned, TYPE, a.getId(),
                    new ChangeSet().with("kind", a.getKind()).with("caseId", a.getCaseId())
                            .with("requestedBy", a.getRequestedBy()).with("decisionReason", reason));
            LOG.info("approval returned approval={}", id);
            return summary(a, cases.load(a.getCaseId()));
        });
    }

    private Approval loadForDecision(UUID id, long version) throws ApplicationException {
        Approval a = approvals.find(id)
                .orElseThrow(() -> new NotFoundException(new UserMessage("error.approvalNotFound")));
        access.require(Permission.APPROVAL_DECIDE, cases.relation(a.getCaseId()), TYPE, id);
        if (a.getVersion() != version) {
            throw new ConflictException(new UserMessage("error.conflict"));
        }
        if (a.getState() != ApprovalState.Pending) {
            throw new ValidationException(new UserMessage("approval.alreadyDecided"));
        }
        if (a.getRequestedBy().equals(user.userName())) {
            throw new ValidationException(new UserMessage("approval.ownRequest"));
        }
        return a;
    }

    private ApprovalOutcome outcome(Approval a) {
        ApprovalOutcome o = outcomes.get(a.getKind());
        if (o == null) {
            throw new IllegalStateException("unknown approval kind");
        }
        return o;
    }

    private boolean hasPending(UUID caseId, ApprovalKind kind, UUID subject) {
        return approvals.ofCase(caseId).stream().anyMatch(a -> a.getKind() == kind
                && a.getState() == ApprovalState.Pending && java.util.Objects.equals(a.getSubjectId(), subject));
    }

    private ApprovalSummary summary(Approval a) {
        return summary(a, cases.load0(a.getCaseId()));
    }

    private ApprovalSummary summary(Approval a, CaseFile c) {
        String subject = a.getSubjectId() == null ? null
                : persons.find(a.getSubjectId()).map(p -> p.isProtected() ? p.getPseudonym() : p.displayName())
                        .orElse(null);
        return new ApprovalSummary(a.getId(), a.getVersion(), a.getKind(), a.getState(), a.getCaseId(),
                c == null ? null : c.getCaseNumber(), subject, a.getRequestedValue(), a.getRequestReason(),
                a.getRequestedBy(), a.getRequestedAt(), a.getDecidedBy(), a.getDecidedAt(), a.getDecisionReason());
    }

    /** True if the user is a supervisor at all (for showing the approvals screen). */
    public boolean decides() {
        return user.has(Role.Supervisor);
    }
}
