package org.shield.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;

/** The warm-up before the first report: what it lays out, and that it stops when cancelled. No vault, no toolkit. */
class ReportWarmUpTest {
    /** Records what it was asked to lay out. */
    private static final class RecordingRenderer implements ReportRenderer {
        final List<String> calls = new ArrayList<>();
        final List<ReportContent> contents = new ArrayList<>();
        CancellationToken cancelAfterFirst;

        @Override
        public Rendered render(ReportKind kind, FrontMatter front, ReportContent content, ReportText text,
                ProgressListener progress, CancellationToken cancel) {
            calls.add(kind + "/" + text.locale().getLanguage());
            contents.add(content);
            if (cancelAfterFirst != null) {
                cancelAfterFirst.cancel();
            }
            return new Rendered(new byte[0], 1);
        }

        @Override
        public Optional<String> reportIdOf(byte[] pdf) {
            return Optional.empty();
        }

        @Override
        public void checkTemplates() {
            calls.add("checkTemplates");
        }
    }

    @Test
    void compilesTheTemplatesThenLaysOutAnEvidenceRegisterInEnglishAndInThai() throws Exception {
        RecordingRenderer renderer = new RecordingRenderer();

        ReportWarmUp.run(renderer, ZoneId.of("Asia/Bangkok"), new CancellationToken());

        assertThat(renderer.calls).containsExactly("checkTemplates", "EvidenceRegister/en", "EvidenceRegister/th");
        ReportContent thai = renderer.contents.get(1);
        assertThat(thai.table("custody")).hasSize(ReportWarmUp.EXHIBITS * ReportWarmUp.STEPS_PER_EXHIBIT);
        assertThat(thai.table("register")).hasSize(ReportWarmUp.EXHIBITS);
        assertThat(thai.table("custody").get(0).get("heading")).as("the Thai labels, laid out as a Thai report's are")
                .matches(".*[\\u0E00-\\u0E7F].*");
    }

    @Test
    void itsContentIsObviouslySynthetic() {
        ReportContent c = ReportWarmUp.content(new ReportText(Locale.ENGLISH, ZoneId.of("UTC")));

        assertThat(c.table("register")).allSatisfy(row -> assertThat(row.get("heading")).contains("WARM-UP"));
        assertThat(c.table("custody")).allSatisfy(row -> assertThat(row.get("detail")).contains("WARM-UP"));
    }

    @Test
    void aCancelStopsBeforeTheNextLanguage() throws Exception {
        RecordingRenderer renderer = new RecordingRenderer();
        CancellationToken cancel = new CancellationToken();
        renderer.cancelAfterFirst = cancel;

        ReportWarmUp.run(renderer, ZoneId.of("UTC"), cancel);

        assertThat(renderer.calls).containsExactly("checkTemplates", "EvidenceRegister/en");
    }
}
