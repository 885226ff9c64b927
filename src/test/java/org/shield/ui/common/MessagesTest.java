package org.shield.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.shield.domain.casefile.CaseStatus;

class MessagesTest {
    static final Locale THAI = Locale.forLanguageTag("th");
    static final LocalDate DATE = LocalDate.of(2026, 3, 1);

    @Test
    void thaiWithBuddhistEraShowsTheBuddhistYear() {
        assertThat(new Messages(THAI, true).date(DATE)).endsWith("2569");
        assertThat(new Messages(THAI, false).date(DATE)).endsWith("2026");
    }

    @Test
    void englishNeverShowsTheBuddhistYear() {
        assertThat(new Messages(Locale.ENGLISH, true).date(DATE)).isEqualTo("1 Mar 2026");
    }

    @Test
    void typedDatesAreReadInEitherEraInTheThaiUi() {
        Messages m = new Messages(THAI, true);

        assertThat(m.parseDate("1/3/2569")).isEqualTo(DATE);
        assertThat(m.parseDate("2026-03-01")).isEqualTo(DATE);
        assertThat(m.parseDate(m.date(DATE))).isEqualTo(DATE);
        assertThat(m.parseDate("not a date")).isNull();
    }

    @Test
    void codeListValuesAreTranslated() {
        assertThat(new Messages(Locale.ENGLISH, false).label(CaseStatus.ClosedReferred)).isEqualTo("Closed (referred)");
        assertThat(new Messages(THAI, false).label(CaseStatus.Active)).isEqualTo("ดำเนินการ");
    }

    @Test
    void countryCodesAreShownWithTheirNames() {
        assertThat(new Messages(Locale.ENGLISH, false).country("MM")).isEqualTo("MM · Myanmar (Burma)");
    }

    @Test
    void enumArgumentsOfAMessageAreShownByTheirLabels() {
        String text = new Messages(Locale.ENGLISH, false).format(new org.shield.application.common.UserMessage(
                "ui.audit.verify.broken", 7L, org.shield.domain.audit.AuditChain.Problem.ALTERED));

        assertThat(text).contains(": altered").doesNotContain("ALTERED");
        assertThat(new Messages(THAI, false).format(new org.shield.application.common.UserMessage(
                "ui.nav.approvals.count", 2))).isNotBlank();
    }
}
