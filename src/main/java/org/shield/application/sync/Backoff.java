package org.shield.application.sync;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently a sync retries a request that met a network failure: at most {@code attempts} tries,
 * waiting {@code first}, then twice as long each time up to {@code max}, each wait shortened by up to a half at
 * random so that many laptops do not retry in step. After the last try the sync stops; nothing is dropped, the
 * changes stay in the outbox for the next sync.
 */
public record Backoff(int attempts, Duration first, Duration max) {
    /** Waits; interruptible. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    public static final Backoff DEFAULT = new Backoff(5, Duration.ofSeconds(1), Duration.ofSeconds(30));

    public Backoff {
        if (attempts < 1 || first.isNegative() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("attempts >= 1, 0 <= first <= max");
        }
    }

    /** The wait before try {@code n + 1} after {@code n} failed ones (n from 1). */
    public Duration delay(int n) {
        long ms = first.toMillis() << Math.min(n - 1, 20);
        ms = Math.min(ms, max.toMillis());
        return Duration.ofMillis(ms - ThreadLocalRandom.current().nextLong(ms / 2 + 1));
    }
}
