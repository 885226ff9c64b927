package org.shield.infra.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.audit.AuditQuery;
import org.shield.application.casefile.CaseQuery;
import org.shield.application.casefile.CaseSummary;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.demo.DemoVault;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.interview.InterviewSummary;
import org.shield.application.party.PersonDetails;
import org.shield.application.report.ProducedReport;
import org.shield.application.report.ReportKind;
import org.shield.application.report.ReportRequest;
import org.shield.application.screening.RecordScreeningCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.care.VictimStage;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.screening.Answer;
import org.shield.domain.screening.ExploitationForm;
import org.shield.domain.screening.Indicator;
import org.shield.domain.screening.Population;
import org.shield.testing.SessionSwitch;
import org.shield.testing.TestVaults;

/**
 * The identification assessment for the MDT, filled from the demo vault: the investigator of the case screens the
 * caseworker's victim again, citing an interview and an exhibit; the report must print both screenings (the new
 * one first), every checklist item with its answer, source and note, and the cautious summary.
 */
class MdtAssessmentReportIT {
    @TempDir
    static Path dir;
    static SessionSwitch sessions;
    static UUID caseId;
    static String caseNumber;
    static UUID personId;
    static String pseudonym;
    static InterviewSummary interview;
    static ExhibitDetails exhibit;
    static List<Indicator> checklist;
    static PersonDetails identity;

    @BeforeAll
    static void demoVault() throws Exception {
        Path vault = org.shield.testing.SharedDemoVault.get();
        sessions = new SessionSwitch(TestVaults.vaults(), vault, DemoVault.PASSPHRASE.toCharArray());
        Workspace inv = sessions.as(DemoVault.INVESTIGATOR);
        // a case of the investigator's team with a victim interview and exhibits, whose victim the caseworker screened
        for (CaseSummary c : inv.cases().list(CaseQuery.all())) {
            List<InterviewSummary> ivs = inv.interviews().list(c.id());
            List<ExhibitDetails> xs = inv.evidence().list(c.id());
            for (PartySummary p : inv.cases().parties(c.id())) {
                InterviewSummary own = ivs.stream().filter(i -> p.personId().equals(i.personId())).findFirst()
                        .orElse(null);
                if (p.role() == PartyRole.Victim && own != null && !xs.isEmpty() && caseId == null
                        && !inv.screening().history(c.id(), p.personId()).isEmpty()) {
                    caseId = c.id();
                    caseNumber = c.caseNumber();
                    personId = p.personId();
                    pseudonym = p.pseudonym();
                    interview = own;
                    exhibit = xs.get(0);
                }
            }
        }
        assertThat(caseId).as("a demo case to screen in").isNotNull();
        identity = inv.persons().reveal(personId, "test: check the report never prints this identity");
        checklist = inv.screening().checklist(Population.Adult, ExploitationForm.Labour);
        List<RecordScreeningCommand.Item> items = new ArrayList<>();
        for (int n = 0; n < checklist.size(); n++) {
            Indicator i = checklist.get(n);
            Answer a = n % 3 == 0 ? Answer.Yes : n % 3 == 1 ? Answer.No : Answer.Unknown;
            UUID fromInterview = n == 0 ? interview.id() : null;
            UUID fromExhibit = n == 3 ? exhibit.id() : null;
            String note = n == 0 ? "DEMO " + identity.nameLatin() + " described the fictional compound (invented)"
                    : n == 3 ? "DEMO chat lines on the seized handset (invented)" : null;
            items.add(new RecordScreeningCommand.Item(i.code(), a, fromInterview, fromExhibit, note));
        }
        inv.screening().record(new RecordScreeningCommand(caseId, personId, Population.Adult, ExploitationForm.Labour,
                LocalDate.now(ZoneOffset.UTC).minusDays(1), "DEMO second screening after the MDT interview (invented)",
                items));
    }

    @AfterAll
    static void close() {
        sessions.close();
    }

    private ProducedReport produce(String user, Locale lang) throws Exception {
        ProducedReport r = sessions.as(user).reports().produce(
                ReportRequest.ofVictim(ReportKind.MdtAssessment, pseudonym).in(lang), ProgressListener.NONE,
                new CancellationToken());
        if (DemoVault.INVESTIGATOR.equals(user)) {
            ReportSamples.keep("mdt-assessment-" + lang.getLanguage(), r);
        }
        return r;
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void everyPageShowsTheCaseNumberAndPageXOfY() throws Exception {
        ProducedReport r = produce(DemoVault.INVESTIGATOR, Locale.ENGLISH);
        List<String> pages = PdfFacts.pages(r.pdf());
        assertThat(pages).hasSize(r.pages()).hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains(caseNumber).contains(r.reportId())
                    .contains("Page " + (i + 1) + " of " + pages.size());
        }
        assertThat(pages.get(pages.size() - 1)).contains("End of report " + r.reportId());
    }

    @Test
    void everyScreeningIsPrintedTheLatestFirstWithEveryItemItsAnswerSourceAndNote() throws Exception {
        String text = flat(PdfFacts.text(produce(DemoVault.INVESTIGATOR, Locale.ENGLISH).pdf()));
        int latest = text.indexOf("Screening 2 (the latest)");
        int earlier = text.indexOf("Screening 1 (earlier, kept as recorded)");
        assertThat(latest).isPositive();
        assertThat(earlier).isGreaterThan(latest);
        String second = text.substring(latest, earlier);
        assertThat(second).contains("DEMO second screening after the MDT interview (invented)",
                "ILO indicators of forced labour", "Scam-compound signs", "Yes", "No", "Unknown",
                "Exhibit " + exhibit.exhibitNumber(), "DEMO chat lines on the seized handset (invented)",
                "Not named");
        assertThat(second).containsPattern("Interview of [0-9]+ [A-Za-z]+ [0-9]{4} \\(Victim interview\\)");
        for (Indicator i : checklist) {
            assertThat(second).as(i.code()).contains(labelOf(i));
        }
        assertThat(text).contains("This summary is support for the MDT decision, not a verdict.",
                "The ILO/EC operational indicators are not yet loaded for this group, so their six elements cannot "
                        + "be assessed here.", "ILO forced-labour indicators present", "Scam-compound signs present");
    }

    private static String labelOf(Indicator i) {
        return ResourceBundle.getBundle("i18n.messages", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("indicator." + i.code());
    }

    @Test
    void theCaseworkerGetsItWithTheExhibitNamedAsOneTheyMayNotSee() throws Exception {
        String text = flat(PdfFacts.text(produce(DemoVault.CASEWORKER, Locale.ENGLISH).pdf()));
        assertThat(text).contains(pseudonym, "An exhibit the producer may not see")
                .doesNotContain("Exhibit " + exhibit.exhibitNumber());
    }

    @Test
    void aVictimNotYetScreenedGetsAnAssessmentThatSaysSo() throws Exception {
        Workspace cw = sessions.as(DemoVault.CASEWORKER);
        String fresh = cw.victims().list(VictimStage.NotScreened).get(0).pseudonym();
        ProducedReport r = cw.reports().produce(ReportRequest.ofVictim(ReportKind.MdtAssessment, fresh),
                ProgressListener.NONE, new CancellationToken());
        assertThat(flat(PdfFacts.text(r.pdf()))).contains(fresh, "No screening is recorded for this person.",
                "No approved MDT decision yet.");
    }

    @Test
    void theVictimsNameNeverAppears() throws Exception {
        ProducedReport r = produce(DemoVault.INVESTIGATOR, Locale.ENGLISH);
        String all = PdfFacts.text(r.pdf()) + PdfFacts.metadataAndOutline(r.pdf());
        assertThat(all).doesNotContain(identity.nameLatin()).doesNotContain(identity.nameNative());
        for (String word : identity.nameLatin().split("[\\s\\p{Punct}]+")) {
            if (word.length() >= 3 && !word.equalsIgnoreCase("demo")) {
                assertThat(all).doesNotContainPattern(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word)
                        + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE));
            }
        }
        assertThat(flat(all)).contains("DEMO [" + pseudonym + "] described the fictional compound");
    }

    @Test
    void whoMayNotReadScreeningsIsRefusedAndTheRefusalRecorded() throws Exception {
        assertThatThrownBy(() -> produce(DemoVault.AUDITOR, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        var entries = sessions.as(DemoVault.SUPERVISOR).audit()
                .page(new AuditQuery(DemoVault.AUDITOR, null, AuditAction.AccessDenied, null, null), 0, 50).items();
        assertThat(entries).anySatisfy(e -> assertThat(e.changes())
                .anySatisfy(c -> assertThat(c.newValue()).isEqualTo("SCREENING_VIEW")));
    }

    @Test
    void isPdfA2bWithEveryFontEmbedded() throws Exception {
        byte[] pdf = produce(DemoVault.INVESTIGATOR, Locale.forLanguageTag("th")).pdf();
        assertThat(PdfFacts.pdfaProblems(pdf)).isEmpty();
        assertThat(PdfFacts.fonts(pdf)).isNotEmpty().allMatch(f -> f.endsWith("embedded=true"));
    }

    @Test
    void thaiTextComesBackIntact() throws Exception {
        ProducedReport r = produce(DemoVault.INVESTIGATOR, Locale.forLanguageTag("th"));
        List<String> pages = PdfFacts.pages(r.pdf());
        String all = flat(String.join("\n", pages));
        assertThat(pages.get(0)).contains("การประเมินเพื่อการคัดแยกผู้เสียหายสำหรับทีมสหวิชาชีพ");
        assertThat(all).contains("การคัดกรองครั้งที่ 2 (ล่าสุด)", "ตัวชี้วัดการบังคับใช้แรงงาน 11 ประการของ ILO",
                "สรุปนี้เป็นข้อมูลสนับสนุนการตัดสินของทีมสหวิชาชีพ ไม่ใช่คำตัดสิน", "ใช่", "ไม่ทราบ");
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains(caseNumber).contains("หน้า " + (i + 1) + " จาก " + pages.size());
        }
    }
}
