package org.shield.infra.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shield.application.casefile.CaseQuery;
import org.shield.application.casefile.CaseSummary;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.demo.DemoVault;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.report.ProducedReport;
import org.shield.application.report.ReportKind;
import org.shield.application.report.ReportRequest;
import org.shield.application.report.ReportVerification;
import org.shield.application.security.Workspace;
import org.shield.testing.SessionSwitch;
import org.shield.testing.SharedDemoVault;
import org.shield.testing.TestVaults;

/** The case summary, filled from the demo vault by its supervisor, read back as a court would read it. */
class CaseSummaryReportIT {
    /** One workspace at a time: a vault opens once per JVM. */
    static SessionSwitch sessions;
    static CaseSummary demoCase;

    @BeforeAll
    static void demoVault() throws Exception {
        sessions = new SessionSwitch(TestVaults.vaults(), SharedDemoVault.get(), DemoVault.PASSPHRASE.toCharArray());
        Workspace ws = ws();
        demoCase = ws.cases().list(CaseQuery.all()).stream()
                .filter(c -> {
                    try {
                        return !ws.evidence().list(c.id()).isEmpty() && !ws.interviews().list(c.id()).isEmpty();
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        sessions.close();
    }

    private static Workspace ws() throws Exception {
        return sessions.as(DemoVault.SUPERVISOR);
    }

    private ProducedReport produce(Locale lang) throws Exception {
        ProducedReport r = ws().reports().produce(ReportRequest.ofCase(ReportKind.CaseSummary, demoCase.caseNumber())
                .in(lang), ProgressListener.NONE, new CancellationToken());
        ReportSamples.keep("case-summary-" + lang.getLanguage(), r);
        return r;
    }

    @Test
    void everyPageShowsTheCaseNumberAndPageXOfY() throws Exception {
        ProducedReport r = produce(Locale.ENGLISH);
        List<String> pages = PdfFacts.pages(r.pdf());
        assertThat(pages).hasSize(r.pages());
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains(demoCase.caseNumber()).contains(r.reportId())
                    .contains("Page " + (i + 1) + " of " + pages.size());
        }
        assertThat(pages.get(pages.size() - 1)).contains("End of report " + r.reportId());
    }

    @Test
    void exhibitHashesPrintedEqualTheStoredOnes() throws Exception {
        String text = PdfFacts.text(produce(Locale.ENGLISH).pdf());
        for (ExhibitDetails x : ws().evidence().list(demoCase.id())) {
            if (x.sha256() != null) {
                assertThat(text).contains("SHA-256 " + x.sha256());
            }
        }
    }

    @Test
    void isPdfA2bWithEveryFontEmbedded() throws Exception {
        byte[] pdf = produce(Locale.forLanguageTag("th")).pdf();
        assertThat(PdfFacts.pdfaProblems(pdf)).isEmpty();
        assertThat(PdfFacts.fonts(pdf)).isNotEmpty().allMatch(f -> f.endsWith("embedded=true"));
    }

    @Test
    void thaiTextComesBackIntact() throws Exception {
        ProducedReport r = produce(Locale.forLanguageTag("th"));
        List<String> pages = PdfFacts.pages(r.pdf());
        assertThat(pages.get(0)).contains("สรุปสำนวนคดี").contains("รายละเอียดคดี");
        assertThat(pages.get(pages.size() - 1)).contains("หน้า " + pages.size() + " จาก " + pages.size());
    }

    @Test
    void aCaseworkerCannotPrintTheInvestigationOfTheirVictimsCase() throws Exception {
        Workspace cw = sessions.as(DemoVault.CASEWORKER);
        String caseNumber = cw.victims().list(null).get(0).caseNumber();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cw.reports().produce(
                ReportRequest.ofCase(ReportKind.CaseSummary, caseNumber), ProgressListener.NONE,
                new CancellationToken())).isInstanceOf(org.shield.application.common.AccessDeniedException.class);
    }

    @Test
    void verifyTellsGenuineAlteredAndUnknownApart() throws Exception {
        ProducedReport r = produce(Locale.ENGLISH);
        assertThat(ws().reports().verify(r.pdf()).outcome()).isEqualTo(ReportVerification.Outcome.Genuine);
        byte[] altered = r.pdf().clone();
        altered[altered.length / 2] ^= 1;
        ReportVerification v = ws().reports().verify(altered);
        assertThat(v.outcome()).isIn(ReportVerification.Outcome.Altered, ReportVerification.Outcome.Unknown);
        assertThat(ws().reports().verify("not a pdf".getBytes()).outcome()).isEqualTo(ReportVerification.Outcome.Unknown);
    }
}
