package org.shield.application.care;

import java.time.LocalDate;
import java.util.UUID;
import org.shield.domain.care.SupportPlanType;

/** A care plan as screens show it; {@code version} is what a revision or closing must send back. */
public record PlanDetails(UUID id, UUID caseId, UUID personId, SupportPlanType type, String objectives,
        String actions, LocalDate startedOn, LocalDate plannedEndOn, LocalDate actualEndOn, boolean open,
        long version) {
}
