package org.shield.domain.repatriation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * When the follow-ups after a return are due, and whether one is due or overdue today. Pure functions.
 *
 * <p>A follow-up is due N calendar months after the handover day; when that month is shorter, on its last
 * day (31 January + 1 month is 28 or 29 February; 30 November + 3 months is 28 February, or 29 in a leap
 * year; 29 February + 12 months is 28 February). "Today" is the calendar day in Thailand, whatever zone the
 * laptop or the clock is in: 2026-12-31T17:30Z is already 1 January 2027 in Bangkok.
 */
public final class FollowUpSchedule {
    /** Where the caseworkers work: days are judged on this zone's calendar. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");
    /** Follow-ups at 3, 6 and 12 months after the handover. */
    public static final List<Integer> MONTHS = List.of(3, 6, 12);

    private FollowUpSchedule() {
    }

    /** The handover day plus {@code months} calendar months, clamped to the last day of a shorter month. */
    public static LocalDate dueOn(LocalDate handover, int months) {
        if (handover == null || months < 1) {
            throw new IllegalArgumentException("a handover day and at least one month");
        }
        // plusMonths keeps the day of month where it exists and otherwise takes the month's last day
        return handover.plusMonths(months);
    }

    /** Today's date in Bangkok by this clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** Not done and due today or earlier (Bangkok's calendar). */
    public static boolean isDue(LocalDate dueOn, LocalDate doneOn, Clock clock) {
        return doneOn == null && !dueOn.isAfter(today(clock));
    }

    /** Not done and due before today (Bangkok's calendar). */
    public static boolean isOverdue(LocalDate dueOn, LocalDate doneOn, Clock clock) {
        return doneOn == null && dueOn.isBefore(today(clock));
    }
}
