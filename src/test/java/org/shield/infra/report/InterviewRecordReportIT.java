package org.shield.infra.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CaseQuery;
import org.shield.application.casefile.CaseSummary;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.demo.DemoVault;
import org.shield.application.interview.InterviewDetails;
import org.shield.application.interview.InterviewSummary;
import org.shield.application.interview.SaveInterviewCommand;
import org.shield.application.party.PersonDetails.DocumentData;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.report.ProducedReport;
import org.shield.application.report.ReportRequest;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.interview.Consent;
import org.shield.domain.interview.ConsentAnswer;
import org.shield.domain.interview.InterviewConditions;
import org.shield.domain.interview.InterviewKind;
import org.shield.domain.interview.InterviewState;
import org.shield.domain.interview.Statement;
import org.shield.domain.party.DocumentType;
import org.shield.domain.security.Role;
import org.shield.testing.InProcessCli;
import org.shield.testing.TestVaults;

/**
 * The interview record, read back as a court would read it: from the demo vault by its supervisor, and from
 * a fresh vault where a synthetic victim with a canary name typed that name into a statement of many pages.
 */
class InterviewRecordReportIT {
    static final String CANARY = "CanaryIntvQz7";
    static final String CANARY_THAI = "คานารีสัมภาษณ์ทดสอบ";
    static final String CANARY_DOC = "CNRY773041";
    static final String INVESTIGATOR = "synthetic.interviewer";
    static final String INVESTIGATOR_PASS = "synthetic interviewer words 9";
    static final int PARAGRAPHS = 40;

    @TempDir
    static Path dir;
    static Workspace demo;
    static InterviewSummary demoInterview;
    static Path synth;
    static String synthCase;
    static String pseudonym;
    static UUID longInterview;
    static UUID openInterview;
    static UUID awaitingInterview;
    static UUID countersignedInterview;

    @BeforeAll
    static void vaults() throws Exception {
                demo = TestVaults.vaults().unlock(org.shield.testing.SharedDemoVault.get(), DemoVault.SUPERVISOR, DemoVault.PASSPHRASE.toCharArray());
        List<InterviewSummary> signed = new ArrayList<>();
        for (CaseSummary c : demo.cases().list(CaseQuery.all())) {
            demo.interviews().list(c.id()).stream().filter(i -> i.state() == InterviewState.SignedOff)
                    .forEach(signed::add);
        }
        // the demo interview with an addendum, else any signed-off one
        demoInterview = signed.stream().filter(i -> i.addenda() > 0).findFirst().orElse(signed.get(0));
        syntheticVault();
    }

    /**
     * A fresh vault: the investigator interviews a protected victim (canary name, Thai name and passport
     * number all typed into a long statement), leaves one interview open, and signs off two more after the
     * unit requires countersignature; the administrator (a supervisor of the unit) countersigns one.
     */
    private static void syntheticVault() throws Exception {
        synth = dir.resolve("synth");
        try (Workspace admin = TestVaults.create(synth)) {
            admin.users().add(INVESTIGATOR, "TST", Set.of(Role.Investigator), INVESTIGATOR_PASS.toCharArray(), false);
        }
        UUID caseId;
        UUID victim;
        try (Workspace inv = investigator()) {
            var c = inv.cases().create(CreateCaseCommand.titled("DEMO-TEST interview record case"));
            caseId = c.id();
            synthCase = c.caseNumber();
            var person = inv.persons().save(new SavePersonCommand(null, 0, CANARY_THAI, CANARY + " Synthetica", null,
                    null, 24, List.of(), Set.of("MM"), Set.of("my"),
                    List.of(new DocumentData(DocumentType.Passport, CANARY_DOC, "MM", null, null)), List.of()));
            victim = person.id();
            inv.cases().addParty(new AddPartyCommand(caseId, victim, PartyRole.Victim, null, null));
            pseudonym = inv.cases().parties(caseId).get(0).pseudonym();
            InterviewDetails d = inv.interviews().save(new SaveInterviewCommand(null, 0, caseId, victim,
                    InterviewKind.Victim, new InterviewConditions(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0),
                            LocalTime.of(12, 40), "DEMO-TEST interview room", "DEMO-TEST Officer One, DEMO-TEST Officer Two",
                            "DEMO-TEST Interpreter", "my, th", "DEMO-TEST support worker", false,
                            "two breaks of 10 minutes", null),
                    new Consent(ConsentAnswer.Yes, ConsentAnswer.Yes, ConsentAnswer.Yes, ConsentAnswer.No,
                            ConsentAnswer.Yes, ConsentAnswer.Yes, ConsentAnswer.Yes, null, null),
                    new Statement("en", longStatement(), "th", "DEMO-TEST (สมมติ) คำแปลของ " + CANARY_THAI
                            + " ข้อความนี้แต่งขึ้นเพื่อการทดสอบเท่านั้น", "DEMO-TEST Interpreter"), 0));
            d = inv.interviews().signOff(d.id(), d.version());
            inv.interviews().addAddendum(d.id(), "DEMO-TEST addendum: " + CANARY + " Synthetica asked to add a date.");
            longInterview = d.id();
            openInterview = inv.interviews().save(new SaveInterviewCommand(null, 0, caseId, victim,
                    InterviewKind.Victim, InterviewConditions.empty(), Consent.NONE, Statement.NONE, 1)).id();
        }
        try (Workspace admin = TestVaults.unlock(synth)) {
            admin.interviews().requireCountersign(true);
        }
        try (Workspace inv = investigator()) {
            awaitingInterview = shortSignedOff(inv, caseId, victim, 2);
            countersignedInterview = shortSignedOff(inv, caseId, victim, 3);
        }
        try (Workspace admin = TestVaults.unlock(synth)) {
            InterviewDetails d = admin.interviews().get(countersignedInterview);
            admin.interviews().countersign(d.id(), d.version());
        }
    }

    private static UUID shortSignedOff(Workspace inv, UUID caseId, UUID victim, int seen) throws ApplicationException {
        InterviewDetails d = inv.interviews().save(new SaveInterviewCommand(null, 0, caseId, victim,
                InterviewKind.Victim, new InterviewConditions(LocalDate.of(2026, 3, 9), LocalTime.of(14, 0), null,
                        "DEMO-TEST interview room", "DEMO-TEST Officer One", null, "en", null, false, null, null),
                new Consent(ConsentAnswer.Yes, null, null, null, null, null, null, null, null),
                new Statement("en", "DEMO-TEST short follow-up statement.", null, null, null), seen));
        return inv.interviews().signOff(d.id(), d.version()).id();
    }

    /** Paragraphs of invented text naming the interviewee in several spellings; about six pages. */
    static String longStatement() {
        StringBuilder b = new StringBuilder();
        for (int p = 1; p <= PARAGRAPHS; p++) {
            b.append("Paragraph ").append(p).append(" of ").append(PARAGRAPHS).append(". ");
            if (p % 7 == 1) {
                b.append("My name is ").append(CANARY).append(" Synthetica and my passport was CNRY 773041. ");
            }
            if (p % 9 == 4) {
                b.append("They called me ").append(CANARY.toUpperCase(Locale.ROOT)).append(" or ")
                        .append(CANARY_THAI).append(" at the compound. ");
            }
            b.append("DEMO-TEST invented account for a report test: the fictional recruiter promised an office job "
                    .repeat(p == 20 ? 60 : 5));
            b.append("\n\n");
        }
        return b.append("Last words of the invented statement.").toString();
    }

    static Workspace investigator() throws ApplicationException {
        return TestVaults.vaults().unlock(synth, INVESTIGATOR, INVESTIGATOR_PASS.toCharArray());
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    private static ProducedReport produce(Workspace ws, String caseNumber, UUID interview, Locale lang, String keep)
            throws Exception {
        ProducedReport r = ws.reports().produce(ReportRequest.ofInterview(caseNumber, interview).in(lang),
                ProgressListener.NONE, new CancellationToken());
        if (keep != null) {
            ReportSamples.keep(keep, r);
        }
        return r;
    }

    private static ProducedReport demoReport(Locale lang) throws Exception {
        return produce(demo, demoInterview.caseNumber(), demoInterview.id(), lang,
                "interview-record-" + lang.getLanguage());
    }

    @Test
    void everyPageShowsTheCaseNumberAndPageXOfY() throws Exception {
        ProducedReport r = demoReport(Locale.ENGLISH);
        List<String> pages = PdfFacts.pages(r.pdf());
        assertThat(pages).hasSize(r.pages());
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains(demoInterview.caseNumber()).contains(r.reportId())
                    .contains("Page " + (i + 1) + " of " + pages.size());
        }
        assertThat(pages.get(pages.size() - 1)).contains("End of report " + r.reportId());
    }

    @Test
    void printsTheConditionsConsentStatementTranslationAddendaAndSignatures() throws Exception {
        String printed = PdfFacts.text(demoReport(Locale.ENGLISH).pdf());
        String text = printed.replaceAll("\\s+", " ");
        InterviewDetails d = demo.interviews().get(demoInterview.id());
        assertThat(text).contains(d.id().toString()).contains("Victim interview")
                .contains("09:30 to 11:15, local time at the place").contains("1 h 45 min")
                .contains("DEMO Officer A").contains("DEMO Interpreter B").contains("my · Burmese, th · Thai")
                .contains("one break of 15 minutes")
                .contains("Told about non-identifying research use").contains("Agreed to the interview")
                .contains("This statement is fictional and used for training only.")
                .contains("DEMO Translator C").contains("สมมติ")
                .contains("SHA-256 " + d.contentSha256()).contains("Verified: the record printed here")
                .contains("Interviewer (signed off the record)").contains("Interpreter").contains("Translator")
                .doesNotContain("Caution given");
        assertThat(printed).as("every signature block names someone").doesNotContainPattern("Name\\s*\\nRole");
        assertThat(d.addenda()).isNotEmpty();
        assertThat(text).contains("DEMO addendum: the interpreter corrected").contains("by " + d.addenda().get(0).author());
    }

    @Test
    void anIdentityAnnexRevealsOnlyTheProtectedPersonsTheRecordShows() throws Exception {
        ProducedReport r = demo.reports().produce(ReportRequest.ofInterview(demoInterview.caseNumber(),
                demoInterview.id()).withIdentityAnnex("DEMO-TEST disclosure to the prosecutor for the hearing"),
                ProgressListener.NONE, new CancellationToken());
        String text = PdfFacts.text(r.pdf());
        InterviewDetails d = demo.interviews().get(demoInterview.id());
        var parties = demo.cases().parties(d.caseId());
        String interviewee = parties.stream().filter(p -> p.personId().equals(d.personId())).findFirst()
                .orElseThrow().pseudonym();
        assertThat(text).contains("Identity annex").contains(interviewee);
        List<String> others = parties.stream().filter(p -> p.pseudonym() != null && !p.personId().equals(d.personId()))
                .map(p -> p.pseudonym()).toList();
        assertThat(others).isNotEmpty().allSatisfy(other -> assertThat(text).doesNotContain(other));
    }

    @Test
    void isPdfA2bWithEveryFontEmbedded() throws Exception {
        byte[] pdf = demoReport(Locale.forLanguageTag("th")).pdf();
        assertThat(PdfFacts.pdfaProblems(pdf)).isEmpty();
        assertThat(PdfFacts.fonts(pdf)).isNotEmpty().allMatch(f -> f.endsWith("embedded=true"));
    }

    @Test
    void thaiTextComesBackIntact() throws Exception {
        ProducedReport r = demoReport(Locale.forLanguageTag("th"));
        List<String> pages = PdfFacts.pages(r.pdf());
        String all = String.join("\n", pages);
        assertThat(pages.get(0)).contains("บันทึกการสัมภาษณ์").contains("รายละเอียดการสัมภาษณ์");
        assertThat(all).contains("คำให้การ (ตามถ้อยคำ)").contains("ความยินยอมและข้อมูลที่แจ้งให้ทราบ")
                .contains("ฉันถูกชักชวนผ่านประกาศรับสมัครงานออนไลน์");
        assertThat(pages.get(pages.size() - 1)).contains("หน้า " + pages.size() + " จาก " + pages.size());
    }

    @Test
    void aLongStatementFlowsOverSeveralPagesWithTheIntervieweeNameRemoved() throws Exception {
        ProducedReport r;
        try (Workspace inv = investigator()) {
            r = produce(inv, synthCase, longInterview, Locale.ENGLISH, "interview-record-long-en");
        }
        List<String> pages = PdfFacts.pages(r.pdf());
        String text = String.join("\n", pages).replace("\n", " ");
        assertThat(r.pages()).isGreaterThanOrEqualTo(5);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains(synthCase).contains("Page " + (i + 1) + " of " + pages.size());
        }
        int last = -1;
        for (int p = 1; p <= PARAGRAPHS; p++) {
            int at = text.indexOf("Paragraph " + p + " of " + PARAGRAPHS + ".");
            assertThat(at).as("paragraph %d printed, in order", p).isGreaterThan(last);
            last = at;
        }
        assertThat(text).contains("Last words of the invented statement.").contains("[" + pseudonym + "]")
                .contains(pseudonym + " · pseudonym").contains("DEMO-TEST Officer Two");
        String metadata = PdfFacts.metadataAndOutline(r.pdf());
        for (String canary : List.of(CANARY, CANARY_THAI, CANARY_DOC, "Synthetica", "773041")) {
            assertThat(text).doesNotContainIgnoringCase(canary);
            assertThat(metadata).doesNotContainIgnoringCase(canary);
        }
    }

    @Test
    void aCountersignedInterviewGetsTheSupervisorSignatureBlock() throws Exception {
        String text;
        try (Workspace inv = investigator()) {
            text = PdfFacts.text(produce(inv, synthCase, countersignedInterview, Locale.ENGLISH, null).pdf());
        }
        assertThat(text).contains("Supervisor (countersigned the record)").contains(TestVaults.ADMIN + " on ")
                .contains("No recording recorded.").contains("No interpreter.").contains("from 14:00");
    }

    @Test
    void anInterviewNotSignedOffIsRefused() throws Exception {
        try (Workspace inv = investigator()) {
            for (UUID id : List.of(openInterview, awaitingInterview)) {
                assertThatThrownBy(() -> produce(inv, synthCase, id, Locale.ENGLISH, null))
                        .isInstanceOf(ValidationException.class)
                        .extracting(e -> ((ValidationException) e).userMessage())
                        .isEqualTo(new UserMessage("report.interview.notSignedOff"));
            }
        }
        for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("th"))) {
            assertThat(ResourceBundle.getBundle("i18n.messages", l).getString("report.interview.notSignedOff"))
                    .isNotBlank();
        }
    }

    @Test
    void anInterviewOfAnotherCaseIsRefused() throws Exception {
        assertThatThrownBy(() -> produce(demo, demoInterview.caseNumber(), longInterview, Locale.ENGLISH, null))
                .isInstanceOf(ApplicationException.class);
        String otherCase = demo.cases().list(CaseQuery.all()).stream().map(CaseSummary::caseNumber)
                .filter(n -> !n.equals(demoInterview.caseNumber())).findFirst().orElseThrow();
        assertThatThrownBy(() -> produce(demo, otherCase, demoInterview.id(), Locale.ENGLISH, null))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).userMessage().key())
                .isEqualTo("report.interview.otherCase");
    }

    @Test
    void theCliWritesTheRecordAndExplainsARefusal() throws Exception {
        Map<String, String> env = Map.of("SHIELD_PASSPHRASE", INVESTIGATOR_PASS);
        Path out = dir.resolve("cli-interview.pdf");
        var ok = InProcessCli.run(dir.resolve("cli"), env, "--vault", synth.toString(), "--user", INVESTIGATOR,
                "report", "interview", synthCase, longInterview.toString(), "--out", out.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("report: RPT-").contains("pages: ");
        assertThat(PdfFacts.text(Files.readAllBytes(out))).contains("Interview record").doesNotContain(CANARY);

        var refused = InProcessCli.run(dir.resolve("cli"), env, "--vault", synth.toString(), "--user", INVESTIGATOR,
                "report", "interview", synthCase, openInterview.toString(), "--out", dir.resolve("no.pdf").toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Only a signed-off interview can be printed as a court record");
        assertThat(dir.resolve("no.pdf")).doesNotExist();
    }
}
