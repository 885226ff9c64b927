package org.shield.ui.common;

import java.time.Duration;

/**
 * Calls back at a fixed period on the JavaFX thread (countdowns, idle checks). View models get it
 * injected so tests can drive time by hand.
 */
@FunctionalInterface
public interface Ticker {
    /** Starts calling {@code tick} every {@code period}; the returned action stops it. */
    Runnable every(Duration period, Runnable tick);
}
