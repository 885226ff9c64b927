package org.shield.application.sync;

import java.util.UUID;

/**
 * HQ's answer to an enrolment: the device's id and its bearer token (HQ keeps only the token's hash), and who
 * the device syncs as. {@link #toString()} hides the token.
 */
public record Enrolment(UUID deviceId, String token, String userName, String role, String unitCode) {
    @Override
    public String toString() {
        return "Enrolment[" + deviceId + "]";
    }
}
