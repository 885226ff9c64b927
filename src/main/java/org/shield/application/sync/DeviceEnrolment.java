package org.shield.application.sync;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * This vault's enrolment at HQ, kept inside the encrypted vault: where HQ is, the device id and its bearer token,
 * who the device syncs as, and over https the SHA-256 fingerprint of HQ's certificate pinned at enrolment (null
 * over http). {@link #toString()} hides the token.
 */
public record DeviceEnrolment(URI hq, UUID deviceId, String token, String userName, String role, String unitCode,
        Instant enrolledAt, String pin) {
    @Override
    public String toString() {
        return "DeviceEnrolment[" + deviceId + "]";
    }
}
