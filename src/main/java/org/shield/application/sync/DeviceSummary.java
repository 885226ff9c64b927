package org.shield.application.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * A device as HQ's administrator sees it. Times are HQ's; {@code lastSeenAt} is null before its first contact.
 * {@code storedSeq}: the highest of its change numbers HQ has stored; {@code clockOffsetMs}: how far its clock was
 * from HQ's at its last push (null before one), {@code clockFlagged} whether that was beyond the tolerance.
 */
public record DeviceSummary(UUID id, String userName, String role, String unitCode, DeviceState state,
        Instant enrolledAt, Instant lastSeenAt, Instant markedLostAt, Instant shredReportedAt, long storedSeq,
        Long clockOffsetMs, boolean clockFlagged) {
}
