package org.shield.application.sync;

import java.time.Instant;

/**
 * A one-time code an HQ administrator gives a user to enrol one laptop: good once, until {@code expiresAt}.
 * HQ keeps only its hash. {@link #toString()} hides the code.
 */
public record EnrolmentCode(String code, String userName, String role, String unitCode, Instant expiresAt) {
    @Override
    public String toString() {
        return "EnrolmentCode[" + role + ", " + unitCode + ", until " + expiresAt + "]";
    }
}
