package org.shield.application.care;

import java.time.LocalDate;

/**
 * Where a victim stands in the reflection period: it started on {@code start} (the first admission in the
 * case) and lasts {@code days}; {@code daysLeft} counts today; {@code remind} is true in its last days.
 */
public record ReflectionStatus(LocalDate start, int days, LocalDate lastDay, int daysLeft, boolean over,
        boolean remind) {
}
