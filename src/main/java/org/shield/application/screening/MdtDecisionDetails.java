package org.shield.application.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.shield.domain.approval.ApprovalState;
import org.shield.domain.screening.DecisionMakingOrg;
import org.shield.domain.screening.TraffickingStatus;

/** An MDT decision as recorded, with where its approval stands. */
public record MdtDecisionDetails(UUID id, UUID caseId, UUID personId, TraffickingStatus status,
        DecisionMakingOrg decidingOrgType, UUID decidingOrgId, LocalDate decidedOn, String membersPresent,
        String reasons, UUID screeningId, ApprovalState state, String recordedBy, Instant recordedAt) {
}
