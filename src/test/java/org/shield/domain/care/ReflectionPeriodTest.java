package org.shield.domain.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The reflection period's dates: month ends, leap years, and "today" where the shelter is. */
class ReflectionPeriodTest {

    @ParameterizedTest(name = "{0} + {1} days ends on {2}")
    @CsvSource({
        "2026-01-25, 15, 2026-02-08",   // across a month end
        "2026-12-20, 15, 2027-01-03",   // across a year end
        "2028-02-20, 15, 2028-03-05",   // 2028 is a leap year: 29 February counts
        "2027-02-20, 15, 2027-03-06",   // 2027 is not
        "2026-11-28, 1, 2026-11-28",    // a one-day period ends the day it starts
        "2026-01-31, 30, 2026-03-01"})
    void theLastDayCountsTheAdmissionDay(LocalDate start, int days, LocalDate lastDay) {
        assertThat(new ReflectionPeriod(start, days).lastDay()).isEqualTo(lastDay);
    }

    @ParameterizedTest(name = "admitted {0}, today {1}: {2} days left, remind {3}")
    @CsvSource({
        "2028-02-20, 2028-02-20, 15, false",
        "2028-02-20, 2028-02-29, 6, false",
        "2028-02-20, 2028-03-03, 3, true",
        "2028-02-20, 2028-03-05, 1, true",
        "2028-02-20, 2028-03-06, 0, false",
        "2028-02-20, 2028-02-19, 15, false"})
    void daysLeftCountToday(LocalDate start, LocalDate today, int left, boolean remind) {
        ReflectionPeriod p = new ReflectionPeriod(start, ReflectionPeriod.DEFAULT_DAYS);
        assertThat(p.daysLeft(today)).isEqualTo(left);
        assertThat(p.remindNow(today)).isEqualTo(remind);
        assertThat(p.isOver(today)).isEqualTo(today.isAfter(p.lastDay()));
    }

    @Test
    void todayIsTheDateWhereTheShelterIsNotInUtc() {
        // 20:00 UTC on the last day is already the next morning in Bangkok: the period is over there
        Instant evening = Instant.parse("2026-02-08T20:00:00Z");
        ReflectionPeriod p = new ReflectionPeriod(LocalDate.of(2026, 1, 25), 15);
        LocalDate bangkok = LocalDate.now(Clock.fixed(evening, ZoneId.of("Asia/Bangkok")));
        LocalDate utc = LocalDate.now(Clock.fixed(evening, ZoneId.of("UTC")));
        assertThat(p.daysLeft(utc)).isEqualTo(1);
        assertThat(p.daysLeft(bangkok)).isZero();
        assertThat(p.isOver(bangkok)).isTrue();
    }
}
