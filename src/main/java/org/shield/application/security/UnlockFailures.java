package org.shield.application.security;

import java.time.Duration;
import java.time.Instant;

/**
 * Consecutive failed unlocks of a vault. After {@link #FREE_TRIES} failures each further try waits
 * twice as long as the one before (1 s, 2 s, 4 s … up to {@link #MAX_DELAY}). Counted per vault, not per
 * user name, so the delay tells nothing about which names exist.
 */
public record UnlockFailures(int count, Instant last) {
    public static final int FREE_TRIES = 3;
    public static final Duration MAX_DELAY = Duration.ofMinutes(5);
    public static final UnlockFailures NONE = new UnlockFailures(0, null);

    public Duration delay() {
        if (count < FREE_TRIES) {
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(20, count - FREE_TRIES);
        return seconds > MAX_DELAY.toSeconds() ? MAX_DELAY : Duration.ofSeconds(seconds);
    }

    /** Seconds to wait before the next try is accepted (0 when it may go now). */
    public long secondsToWait(Instant now) {
        if (last == null) {
            return 0;
        }
        Instant allowed = last.plus(delay());
        return now.isBefore(allowed) ? Math.max(1, Duration.between(now, allowed).toSeconds()) : 0;
    }

    public UnlockFailures plusOne(Instant at) {
        return new UnlockFailures(count + 1, at);
    }
}
