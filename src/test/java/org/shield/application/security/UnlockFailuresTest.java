package org.shield.application.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnlockFailuresTest {
    private static final Instant T = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void firstFailuresCostNothing() {
        assertThat(new UnlockFailures(2, T).secondsToWait(T)).isZero();
    }

    @Test
    void delayDoublesAfterTheFreeTriesUpToTheCap() {
        assertThat(new UnlockFailures(3, T).delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(new UnlockFailures(4, T).delay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(new UnlockFailures(6, T).delay()).isEqualTo(Duration.ofSeconds(8));
        assertThat(new UnlockFailures(40, T).delay()).isEqualTo(UnlockFailures.MAX_DELAY);
    }

    @Test
    void waitShrinksAsTimePasses() {
        UnlockFailures f = new UnlockFailures(6, T);
        assertThat(f.secondsToWait(T.plusSeconds(3))).isEqualTo(5);
        assertThat(f.secondsToWait(T.plusSeconds(8))).isZero();
    }
}
