package org.shield.infra.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.audit.AuditQuery;
import org.shield.application.care.RecordAssessmentCommand;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.demo.DemoVault;
import org.shield.application.party.PersonDetails;
import org.shield.application.report.ProducedReport;
import org.shield.application.report.ReportKind;
import org.shield.application.report.ReportRequest;
import org.shield.application.security.Workspace;
import org.shield.application.victim.VictimSummary;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.care.AssessmentKind;
import org.shield.domain.care.AssessmentScope;
import org.shield.domain.care.CareNoteKind;
import org.shield.domain.care.RiskLevel;
import org.shield.domain.care.VictimStage;
import org.shield.testing.SessionSwitch;
import org.shield.testing.TestVaults;

/**
 * The victim care summary, filled from the demo vault by the caseworker (a victim returned home, with every
 * section recorded) and by the unit's supervisor, read back as a court or a shelter would read it.
 */
class VictimCareReportIT {
    /** Synthetic text written into counselling and medical notes: it must never reach the PDF. */
    private static final String NOTE_CANARY = "CANARY-NOTE-7Q3X synthetic counselling text";
    private static final String MEDICAL_CANARY = "CANARY-MED-K2P9 synthetic clinic text";

    @TempDir
    static Path dir;
    static SessionSwitch sessions;
    static VictimSummary victim;
    static PersonDetails identity;

    @BeforeAll
    static void demoVault() throws Exception {
        Path vault = org.shield.testing.SharedDemoVault.get();
        sessions = new SessionSwitch(TestVaults.vaults(), vault, DemoVault.PASSPHRASE.toCharArray());
        Workspace cw = sessions.as(DemoVault.CASEWORKER);
        // the victim furthest along: returned home, so every section has something in it
        victim = cw.victims().list(null).stream()
                .filter(v -> v.stage() == VictimStage.FollowUp || v.stage() == VictimStage.Returned)
                .min(Comparator.comparing(VictimSummary::pseudonym)).orElseThrow();
        identity = cw.persons().reveal(victim.personId(), "test: check the report never prints this identity");
        cw.careNotes().write(victim.caseId(), victim.personId(), CareNoteKind.Counselling, NOTE_CANARY);
        cw.careNotes().write(victim.caseId(), victim.personId(), CareNoteKind.Medical, MEDICAL_CANARY);
        // a caseworker types the real name, passport and phone into a free text: the report must remove them
        cw.carePlans().assess(new RecordAssessmentCommand(victim.caseId(), victim.personId(), AssessmentKind.Risk,
                AssessmentScope.Individual, LocalDate.now(ZoneOffset.UTC).minusDays(1), RiskLevel.Low,
                "DEMO risk talk with "
                        + identity.nameLatin() + " (" + identity.nameNative() + "), passport "
                        + identity.documents().get(0).number() + ", phone " + identity.contacts().get(0).value()
                        + " (invented)."));
    }

    @AfterAll
    static void close() {
        sessions.close();
    }

    private ProducedReport produce(String user, Locale lang) throws Exception {
        ProducedReport r = sessions.as(user).reports().produce(
                ReportRequest.ofVictim(ReportKind.VictimCare, victim.pseudonym()).in(lang), ProgressListener.NONE,
                new CancellationToken());
        if (DemoVault.CASEWORKER.equals(user)) {
            ReportSamples.keep("victim-care-" + lang.getLanguage(), r);
        }
        return r;
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void everyPageShowsTheCaseNumberAndPageXOfY() throws Exception {
        ProducedReport r = produce(DemoVault.CASEWORKER, Locale.ENGLISH);
        List<String> pages = PdfFacts.pages(r.pdf());
        assertThat(pages).hasSize(r.pages());
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains(victim.caseNumber()).contains(r.reportId())
                    .contains("Page " + (i + 1) + " of " + pages.size()).containsPattern("CONFIDENTIAL|SECRET");
        }
        assertThat(pages.get(pages.size() - 1)).contains("End of report " + r.reportId());
    }

    @Test
    void printsEverySectionOfTheVictimsCare() throws Exception {
        String text = flat(PdfFacts.text(produce(DemoVault.CASEWORKER, Locale.ENGLISH).pdf()));
        assertThat(text).contains("Victim care summary", victim.pseudonym(), "Identification",
                "This summary is support for the MDT decision, not a verdict.",
                "The ILO/EC operational indicators are not yet loaded for this group",
                "ILO forced-labour indicators present", "MDT identification decisions", "Victim of trafficking",
                "DEMO social worker, DEMO police officer, DEMO interpreter", "Shelter stays and the reflection period",
                "Repatriated", "Reflection period",
                "Assessments (the latest of each kind)", "Risk of re-trafficking", "Needs",
                "Care plans and services delivered", "DEMO recover physically and emotionally",
                "DEMO weekly counselling; clinic check-ups", "DEMO shelter nurse", "Psychosocial",
                "Consents", "Case management", "Anonymous statistics", "Return home", "Willing, with protection",
                "Country of return", "MM · Myanmar", "Handed over", "DEMO border point (fictional)",
                "Follow-ups after the return", "3 months after the handover",
                "Counselling and medical notes are not included in this report.")
                .containsPattern("DEMO (Northern Shelter Home|Central Protection Centre) \\(fictional\\)");
    }

    @Test
    void counsellingAndMedicalNotesAreNeverPrinted() throws Exception {
        for (Locale lang : List.of(Locale.ENGLISH, Locale.forLanguageTag("th"))) {
            ProducedReport r = produce(DemoVault.CASEWORKER, lang);
            String all = PdfFacts.text(r.pdf()) + PdfFacts.metadataAndOutline(r.pdf());
            assertThat(all).doesNotContain("CANARY").doesNotContain("7Q3X").doesNotContain("K2P9");
        }
    }

    @Test
    void theVictimsIdentityNeverAppearsEvenWhereItWasTyped() throws Exception {
        ProducedReport r = produce(DemoVault.CASEWORKER, Locale.ENGLISH);
        String text = PdfFacts.text(r.pdf());
        String meta = PdfFacts.metadataAndOutline(r.pdf());
        List<String> identifying = new ArrayList<>(List.of(identity.nameLatin(), identity.nameNative()));
        for (String name : List.of(identity.nameLatin(), identity.nameNative())) {
            for (String word : name.split("[\\s\\p{Punct}]+")) {
                if (word.length() >= 3 && !word.equalsIgnoreCase("demo")) {
                    identifying.add(word);
                }
            }
        }
        identity.aliases().forEach(a -> identifying.add(a.text()));
        identity.documents().forEach(d -> identifying.add(d.number()));
        identity.contacts().forEach(c -> identifying.add(c.value()));
        for (String s : identifying) {
            // Latin terms as whole words (a given name like "Lek" is inside other words); other scripts anywhere
            boolean latin = s.codePoints().filter(Character::isLetter)
                    .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
            String q = Pattern.quote(s);
            Pattern p = Pattern.compile(latin ? "(?<![\\p{L}\\p{N}])" + q + "(?![\\p{L}\\p{N}])" : q,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            assertThat(p.matcher(text).find()).as("identity text in the report").isFalse();
            assertThat(p.matcher(meta).find()).as("identity text in the metadata").isFalse();
        }
        assertThat(flat(text)).as("the typed name became the pseudonym, the numbers were removed")
                .contains("DEMO risk talk with [" + victim.pseudonym() + "]").contains("passport [removed]");
    }

    @Test
    void anInvestigatorIsRefusedBeforeAnythingIsLaidOutAndTheRefusalIsRecorded() throws Exception {
        long before = sessions.as(DemoVault.SUPERVISOR).audit()
                .page(new AuditQuery(DemoVault.INVESTIGATOR, null, null, null, null), 0, 1).items().stream()
                .mapToLong(e -> e.sequence()).max().orElse(0);
        assertThatThrownBy(() -> produce(DemoVault.INVESTIGATOR, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        // the shared demo vault holds the investigator's reports of other test classes: only what follows counts
        var entries = sessions.as(DemoVault.SUPERVISOR).audit()
                .page(new AuditQuery(DemoVault.INVESTIGATOR, null, null, null, null), 0, 200).items().stream()
                .filter(e -> e.sequence() > before).toList();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.AccessDenied);
            assertThat(e.changes()).anySatisfy(c -> assertThat(c.newValue()).isEqualTo("CARE_VIEW"));
        });
        assertThat(entries).as("no report was produced or recorded for the investigator")
                .noneMatch(e -> e.action() == AuditAction.Report);
    }

    @Test
    void aVictimWithNothingRecordedYetGetsAReportThatSaysSo() throws Exception {
        Workspace cw = sessions.as(DemoVault.CASEWORKER);
        VictimSummary fresh = cw.victims().list(VictimStage.NotScreened).get(0);
        ProducedReport r = cw.reports().produce(ReportRequest.ofVictim(ReportKind.VictimCare, fresh.pseudonym()),
                ProgressListener.NONE, new CancellationToken());
        assertThat(flat(PdfFacts.text(r.pdf()))).contains(fresh.pseudonym(),
                "No screening is recorded for this person.", "Not started: it starts at the first admission",
                "No return is planned.", "None recorded.").doesNotContain("Age group");
    }

    @Test
    void theUnitsSupervisorMayProduceIt() throws Exception {
        ProducedReport r = produce(DemoVault.SUPERVISOR, Locale.ENGLISH);
        assertThat(flat(PdfFacts.text(r.pdf()))).contains(victim.pseudonym()).doesNotContain("CANARY");
    }

    @Test
    void isPdfA2bWithEveryFontEmbedded() throws Exception {
        byte[] pdf = produce(DemoVault.CASEWORKER, Locale.forLanguageTag("th")).pdf();
        assertThat(PdfFacts.pdfaProblems(pdf)).isEmpty();
        assertThat(PdfFacts.fonts(pdf)).isNotEmpty().allMatch(f -> f.endsWith("embedded=true"));
    }

    @Test
    void thaiTextComesBackIntact() throws Exception {
        ProducedReport r = produce(DemoVault.CASEWORKER, Locale.forLanguageTag("th"));
        List<String> pages = PdfFacts.pages(r.pdf());
        String all = flat(String.join("\n", pages));
        assertThat(pages.get(0)).contains("สรุปการดูแลผู้เสียหาย");
        assertThat(all).contains("การพักในสถานคุ้มครองและระยะเวลาทบทวน", "ผลการคัดแยกของทีมสหวิชาชีพ",
                "สรุปนี้เป็นข้อมูลสนับสนุนการตัดสินของทีมสหวิชาชีพ ไม่ใช่คำตัดสิน",
                "รายงานนี้ไม่รวมบันทึกการให้คำปรึกษาและบันทึกทางการแพทย์");
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains(victim.caseNumber())
                    .contains("หน้า " + (i + 1) + " จาก " + pages.size());
        }
    }
}
