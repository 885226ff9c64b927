package org.shield.infra.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CaseQuery;
import org.shield.application.casefile.CaseSummary;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.demo.DemoVault;
import org.shield.application.evidence.AddExhibitCommand;
import org.shield.application.evidence.CustodyEventDetails;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.report.ProducedReport;
import org.shield.application.report.ReportKind;
import org.shield.application.report.ReportRequest;
import org.shield.application.report.ReportText;
import org.shield.application.security.Workspace;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.ExhibitSource;
import org.shield.domain.evidence.ExhibitType;
import org.shield.domain.evidence.Integrity;
import org.shield.testing.SessionSwitch;
import org.shield.testing.TestVaults;

/**
 * The evidence register and chain of custody, filled from the demo vault by its supervisor and read back as a
 * court would read it: every exhibit's stored hashes, every custody step with its hash check, and the fresh
 * integrity verification the report runs.
 */
class EvidenceRegisterReportIT {
    @TempDir
    static Path dir;
    /** One workspace at a time: a vault opens once per JVM. */
    static SessionSwitch sessions;
    /** A case with evidence led by the demo investigator (the first demo case). */
    static CaseSummary demoCase;
    /** A case with evidence the demo investigator is not on the team of. */
    static CaseSummary otherTeamsCase;

    @BeforeAll
    static void demoVault() throws Exception {
        new DemoVault(TestVaults.vaults()).ensure(dir.resolve("demo"), ProgressListener.NONE, new CancellationToken());
        sessions = new SessionSwitch(TestVaults.vaults(), dir.resolve("demo"), DemoVault.PASSPHRASE.toCharArray());
        Workspace ws = ws();
        List<CaseSummary> withEvidence = ws.cases().list(CaseQuery.all()).stream().filter(c -> {
            try {
                return !ws.evidence().list(c.id()).isEmpty();
            } catch (Exception e) {
                return false;
            }
        }).toList();
        demoCase = withEvidence.stream().filter(c -> DemoVault.INVESTIGATOR.equals(c.leadInvestigator()))
                .filter(c -> hasExtraHashes(c)).findFirst().orElseThrow();
        otherTeamsCase = withEvidence.stream().filter(c -> !DemoVault.INVESTIGATOR.equals(c.leadInvestigator()))
                .findFirst().orElseThrow();
    }

    private static boolean hasExtraHashes(CaseSummary c) {
        try {
            return ws().evidence().list(c.id()).stream().anyMatch(x -> x.hashes() != null && x.hashes().md5() != null);
        } catch (Exception e) {
            return false;
        }
    }

    private static Workspace ws() throws Exception {
        return sessions.as(DemoVault.SUPERVISOR);
    }

    @AfterAll
    static void close() {
        sessions.close();
    }

    private static ProducedReport produce(Workspace w, String caseNumber, Locale lang) throws Exception {
        return w.reports().produce(ReportRequest.ofCase(ReportKind.EvidenceRegister, caseNumber).in(lang),
                ProgressListener.NONE, new CancellationToken());
    }

    private ProducedReport produce(Locale lang) throws Exception {
        ProducedReport r = produce(ws(), demoCase.caseNumber(), lang);
        ReportSamples.keep("evidence-register-" + lang.getLanguage(), r);
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
        List<ExhibitDetails> exhibits = ws().evidence().list(demoCase.id());
        assertThat(exhibits).anyMatch(x -> x.sha256() != null).anyMatch(x -> x.sha256() == null);
        for (ExhibitDetails x : exhibits) {
            assertThat(text).contains(x.exhibitNumber());
            if (x.sha256() != null) {
                // in the register, at the head of its custody chain, and as expected and found in the verification
                assertThat(count(text, "SHA-256 " + x.sha256())).isGreaterThanOrEqualTo(4);
                assertThat(text).contains("Expected SHA-256 " + x.sha256()).contains("Found SHA-256 " + x.sha256());
            }
            if (x.hashes() != null && x.hashes().md5() != null) {
                assertThat(text).contains("MD5 " + x.hashes().md5()).contains("SHA-1 " + x.hashes().sha1());
            }
        }
    }

    @Test
    void eachCustodyStepIsPrintedWithItsHashCheck() throws Exception {
        String text = PdfFacts.text(produce(Locale.ENGLISH).pdf());
        List<CustodyEventDetails> steps = ws().evidence().custodyOfCase(demoCase.id());
        assertThat(steps).isNotEmpty();
        ReportText words = new ReportText(Locale.ENGLISH, ZoneId.systemDefault());
        assertThat(count(text, "Hash check at this step: ")).isEqualTo(steps.size());
        for (CustodyEventDetails s : steps) {
            assertThat(text).contains(words.label(s.action()) + " · " + words.dateTime(s.occurredAt()))
                    .contains("Recorded by " + s.recordedBy() + " at " + words.dateTime(s.recordedAt()));
            if (s.hashChecked() != null) {
                assertThat(text).contains("SHA-256 " + s.hashChecked());
            }
        }
        for (var result : org.shield.domain.evidence.HashCheck.values()) {
            long expected = steps.stream().filter(s -> s.hashResult() == result).count();
            assertThat(count(text, "Hash check at this step: " + words.label(result) + "\n"))
                    .as("steps with hash check %s", result).isEqualTo(expected);
        }
    }

    @Test
    void producingTheRegisterRunsAFreshVerificationAndPrintsItsResult() throws Exception {
        Instant before = Instant.now();
        String text = PdfFacts.text(produce(Locale.ENGLISH).pdf());
        List<ExhibitDetails> exhibits = ws().evidence().list(demoCase.id());
        assertThat(exhibits).filteredOn(ExhibitDetails::hasContent).isNotEmpty()
                .allMatch(x -> x.integrity() == Integrity.Verified && !x.verifiedAt().isBefore(before));
        assertThat(text).contains("All " + exhibits.size() + " exhibits intact")
                .contains("Integrity verification run for this report");
        assertThat(count(text, "INTACT · content ")).isEqualTo(exhibits.size());
    }

    @Test
    void aRelabelIsPrintedWithBothNumbersAndTheExhibitStaysIntact(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        try (Workspace w = TestVaults.create(vault)) {
            String caseNumber = w.cases().create(CreateCaseCommand.titled("DEMO relabelled evidence case"))
                    .caseNumber();
            var caseId = w.cases().getByNumber(caseNumber).id();
            var bag = w.evidence().add(new AddExhibitCommand(caseId, ExhibitType.Physical, "SEAL-42", "DEMO sealed bag",
                    ExhibitSource.NONE, null, ExhibitFlags.NONE, null, null, "SEAL-42", null, null, false),
                    ProgressListener.NONE, new CancellationToken());
            w.evidence().relabel(new org.shield.application.evidence.RelabelExhibitCommand(bag.id(), "SEAL-42A",
                    "DEMO evidence room", "DEMO SEAL-42 was also given to another bag on another laptop"));
            ProducedReport en = produce(w, caseNumber, Locale.ENGLISH);
            ProducedReport th = produce(w, caseNumber, Locale.forLanguageTag("th"));
            ReportSamples.keep("evidence-register-relabel-en", en);
            ReportSamples.keep("evidence-register-relabel-th", th);
            assertThat(PdfFacts.text(en.pdf())).contains("Relabelled · number SEAL-42 became SEAL-42A · ")
                    .contains("Purpose: DEMO SEAL-42 was also given").contains("All 1 exhibits intact")
                    .doesNotContain("FAILED");
            assertThat(String.join("\n", PdfFacts.pages(th.pdf()))).contains("หมายเลข SEAL-42 เปลี่ยนเป็น SEAL-42A");
        }
    }

    @Test
    void aDamagedExhibitIsReportedAsFailed(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        String caseNumber;
        try (Workspace w = TestVaults.create(vault)) {
            caseNumber = w.cases().create(CreateCaseCommand.titled("DEMO damaged evidence case")).caseNumber();
            var caseId = w.cases().getByNumber(caseNumber).id();
            Path f = tmp.resolve("DEMO-chat.txt");
            Files.writeString(f, "DEMO synthetic chat export, invented for a test");
            w.evidence().add(new AddExhibitCommand(caseId, ExhibitType.Digital, null, "DEMO chat export",
                    ExhibitSource.NONE, null, ExhibitFlags.NONE, null, null, null, null, f, false),
                    ProgressListener.NONE, new CancellationToken());
        }
        try (var blobs = Files.list(vault.resolve("evidence"))) {
            Path blob = blobs.filter(p -> p.toString().endsWith(".blob")).findFirst().orElseThrow();
            byte[] b = Files.readAllBytes(blob);
            b[b.length / 2] ^= 1;
            Files.write(blob, b);
        }
        try (Workspace w = TestVaults.unlock(vault)) {
            String text = PdfFacts.text(produce(w, caseNumber, Locale.ENGLISH).pdf());
            assertThat(text).contains("1 of 1 exhibits FAILED the check")
                    .contains("FAILED · content Unreadable or missing")
                    .contains("Found: nothing readable");
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
        String all = String.join("\n", pages);
        assertThat(pages.get(0)).contains("บัญชีพยานหลักฐาน").contains("รายละเอียดคดี");
        assertThat(all).contains("ห่วงโซ่การครอบครองของพยานหลักฐานแต่ละรายการ")
                .contains("การตรวจค่าแฮชในขั้นตอนนี้: ")
                .contains("การตรวจสอบความถูกต้องสมบูรณ์ที่ดำเนินการสำหรับรายงานนี้");
        assertThat(pages.get(pages.size() - 1)).contains("หน้า " + pages.size() + " จาก " + pages.size());
    }

    @Test
    void anInvestigatorOfAnotherTeamIsRefused() throws Exception {
        Workspace investigator = sessions.as(DemoVault.INVESTIGATOR);
        assertThatThrownBy(() -> produce(investigator, otherTeamsCase.caseNumber(), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCaseworkerIsRefused() throws Exception {
        Workspace caseworker = sessions.as(DemoVault.CASEWORKER);
        assertThatThrownBy(() -> produce(caseworker, demoCase.caseNumber(), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theInvestigatorOfTheTeamMayProduceIt() throws Exception {
        Workspace investigator = sessions.as(DemoVault.INVESTIGATOR);
        assertThat(produce(investigator, demoCase.caseNumber(), Locale.ENGLISH).pages()).isPositive();
    }

    private static int count(String text, String what) {
        return (int) Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }
}
