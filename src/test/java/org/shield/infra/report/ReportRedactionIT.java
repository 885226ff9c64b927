package org.shield.infra.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.RecordEventCommand;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.common.ValidationException;
import org.shield.application.party.PersonDetails.AliasData;
import org.shield.application.party.PersonDetails.ContactData;
import org.shield.application.party.PersonDetails.DocumentData;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.report.ProducedReport;
import org.shield.application.report.ReportKind;
import org.shield.application.report.ReportRequest;
import org.shield.application.security.Workspace;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.casefile.ExploitationType;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.casefile.TraffickingEventType;
import org.shield.domain.party.ContactType;
import org.shield.domain.party.DocumentType;
import org.shield.domain.party.NameKind;
import org.shield.testing.TestVaults;

/**
 * Redaction removes the text: a protected victim's canary name, alias, passport and phone, typed into the
 * case's title, summary, party note and route, appear nowhere in a redacted report's text, metadata or
 * outline; with the identity annex they appear only there, and only through a recorded reveal.
 */
class ReportRedactionIT {
    static final String LATIN = "Canaryrpt Qzseven";
    static final String THAI = "คานารีรายงานลับ";
    static final String ALIAS = "Rptalias Canary";
    static final String DOC = "CNRP8841992";
    static final String PHONE = "+66299887711";
    static final List<String> CANARIES = List.of("Canaryrpt", "Qzseven", THAI, "Rptalias", DOC, "CNRP", "299887711",
            "0299887711");

    @TempDir
    static Path dir;
    static Workspace ws;
    static CaseDetails c;

    @BeforeAll
    static void vaultWithAProtectedVictim() throws Exception {
        ws = TestVaults.create(dir.resolve("v"));
        c = ws.cases().create(new CreateCaseCommand("DEMO case about " + LATIN, null,
                Set.of(ExploitationType.ForcedCriminalityOnlineScam), null, null, LocalDate.of(2026, 1, 5),
                "DEMO summary: " + THAI + " (" + ALIAS + ") gave passport " + DOC + " and phone 029-988-7711.", null,
                Set.of()));
        var person = ws.persons().save(new SavePersonCommand(null, 0, THAI, LATIN, null, null, 22,
                List.of(new AliasData(NameKind.Alias, ALIAS)), Set.of("MM"), Set.of("my"),
                List.of(new DocumentData(DocumentType.Passport, DOC, "MM", null, null)),
                List.of(new ContactData(ContactType.Phone, PHONE))));
        ws.cases().addParty(new AddPartyCommand(c.id(), person.id(), PartyRole.Victim, null,
                "DEMO note: " + LATIN.toUpperCase(Locale.ROOT) + " met the recruiter"));
        ws.cases().recordEvent(new RecordEventCommand(c.id(), TraffickingEventType.Recruitment,
                LocalDate.of(2025, 12, 1), "DEMO flat of " + LATIN, "TH", null, null,
                "DEMO: " + THAI + " answered an advert from " + PHONE));
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    private static ProducedReport produce(ReportRequest r) throws Exception {
        return ws.reports().produce(r, ProgressListener.NONE, new CancellationToken());
    }

    @Test
    void aRedactedReportHoldsNoProtectedNameNumberOrPhone() throws Exception {
        for (Locale lang : List.of(Locale.ENGLISH, Locale.forLanguageTag("th"))) {
            ProducedReport r = produce(ReportRequest.ofCase(ReportKind.CaseSummary, c.caseNumber()).in(lang));
            String text = PdfFacts.text(r.pdf());
            String meta = PdfFacts.metadataAndOutline(r.pdf());
            assertThat(text).contains(c.caseNumber()).contains("V-");
            for (String canary : CANARIES) {
                assertThat(text).as("text, " + lang).doesNotContainIgnoringCase(canary);
                assertThat(meta).as("metadata and outline, " + lang).doesNotContainIgnoringCase(canary);
            }
        }
    }

    @Test
    void theIdentityAnnexNamesThemOnlyThereAndRecordsTheReveal() throws Exception {
        long revealsBefore = reveals();
        ProducedReport r = produce(ReportRequest.ofCase(ReportKind.CaseSummary, c.caseNumber())
                .withIdentityAnnex("DEMO purpose: annex for the prosecutor"));
        ReportSamples.keep("case-summary-annex-en", r);
        List<String> pages = PdfFacts.pages(r.pdf());
        int annexPage = -1;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains("Identity annex")) {
                annexPage = i;
            }
        }
        assertThat(annexPage).as("the annex has a page of its own").isPositive();
        assertThat(pages.get(annexPage)).contains(LATIN).contains(DOC);
        for (int i = 0; i < annexPage; i++) {
            for (String canary : CANARIES) {
                assertThat(pages.get(i)).as("page " + (i + 1)).doesNotContainIgnoringCase(canary);
            }
        }
        assertThat(PdfFacts.metadataAndOutline(r.pdf())).doesNotContain("Canaryrpt");
        assertThat(reveals()).isEqualTo(revealsBefore + 1);
    }

    @Test
    void anAnnexWithoutAPurposeIsRefusedBeforeAnythingIsRevealed() throws Exception {
        long before = reveals();
        assertThatThrownBy(() -> produce(ReportRequest.ofCase(ReportKind.CaseSummary, c.caseNumber())
                .withIdentityAnnex("short"))).isInstanceOf(ValidationException.class);
        assertThat(reveals()).isEqualTo(before);
    }

    @Test
    void sameDataGivesTheSameTextTimesAndIdsApart() throws Exception {
        ProducedReport a = produce(ReportRequest.ofCase(ReportKind.CaseSummary, c.caseNumber()));
        ProducedReport b = produce(ReportRequest.ofCase(ReportKind.CaseSummary, c.caseNumber()));
        assertThat(a.reportId()).isNotEqualTo(b.reportId());
        assertThat(comparable(PdfFacts.text(b.pdf()), b)).isEqualTo(comparable(PdfFacts.text(a.pdf()), a));
    }

    private static String comparable(String text, ProducedReport r) {
        // spaces and line ends alike: a time can fall across a line end, and a minute's turn can move it there
        return text.replace(r.reportId(), "RPT-ID").replaceAll("\\s+", " ")
                .replaceAll("\\d{1,2} [A-Z][a-z]+ \\d{4} \\d{2}:\\d{2} UTC[+-]\\d{2}:\\d{2}", "TIME");
    }

    private static long reveals() throws Exception {
        return ws.audit().page(new org.shield.application.audit.AuditQuery(null, null, AuditAction.Reveal,
                null, null), 0, 500).total();
    }
}
