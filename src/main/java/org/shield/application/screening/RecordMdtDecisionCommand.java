package org.shield.application.screening;

import java.time.LocalDate;
import java.util.UUID;
import org.shield.domain.screening.DecisionMakingOrg;
import org.shield.domain.screening.TraffickingStatus;

/** The MDT's identification decision about a victim or possible victim of the case, to be approved. */
public record RecordMdtDecisionCommand(UUID caseId, UUID personId, TraffickingStatus status,
        DecisionMakingOrg decidingOrgType, UUID decidingOrgId, LocalDate decidedOn, String membersPresent,
        String reasons, UUID screeningId) {
}
