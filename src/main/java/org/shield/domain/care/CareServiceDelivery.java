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
 * A service delivered to a victim under one of their care plans: what, on which day, by whom (a name or role
 * as text) and, optionally, by which provider organisation. Recorded only against an open plan of the same
 * victim, and not before the plan started. Append-only.
 */
@Entity
@Table(name = "care_service_delivery")
public class CareServiceDelivery extends BaseEntity {
    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false, updatable = false, length = 30)
    private ServiceType type;
    @Column(name = "delivered_on", nullable = false, updatable = false)
    private LocalDate deliveredOn;
    @Column(name = "provided_by", nullable = false, updatable = false, length = 200)
    private String providedBy;
    @Column(name = "provider_id", updatable = false)
    private UUID providerId;
    @Column(name = "note", updatable = false, length = 2000)
    private String note;

    protected CareServiceDelivery() {
        // for JPA
    }

    public CareServiceDelivery(CarePlan plan, UUID caseId, UUID personId, ServiceType type, LocalDate deliveredOn,
            String providedBy, UUID providerId, String note, LocalDate today, String actor, Instant at) {
        super(actor, at);
        if (plan == null) {
            throw new IllegalArgumentException("plan required");
        }
        if (!plan.isFor(caseId, personId)) {
            throw new DomainRuleViolation("service.otherVictimsPlan");
        }
        if (!plan.isOpen()) {
            throw new DomainRuleViolation("service.planClosed");
        }
        if (type == null) {
            throw new DomainRuleViolation("service.type.required");
        }
        if (deliveredOn == null) {
            throw new DomainRuleViolation("service.deliveredOn.required");
        }
        if (deliveredOn.isBefore(plan.getStartedOn())) {
            throw new DomainRuleViolation("service.beforePlanStart");
        }
        if (today != null && deliveredOn.isAfter(today)) {
            throw new DomainRuleViolation("service.deliveredOn.future");
        }
        this.planId = plan.getId();
        this.caseId = caseId;
        this.personId = personId;
        this.type = type;
        this.deliveredOn = deliveredOn;
        this.providedBy = Text.required(providedBy, "service.providedBy", 200);
        this.providerId = providerId;
        this.note = Text.optional(note, "service.note", 2000);
    }

    /** Append-only: a wrong entry is corrected by a new one. */
    @Override
    public void touch(String actor, Instant at) {
        throw new DomainRuleViolation("service.appendOnly");
    }

    /** What the record history keeps: the handling fields, never the note. */
    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("planId", planId.toString());
        m.put("caseId", caseId.toString());
        m.put("personId", personId.toString());
        m.put("type", type.name());
        m.put("deliveredOn", deliveredOn.toString());
        m.put("providerId", providerId == null ? null : providerId.toString());
        return m;
    }

    public UUID getPlanId() {
        return planId;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public ServiceType getType() {
        return type;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public String getProvidedBy() {
        return providedBy;
    }

    public UUID getProviderId() {
        return providerId;
    }

    public String getNote() {
        return note;
    }
}
