package org.shield.application.repatriation;

import java.time.LocalDate;
import java.util.UUID;
import org.shield.domain.repatriation.RepatriationStatus;
import org.shield.domain.repatriation.ReturnPlan;

/**
 * A return as it stands: the plan, the receiving organisation's name (from the vault or as typed), the
 * handover once done, and whether the person was trafficked again afterwards.
 */
public record RepatriationDetails(UUID id, UUID caseId, UUID personId, RepatriationStatus status, ReturnPlan plan,
        String receivingOrganisation, LocalDate handedOverOn, String handoverPlace, String handedOverBy,
        String handedOverTo, String cancelReason, boolean reTrafficked, LocalDate reTraffickedOn, long version) {
}
