package org.shield.domain.evidence;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * How an exhibit was obtained (REFERENCE §6): how and under which legal authority, by whom (name, role,
 * badge number), when (an instant plus the time zone it was recorded in), where, and with which tool.
 */
public record Acquisition(String obtainedHow, String legalAuthority, String collectedBy, String collectedByRole,
        String collectedByBadge, Instant collectedAt, String timeZone, String place, String tool, String toolVersion) {

    public Acquisition {
        obtainedHow = Text.optional(obtainedHow, "exhibit.obtainedHow", 500);
        legalAuthority = Text.optional(legalAuthority, "exhibit.legalAuthority", 500);
        collectedBy = Text.optional(collectedBy, "exhibit.collectedBy", 200);
        collectedByRole = Text.optional(collectedByRole, "exhibit.collectedByRole", 100);
        collectedByBadge = Text.optional(collectedByBadge, "exhibit.collectedByBadge", 50);
        timeZone = Text.optional(timeZone, "exhibit.timeZone", 60);
        if (timeZone != null) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                throw new DomainRuleViolation("exhibit.timeZone.invalid");
            }
        }
        place = Text.optional(place, "exhibit.place", 300);
        tool = Text.optional(tool, "exhibit.tool", 200);
        toolVersion = Text.optional(toolVersion, "exhibit.toolVersion", 100);
    }
}
