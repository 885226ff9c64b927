package org.shield.application.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.shield.application.party.OrganisationRepository;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;
import org.shield.domain.care.CareAssessment;
import org.shield.domain.care.CarePlan;
import org.shield.domain.care.CareServiceDelivery;
import org.shield.domain.casefile.CaseFile;
import org.shield.domain.security.Permission;

/**
 * Needs and risk assessments of a victim (append-only, history kept), care plans (HTCDS support plans:
 * created, revised while open with the loaded version, closed with the actual end date) and the services
 * delivered under an open plan. Who may act is {@link VictimAccess} with {@code CARE_VIEW}/{@code CARE_RECORD}:
 * the caseworker of a victim referred to them, and supervisors of the case's unit. Every write goes into the
 * audit trail and the case's record history, with handling fields only (no findings, objectives or notes).
 * Blocking; call from a worker thread.
 */
public final class CarePlanService {
    static final String ASSESSMENT = "CareAssessment";
    static final String PLAN = "CarePlan";
    static final String SERVICE = "CareServiceDelivery";

    private final TransactionRunner tx;
    private final CarePlanRepository plans;
    private final CaseService cases;
    private final OrganisationRepository organisations;
    private final AuditStore audit;
    private final CurrentUser user;
    private final Clock clock;
    private final VictimAccess victims;

    public CarePlanService(TransactionRunner tx, CarePlanRepository plans, CaseService cases, CaseRepository caseStore,
            OrganisationRepository organisations, AccessControl access, AuditStore audit, Clock clock) {
        this.tx = tx;
        this.plans = plans;
        this.cases = cases;
        this.organisations = organisations;
        this.audit = audit;
        this.user = access.user();
        this.clock = clock;
        this.victims = new VictimAccess(cases, caseStore, access);
    }

    /** Records a new assessment; earlier ones stay as they were. */
    public AssessmentDetails assess(RecordAssessmentCommand cmd) throws ApplicationException {
        return tx.write(() -> {
            CaseFile c = cases.load(cmd.caseId());
            victims.require(c, cmd.personId(), Permission.CARE_RECORD, ASSESSMENT);
            CareAssessment a = new CareAssessment(c.getId(), cmd.personId(), cmd.kind(), cmd.scope(), cmd.assessedOn(),
                    cmd.level(), cmd.findings(), today(), user.userName(), clock.instant());
            plans.add(a);
            audit.append(user.userName(), AuditAction.Create, ASSESSMENT, a.getId(),
                    ChangeSet.diff(Map.of(), a.auditState()));
            return assessment(a);
        });
    }

    /** The person's assessments in the case, newest first: the whole history. */
    public List<AssessmentDetails> assessments(UUID caseId, UUID personId) throws ApplicationException {
        return tx.read(() -> {
            victims.require(cases.load(caseId), personId, Permission.CARE_VIEW, ASSESSMENT);
            return plans.assessments(caseId, personId).stream().map(CarePlanService::assessment).toList();
        });
    }

    /** Starts a care plan for a victim of the case. */
    public PlanDetails createPlan(CreatePlanCommand cmd) throws ApplicationException {
        return tx.write(() -> {
            CaseFile c = cases.load(cmd.caseId());
            victims.require(c, cmd.personId(), Permission.CARE_RECORD, PLAN);
            CarePlan p = new CarePlan(c.getId(), cmd.personId(), cmd.type(), cmd.objectives(), cmd.actions(),
                    cmd.startedOn(), cmd.plannedEndOn(), user.userName(), clock.instant());
            plans.add(p);
            audit.append(user.userName(), AuditAction.Create, PLAN, p.getId(), ChangeSet.diff(Map.of(), p.auditState()));
            return plan(p);
        });
    }

    /** Revises an open plan; a stale version is a conflict, a closed plan a validation error. */
    public PlanDetails revisePlan(RevisePlanCommand cmd) throws ApplicationException {
        tx.write(() -> {
            CarePlan p = loadPlan(cmd.planId(), cmd.version());
            var before = p.auditState();
            String objectives = p.getObjectives();
            String actions = p.getActions();
            p.revise(cmd.type(), cmd.objectives(), cmd.actions(), cmd.plannedEndOn(), user.userName(), clock.instant());
            ChangeSet diff = ChangeSet.diff(before, p.auditState());
            // the texts themselves stay out of the trail; that they changed is recorded
            if (!objectives.equals(p.getObjectives()) || !java.util.Objects.equals(actions, p.getActions())) {
                diff = diff.with("textsRevised", true);
            }
            audit.append(user.userName(), AuditAction.Update, PLAN, p.getId(), diff);
            return null;
        });
        // read again: the version moves on at commit, and the next edit must send the new one
        return tx.read(() -> plan(plans.findPlan(cmd.planId()).orElseThrow()));
    }

    /** Closes an open plan on its actual end date (not before it started, not after today). */
    public PlanDetails closePlan(UUID planId, long version, LocalDate actualEndOn) throws ApplicationException {
        tx.write(() -> {
            CarePlan p = loadPlan(planId, version);
            var before = p.auditState();
            p.close(actualEndOn, today(), user.userName(), clock.instant());
            audit.append(user.userName(), AuditAction.Update, PLAN, p.getId(), ChangeSet.diff(before, p.auditState()));
            return null;
        });
        return tx.read(() -> plan(plans.findPlan(planId).orElseThrow()));
    }

    /** The person's plans in the case: open ones first, newest first. */
    public List<PlanDetails> plans(UUID caseId, UUID personId) throws ApplicationException {
        return tx.read(() -> {
            victims.require(cases.load(caseId), personId, Permission.CARE_VIEW, PLAN);
            return plans.plans(caseId, personId).stream().map(CarePlanService::plan).toList();
        });
    }

    /**
     * Records a service delivered under an open plan of the same victim, on or after the plan's start. The
     * provider organisation, if named, must be in the vault.
     */
    public ServiceDeliveryDetails recordService(RecordServiceCommand cmd) throws ApplicationException {
        return tx.write(() -> {
            CaseFile c = cases.load(cmd.caseId());
            victims.require(c, cmd.personId(), Permission.CARE_RECORD, SERVICE);
            CarePlan p = plans.findPlan(cmd.planId())
                    .orElseThrow(() -> new NotFoundException(new UserMessage("error.planNotFound")));
            if (cmd.providerId() != null && organisations.find(cmd.providerId()).isEmpty()) {
                throw new NotFoundException(new UserMessage("error.organisationNotFound"));
            }
            CareServiceDelivery s = new CareServiceDelivery(p, c.getId(), cmd.personId(), cmd.type(),
                    cmd.deliveredOn(), cmd.providedBy(), cmd.providerId(), cmd.note(), today(), user.userName(),
                    clock.instant());
            plans.add(s);
            audit.append(user.userName(), AuditAction.Create, SERVICE, s.getId(),
                    ChangeSet.diff(Map.of(), s.auditState()));
            return service(s);
        });
    }

    /** The services delivered under a plan, newest first. */
    public List<ServiceDeliveryDetails> services(UUID planId) throws ApplicationException {
        return tx.read(() -> {
            CarePlan p = plans.findPlan(planId)
                    .orElseThrow(() -> new NotFoundException(new UserMessage("error.planNotFound")));
            victims.require(cases.load(p.getCaseId()), p.getPersonId(), Permission.CARE_VIEW, SERVICE);
            return plans.services(planId).stream().map(this::service).toList();
        });
    }

    /** The case an assessment, plan or service belongs to. Call inside a transaction. */
    public Optional<UUID> caseOf(UUID recordId) {
        return plans.caseOf(recordId);
    }

    /** Ids of a case's assessments, plans and services. Call inside a transaction. */
    public List<UUID> partsOf(UUID caseId) {
        return plans.partIds(caseId);
    }

    private CarePlan loadPlan(UUID id, long version) throws ApplicationException {
        CarePlan p = plans.findPlan(id).orElseThrow(() -> new NotFoundException(new UserMessage("error.planNotFound")));
        victims.require(cases.load(p.getCaseId()), p.getPersonId(), Permission.CARE_RECORD, PLAN);
        if (p.getVersion() != version) {
            throw new ConflictException(new UserMessage("error.conflict"));
        }
        return p;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static AssessmentDetails assessment(CareAssessment a) {
        return new AssessmentDetails(a.getId(), a.getCaseId(), a.getPersonId(), a.getKind(), a.getScope(),
                a.getAssessedOn(), a.getLevel(), a.getFindings(), a.getAssessedBy(), a.getCreatedAt());
    }

    private static PlanDetails plan(CarePlan p) {
        return new PlanDetails(p.getId(), p.getCaseId(), p.getPersonId(), p.getType(), p.getObjectives(),
                p.getActions(), p.getStartedOn(), p.getPlannedEndOn(), p.getActualEndOn(), p.isOpen(), p.getVersion());
    }

    private ServiceDeliveryDetails service(CareServiceDelivery s) {
        String provider = s.getProviderId() == null ? null
                : organisations.find(s.getProviderId()).map(o -> o.getName()).orElse(null);
        return new ServiceDeliveryDetails(s.getId(), s.getPlanId(), s.getType(), s.getDeliveredOn(), s.getProvidedBy(),
                s.getProviderId(), provider, s.getNote(), s.getCreatedBy(), s.getCreatedAt());
    }
}
