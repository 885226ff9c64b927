package org.shield.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.shield.domain.evidence.CustodyAction;

/** A report's words: formats kept per key must give each call its own arguments, in either language. */
class ReportTextTest {
    private final ReportText english = new ReportText(Locale.ENGLISH, ZoneId.of("Asia/Bangkok"));
    private final ReportText thai = new ReportText(Locale.forLanguageTag("th"), ZoneId.of("Asia/Bangkok"));

    @Test
    void theSameKeyFormatsEachCallsOwnArguments() {
        assertThat(english.get("report.custody.fromTo", "synthetic.a", "synthetic.b")).isEqualTo("from synthetic.a to synthetic.b");
        assertThat(english.get("report.custody.fromTo", "synthetic.c", "synthetic.d")).isEqualTo("from synthetic.c to synthetic.d");
        assertThat(thai.get("report.custody.fromTo", "synthetic.a", "synthetic.b")).isEqualTo("จาก synthetic.a ถึง synthetic.b");
    }

    @Test
    void enumArgumentsPrintAsTheirLabelsAndAMissingKeyAsItself() {
        assertThat(thai.get("report.custody.fromTo", CustodyAction.Sealed, "x")).isEqualTo("จาก ปิดผนึก ถึง x");
        assertThat(english.get("report.no.such.key", "x")).isEqualTo("report.no.such.key");
    }

    @Test
    void thaiDatesHaveBuddhistEraYearsAndTheOffset() {
        assertThat(thai.dateTime(Instant.parse("2026-01-01T03:00:00Z"))).contains("2569").contains("10:00 UTC+07:00");
        assertThat(english.dateTime(Instant.parse("2026-01-01T03:00:00Z"))).isEqualTo("1 January 2026 10:00 UTC+07:00");
    }

    @Test
    void oneTextMayBeUsedFromSeveralThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> checks = IntStream.range(0, 2_000).mapToObj(i -> pool.submit(() -> english
                    .get("report.custody.fromTo", "a" + i, "b" + i).equals("from a" + i + " to b" + i))).toList();
            for (Future<Boolean> f : checks) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
