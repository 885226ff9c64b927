package org.shield.domain.care;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The reflection and recovery period (REFERENCE §2): it starts on the day of the first shelter admission
 * in the case and lasts {@code days} calendar days, that day included, so 15 days from 25 January end on
 * 8 February. Dates are calendar days where the shelter is: "today" comes from the caller's clock and zone.
 */
public record ReflectionPeriod(LocalDate start, int days) {
    public static final int DEFAULT_DAYS = 15;
    /** The caseworker is reminded when this many days or fewer are left. */
    public static final int REMIND_WHEN_DAYS_LEFT = 3;

    public ReflectionPeriod {
        if (start == null || days < 1 || days > 365) {
            throw new IllegalArgumentException("a start and 1 to 365 days");
        }
    }

    /** The last day of the period (inclusive). */
    public LocalDate lastDay() {
        return start.plusDays(days - 1L);
    }

    /** Days left counting today; 0 once the period is over, {@code days} before it starts. */
    public int daysLeft(LocalDate today) {
        if (today.isBefore(start)) {
            return days;
        }
        long left = ChronoUnit.DAYS.between(today, lastDay()) + 1;
        return (int) Math.max(0, left);
    }

    public boolean isOver(LocalDate today) {
        return today.isAfter(lastDay());
    }

    /** True from {@link #REMIND_WHEN_DAYS_LEFT} days before the end until it is over. */
    public boolean remindNow(LocalDate today) {
        int left = daysLeft(today);
        return left > 0 && left <= REMIND_WHEN_DAYS_LEFT && !today.isBefore(start);
    }
}
