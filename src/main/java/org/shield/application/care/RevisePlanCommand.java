package org.shield.application.care;

import java.time.LocalDate;
import java.util.UUID;
import org.shield.domain.care.SupportPlanType;

/** Revises an open care plan; {@code version} is the one that was loaded (a stale one is a conflict). */
public record RevisePlanCommand(UUID planId, long version, SupportPlanType type, String objectives, String actions,
        LocalDate plannedEndOn) {
}
