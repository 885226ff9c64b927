package org.shield.application.approval;

import java.time.Instant;
import java.util.UUID;
import org.shield.domain.approval.ApprovalKind;
import org.shield.domain.approval.ApprovalState;

/**
 * A request for a supervisor's decision, as lists show it. {@code subjectLabel} is the pseudonym of the
 * person a suspect designation is about (never their name).
 */
public record ApprovalSummary(UUID id, long version, ApprovalKind kind, ApprovalState state, UUID caseId,
        String caseNumber, String subjectLabel, String requestedValue, String requestReason, String requestedBy,
        Instant requestedAt, String decidedBy, Instant decidedAt, String decisionReason) {
    @Override
    public String toString() {
        return "ApprovalSummary[" + id + " " + kind + " " + state + "]";
    }
}
