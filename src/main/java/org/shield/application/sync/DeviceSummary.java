package org.shield.application.sync;

import java.time.Instant;
import java.util.UUID;

/** A device as HQ's administrator sees it. Times are HQ's; {@code lastSeenAt} is null before its first contact. */
public record DeviceSummary(UUID id, String userName, String role, String unitCode, DeviceState state,
        Instant enrolledAt, Instant lastSeenAt, Instant markedLostAt, Instant shredReportedAt) {
}
