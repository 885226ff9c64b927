package org.shield.domain.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FollowUpScheduleTest {

    @ParameterizedTest(name = "{0} + {1} months = {2}")
    @CsvSource({
            // plain
            "2026-03-15, 3, 2026-06-15",
            "2026-03-15, 6, 2026-09-15",
            "2026-03-15, 12, 2027-03-15",
            // month ends: clamped to the last day of a shorter month
            "2027-01-31, 1, 2027-02-28",
            "2028-01-31, 1, 2028-02-29",
            "2027-01-31, 3, 2027-04-30",
            "2027-01-31, 6, 2027-07-31",
            "2026-08-29, 6, 2027-02-28",
            "2026-08-30, 6, 2027-02-28",
            "2026-08-31, 6, 2027-02-28",
            "2027-08-29, 6, 2028-02-29",
            "2027-08-31, 6, 2028-02-29",
            "2026-08-31, 3, 2026-11-30",
            "2026-11-30, 3, 2027-02-28",
            "2027-11-30, 3, 2028-02-29",
            "2026-12-31, 6, 2027-06-30",
            // leap years: 2028 is one, 2027 is not
            "2028-02-29, 3, 2028-05-29",
            "2028-02-29, 12, 2029-02-28",
            "2027-02-28, 12, 2028-02-28",
            "2027-03-01, 12, 2028-03-01",
            // across the year end
            "2026-10-15, 3, 2027-01-15",
            "2026-12-31, 12, 2027-12-31",
    })
    void dueOnIsTheHandoverPlusCalendarMonthsClampedToTheMonthEnd(LocalDate handover, int months,
            LocalDate due) {
        assertThat(FollowUpSchedule.dueOn(handover, months)).isEqualTo(due);
    }

    @ParameterizedTest(name = "at {0} (clock zone {1}) today in Bangkok is {2}")
    @CsvSource({
            "2026-12-31T17:30:00Z, UTC, 2027-01-01",
            "2026-12-31T16:59:59Z, UTC, 2026-12-31",
            "2026-12-31T17:00:00Z, UTC, 2027-01-01",
            "2027-02-28T17:00:00Z, America/New_York, 2027-03-01",
            "2028-02-28T17:00:00Z, Europe/London, 2028-02-29",
            "2026-06-30T20:00:00Z, Asia/Bangkok, 2026-07-01",
    })
    void todayIsTheCalendarDayInBangkokWhateverTheClocksZone(Instant at, String zone, LocalDate today) {
        assertThat(FollowUpSchedule.today(Clock.fixed(at, ZoneId.of(zone)))).isEqualTo(today);
    }

    @ParameterizedTest(name = "due {0}, done {1}, at {2}: due={3} overdue={4}")
    @CsvSource({
            // 17:30Z on 31 Dec is 00:30 on 1 Jan in Bangkok: a follow-up due on 1 Jan is due, not yet overdue
            "2027-01-01, , 2026-12-31T17:30:00Z, true, false",
            "2027-01-01, , 2026-12-31T16:30:00Z, false, false",
            "2026-12-31, , 2026-12-31T17:30:00Z, true, true",
            "2026-12-31, , 2026-12-31T10:00:00Z, true, false",
            "2026-12-31, 2026-12-30, 2027-03-01T00:00:00Z, false, false",
            // a leap day due date
            "2028-02-29, , 2028-02-28T17:00:00Z, true, false",
            "2028-02-29, , 2028-02-29T17:00:00Z, true, true",
    })
    void dueAndOverdueAreJudgedOnBangkoksCalendar(LocalDate dueOn, LocalDate doneOn, Instant at, boolean due,
            boolean overdue) {
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        assertThat(FollowUpSchedule.isDue(dueOn, doneOn, clock)).isEqualTo(due);
        assertThat(FollowUpSchedule.isOverdue(dueOn, doneOn, clock)).isEqualTo(overdue);
    }

    @Test
    void followUpsAreAtThreeSixAndTwelveMonths() {
        assertThat(FollowUpSchedule.MONTHS).containsExactly(3, 6, 12);
    }

    @Test
    void dueOnNeedsAHandoverDay() {
        assertThatThrownBy(() -> FollowUpSchedule.dueOn(null, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FollowUpSchedule.dueOn(LocalDate.of(2026, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
