package org.shield.application.sync;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * Where this laptop stands with HQ: its enrolment (null fields if not enrolled), the changes waiting to be sent,
 * the last successful sync (null: never), the open conflicts, and what HQ said at this contact ({@code hqState}:
 * a {@link DeviceState} name, {@code Unreachable}, {@code Refused}, or {@code NotEnrolled}).
 */
public record SyncStatus(boolean enrolled, URI hq, UUID deviceId, String userName, String role, String unitCode,
        long pending, Instant lastSync, int conflicts, String hqState) {
}
