package org.shield.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shield.application.common.UserMessage;
import org.shield.application.evidence.IntegrityReport;
import org.shield.application.evidence.IntegrityResult;
import org.shield.domain.evidence.HashCheck;

/** The integrity page's one-sentence summary counts failures and "not checked here" (content at HQ) alike. */
class IntegritySummaryTest {
    private static final String SHA = "a".repeat(64);

    private static IntegrityReport report(int intact, int failed, int atHq) {
        List<IntegrityResult> r = new ArrayList<>();
        for (int i = 0; i < intact; i++) {
            r.add(new IntegrityResult(UUID.randomUUID(), "TST-1", "EX-" + i, SHA, SHA, HashCheck.Match, true, null));
        }
        for (int i = 0; i < failed; i++) {
            r.add(new IntegrityResult(UUID.randomUUID(), "TST-1", "EX-F" + i, SHA, "b".repeat(64), HashCheck.Mismatch,
                    true, null));
        }
        for (int i = 0; i < atHq; i++) {
            r.add(new IntegrityResult(UUID.randomUUID(), "TST-1", "EX-H" + i, SHA, null, HashCheck.AtHq, true, null));
        }
        return new IntegrityReport(r);
    }

    @Test
    void eachKindOfRunHasItsSentence() {
        assertThat(EvidenceIntegrityViewModel.summaryOf(report(3, 0, 0)))
                .isEqualTo(new UserMessage("ui.integrity.allIntact", 3));
        assertThat(EvidenceIntegrityViewModel.summaryOf(report(3, 2, 0)))
                .isEqualTo(new UserMessage("ui.integrity.failures", 2, 5));
        assertThat(EvidenceIntegrityViewModel.summaryOf(report(3, 0, 1)))
                .isEqualTo(new UserMessage("ui.integrity.notCheckedHere", 1, 4));
        assertThat(EvidenceIntegrityViewModel.summaryOf(report(3, 2, 1))).as("both counted, none hidden")
                .isEqualTo(new UserMessage("ui.integrity.failuresAndNotCheckedHere", 2, 1, 6));
    }
}
