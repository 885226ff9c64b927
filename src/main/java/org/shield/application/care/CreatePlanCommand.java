package org.shield.application.care;

import java.time.LocalDate;
import java.util.UUID;
import org.shield.domain.care.SupportPlanType;

/** Starts a care plan for a victim in a case. */
public record CreatePlanCommand(UUID caseId, UUID personId, SupportPlanType type, String objectives, String actions,
        LocalDate startedOn, LocalDate plannedEndOn) {
}
