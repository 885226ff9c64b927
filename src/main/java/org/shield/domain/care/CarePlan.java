package org.shield.domain.care;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * A care plan of a victim in a case (HTCDS support plan: {@code spl_Type}, {@code spl_Objectives},
 * {@code spl_ActionPlan}, {@code spl_PlannedEndDate}, {@code spl_ActualEndDate}). It is open from the day it
 * starts until it is closed with its actual end date; an open plan may be revised, a closed one not.
 * Services are recorded against an open plan only ({@link CareServiceDelivery}).
 */
@Entity
@Table(name = "care_plan")
public class CarePlan extends BaseEntity {
    public static final int TEXT_MAX = 4_000;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "plan_type", nullable = false, length = 40)
    private SupportPlanType type;
    @Column(name = "objectives", nullable = false, length = TEXT_MAX)
    private String objectives;
    @Column(name = "actions", length = TEXT_MAX)
    private String actions;
    @Column(name = "started_on", nullable = false, updatable = false)
    private LocalDate startedOn;
    @Column(name = "planned_end_on")
    private LocalDate plannedEndOn;
    @Column(name = "actual_end_on")
    private LocalDate actualEndOn;

    protected CarePlan() {
        // for JPA
    }

    public CarePlan(UUID caseId, UUID personId, SupportPlanType type, String objectives, String actions,
            LocalDate startedOn, LocalDate plannedEndOn, String actor, Instant at) {
        super(actor, at);
        if (caseId == null || personId == null) {
            throw new IllegalArgumentException("case and person required");
        }
        if (startedOn == null) {
            throw new DomainRuleViolation("plan.startedOn.required");
        }
        this.caseId = caseId;
        this.personId = personId;
        this.startedOn = startedOn;
        set(type, objectives, actions, plannedEndOn);
    }

    /** Changes what the open plan says; a closed plan is kept as it ended. */
    public void revise(SupportPlanType newType, String newObjectives, String newActions, LocalDate newPlannedEnd,
            String actor, Instant at) {
        requireOpen();
        touch(actor, at);
        set(newType, newObjectives, newActions, newPlannedEnd);
    }

    /** Ends the plan on {@code actualEnd}: not before it started, not after today. */
    public void close(LocalDate actualEnd, LocalDate today, String actor, Instant at) {
        requireOpen();
        if (actualEnd == null) {
            throw new DomainRuleViolation("plan.actualEndOn.required");
        }
        if (actualEnd.isBefore(startedOn)) {
            throw new DomainRuleViolation("plan.endBeforeStart");
        }
        if (today != null && actualEnd.isAfter(today)) {
            throw new DomainRuleViolation("plan.actualEndOn.future");
        }
        touch(actor, at);
        this.actualEndOn = actualEnd;
    }

    public boolean isOpen() {
        return actualEndOn == null;
    }

    /** True if this plan is for the person in the case. */
    public boolean isFor(UUID caseId, UUID personId) {
        return this.caseId.equals(caseId) && this.personId.equals(personId);
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new DomainRuleViolation("plan.closed");
        }
    }

    private void set(SupportPlanType newType, String newObjectives, String newActions, LocalDate newPlannedEnd) {
        if (newType == null) {
            throw new DomainRuleViolation("plan.type.required");
        }
        if (newPlannedEnd != null && newPlannedEnd.isBefore(startedOn)) {
            throw new DomainRuleViolation("plan.endBeforeStart");
        }
        String o = Text.required(newObjectives, "plan.objectives", TEXT_MAX);
        String a = Text.optional(newActions, "plan.actions", TEXT_MAX);
        this.type = newType;
        this.objectives = o;
        this.actions = a;
        this.plannedEndOn = newPlannedEnd;
    }

    /**
     * What the record history keeps: type and dates, never the objectives and actions: those are caseworkers'
     * content, and a case's history is read by its team (investigators included).
     */
    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("caseId", caseId.toString());
        m.put("personId", personId.toString());
        m.put("type", type.name());
        m.put("startedOn", startedOn.toString());
        m.put("plannedEndOn", plannedEndOn == null ? null : plannedEndOn.toString());
        m.put("actualEndOn", actualEndOn == null ? null : actualEndOn.toString());
        return m;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public SupportPlanType getType() {
        return type;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getActions() {
        return actions;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getPlannedEndOn() {
        return plannedEndOn;
    }

    public LocalDate getActualEndOn() {
        return actualEndOn;
    }
}
