package org.shield.domain.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * A decision that needs a supervisor: who asked, what for, why; then who decided, how and why. The
 * request is never edited: a returned request stays returned and a new one is made. A supervisor does
 * not decide their own request (four eyes).
 */
@Entity
@Table(name = "approval")
public class Approval extends BaseEntity {
    public static final int REASON_MAX = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private ApprovalKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ApprovalState state;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(name = "unit_code", nullable = false, length = 32)
    private String unitCode;

    @Column(name = "subject_id", updatable = false)
    private UUID subjectId;

    @Column(name = "requested_value", updatable = false, length = 60)
    private String requestedValue;

    @Column(name = "request_reason", nullable = false, updatable = false, length = REASON_MAX)
    private String requestReason;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = REASON_MAX)
    private String decisionReason;

    protected Approval() {
        // for JPA
    }

    /**
     * @param subjectId      the record the decision is about besides the case (the person for a suspect
     *                       designation), or null
     * @param requestedValue the value asked for (the closing status; the suspect's role in the process)
     */
    public Approval(ApprovalKind kind, UUID caseId, String unitCode, UUID subjectId, String requestedValue,
            String reason, String actor, Instant at) {
        super(actor, at);
        if (kind == null || caseId == null) {
            throw new IllegalArgumentException("kind and case required");
        }
        this.kind = kind;
        this.caseId = caseId;
        this.unitCode = Text.required(unitCode, "case.unit", 32);
        this.subjectId = subjectId;
        this.requestedValue = requestedValue;
        this.requestReason = Text.required(reason, "approval.reason", REASON_MAX);
        this.requestedBy = actor;
        this.requestedAt = at;
        this.state = ApprovalState.Pending;
    }

    public void approve(String supervisor, String note, Instant at) {
        decide(ApprovalState.Approved, supervisor, Text.optional(note, "approval.decisionReason", REASON_MAX), at);
    }

    /** Returns the request unapproved; the reason is required so the requester knows what to do. */
    public void giveBack(String supervisor, String reason, Instant at) {
        decide(ApprovalState.Returned, supervisor, Text.required(reason, "approval.decisionReason", REASON_MAX), at);
    }

    private void decide(ApprovalState outcome, String supervisor, String reason, Instant at) {
        ensureNotDeleted();
        if (state != ApprovalState.Pending) {
            throw new DomainRuleViolation("approval.alreadyDecided");
        }
        if (supervisor == null || supervisor.equals(requestedBy)) {
            throw new DomainRuleViolation("approval.ownRequest");
        }
        this.state = outcome;
        this.decidedBy = supervisor;
        this.decidedAt = at;
        this.decisionReason = reason;
        touch(supervisor, at);
    }

    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kind", kind.name());
        m.put("state", state.name());
        m.put("caseId", caseId.toString());
        m.put("subjectId", subjectId == null ? null : subjectId.toString());
        m.put("requestedValue", requestedValue);
        m.put("requestReason", requestReason);
        m.put("decidedBy", decidedBy);
        m.put("decisionReason", decisionReason);
        return m;
    }

    public ApprovalKind getKind() {
        return kind;
    }

    public ApprovalState getState() {
        return state;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public UUID getSubjectId() {
        return subjectId;
    }

    public String getRequestedValue() {
        return requestedValue;
    }

    public String getRequestReason() {
        return requestReason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
