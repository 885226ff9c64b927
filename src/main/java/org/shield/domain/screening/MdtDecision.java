package org.shield.domain.screening;

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
import org.shield.domain.approval.ApprovalState;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * The multidisciplinary team's identification decision about a person in a case (REFERENCE §2–3): the
 * HTCDS trafficking status, the deciding organisation, the date, the members present and the reasons,
 * and the screening it weighed. It takes effect only when a supervisor approves it through the approvals
 * mechanism; until then it is pending, and a returned decision stays on record with its state. Decisions
 * are never edited: a new decision replaces an earlier one as the person's current status.
 */
@Entity
@Table(name = "mdt_decision")
public class MdtDecision extends BaseEntity {
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, updatable = false, length = 40)
    private TraffickingStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "deciding_org_type", nullable = false, updatable = false, length = 40)
    private DecisionMakingOrg decidingOrgType;
    @Column(name = "deciding_org_id", updatable = false)
    private UUID decidingOrgId;
    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;
    @Column(name = "members_present", nullable = false, updatable = false, length = 1000)
    private String membersPresent;
    @Column(name = "reasons", nullable = false, updatable = false, length = 2000)
    private String reasons;
    @Column(name = "screening_id", updatable = false)
    private UUID screeningId;
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ApprovalState state;

    protected MdtDecision() {
        // for JPA
    }

    public MdtDecision(UUID caseId, UUID personId, TraffickingStatus status, DecisionMakingOrg decidingOrgType,
            UUID decidingOrgId, LocalDate decidedOn, String membersPresent, String reasons, UUID screeningId,
            LocalDate today, String actor, Instant at) {
        super(actor, at);
        if (caseId == null || personId == null) {
            throw new IllegalArgumentException("case and person required");
        }
        if (status == null) {
            throw new DomainRuleViolation("mdt.status.required");
        }
        if (decidingOrgType == null) {
            throw new DomainRuleViolation("mdt.decidingOrg.required");
        }
        if (decidedOn == null) {
            throw new DomainRuleViolation("mdt.decidedOn.required");
        }
        if (decidedOn.isAfter(today)) {
            throw new DomainRuleViolation("mdt.decidedOn.future");
        }
        this.caseId = caseId;
        this.personId = personId;
        this.status = status;
        this.decidingOrgType = decidingOrgType;
        this.decidingOrgId = decidingOrgId;
        this.decidedOn = decidedOn;
        this.membersPresent = Text.required(membersPresent, "mdt.membersPresent", 1000);
        this.reasons = Text.required(reasons, "mdt.reasons", 2000); // also the approval request's reason
        this.screeningId = screeningId;
        this.state = ApprovalState.Pending;
    }

    /** The supervisor's decision on it, carried over from the approval. */
    public void decided(boolean approved, String actor, Instant at) {
        if (state != ApprovalState.Pending) {
            throw new DomainRuleViolation("approval.alreadyDecided");
        }
        touch(actor, at);
        this.state = approved ? ApprovalState.Approved : ApprovalState.Returned;
    }

    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("caseId", caseId.toString());
        m.put("personId", personId.toString());
        m.put("status", status.name());
        m.put("decidingOrgType", decidingOrgType.name());
        m.put("decidingOrgId", decidingOrgId == null ? null : decidingOrgId.toString());
        m.put("decidedOn", decidedOn.toString());
        m.put("membersPresent", membersPresent);
        m.put("reasons", reasons);
        m.put("screeningId", screeningId == null ? null : screeningId.toString());
        m.put("state", state.name());
        return m;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public TraffickingStatus getStatus() {
        return status;
    }

    public DecisionMakingOrg getDecidingOrgType() {
        return decidingOrgType;
    }

    public UUID getDecidingOrgId() {
        return decidingOrgId;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getMembersPresent() {
        return membersPresent;
    }

    public String getReasons() {
        return reasons;
    }

    public UUID getScreeningId() {
        return screeningId;
    }

    public ApprovalState getState() {
        return state;
    }
}
