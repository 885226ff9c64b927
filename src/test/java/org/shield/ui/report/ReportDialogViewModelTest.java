package org.shield.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.audit.AuditQuery;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.UserMessage;
import org.shield.application.interview.InterviewSummary;
import org.shield.application.report.ProducedReport;
import org.shield.application.report.Redaction;
import org.shield.application.report.ReportKind;
import org.shield.application.report.ReportPrinter;
import org.shield.application.report.ReportVerification;
import org.shield.domain.audit.AuditAction;
import org.shield.infra.report.PdfBoxReportPages;
import org.shield.ui.DeskFixture;
import org.shield.ui.ImmediateTaskRunner;
import org.shield.ui.VictimFixtures;
import org.shield.ui.common.ScreenContext;

/**
 * The report dialog's state without a toolkit, over a real test vault and the real renderer (the test
 * administrator is a supervisor of the vault's unit). Synthetic data only.
 */
class ReportDialogViewModelTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};

    @TempDir
    Path dir;
    DeskFixture desk;
    UUID caseId;
    ReportDialogViewModel vm;

    @BeforeEach
    void openCase() throws Exception {
        desk = DeskFixture.create(dir.resolve("vault"));
        caseId = desk.workspace.cases().create(CreateCaseCommand.titled("DEMO-TEST case for a report")).id();
        vm = new ReportDialogViewModel(desk.context);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aCaseOffersOnlyCaseReportsTheVaultProduces() throws Exception {
        vm.startForCase(caseId, Locale.ENGLISH);

        assertThat(vm.askingProperty().get()).isTrue();
        assertThat(vm.kinds()).contains(ReportKind.CaseSummary)
                .isSubsetOf(desk.workspace.reports().kinds())
                .doesNotContain(ReportKind.VictimCare, ReportKind.MdtAssessment)
                // no interview of this case is signed off, so there is no interview record to print
                .doesNotContain(ReportKind.InterviewRecord);
        assertThat(vm.kindProperty().get()).isEqualTo(vm.kinds().get(0));
        assertThat(vm.redactionProperty().get()).isEqualTo(Redaction.Pseudonyms);
        assertThat(vm.annexOfferedProperty().get()).as("a supervisor may reveal").isTrue();
    }

    @Test
    void aSignedOffInterviewCanBePrintedAsTheInterviewRecord() throws Exception {
        Assumptions.assumeTrue(desk.workspace.reports().kinds().contains(ReportKind.InterviewRecord));
        UUID[] victim = VictimFixtures.caseWithVictim(desk.workspace, "DEMO-TEST case with an interview");
        UUID interviewId = ReportFixtures.signedOffInterview(desk.workspace, victim[0], victim[1]);

        vm.startForCase(victim[0], Locale.ENGLISH);

        assertThat(vm.kinds()).contains(ReportKind.InterviewRecord);
        assertThat(vm.interviews()).extracting(InterviewSummary::id).containsExactly(interviewId);
        vm.kindProperty().set(ReportKind.InterviewRecord);
        assertThat(vm.request().interviewId()).isEqualTo(interviewId);
        assertThat(vm.request().kind()).isEqualTo(ReportKind.InterviewRecord);
    }

    @Test
    void aVictimOffersOnlyVictimReports() throws Exception {
        UUID[] victim = VictimFixtures.caseWithVictim(desk.workspace, "DEMO-TEST case with a victim");

        vm.startForVictim(victim[0], victim[1], Locale.ENGLISH);

        if (vm.askingProperty().get()) {
            assertThat(vm.kinds()).isNotEmpty().isSubsetOf(desk.workspace.reports().kinds())
                    .doesNotContain(ReportKind.CaseSummary, ReportKind.EvidenceRegister, ReportKind.InterviewRecord);
        } else {
            // none of the victim reports is wired in this build: the user is told there is nothing to print
            assertThat(desk.workspace.reports().kinds()).doesNotContain(ReportKind.VictimCare, ReportKind.MdtAssessment);
            assertThat(desk.dialogs.errors()).containsExactly(new UserMessage("ui.report.noneHere"));
        }
    }

    @Test
    void theReportLanguageDefaultsToTheUiLanguage() throws Exception {
        vm.startForCase(caseId, Locale.forLanguageTag("th-TH"));

        assertThat(vm.languageProperty().get().getLanguage()).isEqualTo("th");
    }

    @Test
    void theIdentityAnnexNeedsAPurposeOfTenCharacters() throws Exception {
        vm.startForCase(caseId, Locale.ENGLISH);
        assertThat(vm.canPreviewProperty().get()).isTrue();

        vm.redactionProperty().set(Redaction.IdentityAnnex);
        assertThat(vm.purposeProblemProperty().get().key()).isEqualTo("ui.report.purpose.required");
        assertThat(vm.canPreviewProperty().get()).isFalse();

        vm.purposeProperty().set("court");
        assertThat(vm.purposeProblemProperty().get().key()).isEqualTo("ui.report.purpose.tooShort");
        assertThat(vm.canPreviewProperty().get()).isFalse();

        vm.purposeProperty().set("prosecutor file DEMO-TEST");
        assertThat(vm.purposeProblemProperty().get()).isNull();
        assertThat(vm.canPreviewProperty().get()).isTrue();
        assertThat(vm.request().purpose()).isEqualTo("prosecutor file DEMO-TEST");

        vm.redactionProperty().set(Redaction.Pseudonyms);
        assertThat(vm.request().redaction()).isEqualTo(Redaction.Pseudonyms);
    }

    @Test
    void previewProducesTheReportAndRendersAPageWhenAskedFor() throws Exception {
        vm.startForCase(caseId, Locale.ENGLISH);
        vm.requestedForProperty().set("DEMO-TEST prosecutor");

        vm.preview();

        ProducedReport r = vm.reportProperty().get();
        assertThat(r).isNotNull();
        assertThat(r.kind()).isEqualTo(ReportKind.CaseSummary);
        assertThat(r.reportId()).startsWith("RPT-");
        assertThat(vm.noticeProperty().get()).isEqualTo(new UserMessage("ui.report.produced"));
        assertThat(vm.pageImages()).as("pages are rendered only when the preview shows them").isEmpty();

        vm.wantPage(0);

        assertThat(vm.pageImages()).containsOnlyKeys(0);
        assertThat(Arrays.copyOf(vm.pageImages().get(0), 4)).isEqualTo(PNG);
        assertThat(desk.tasks.titles()).contains("ui.task.produceReport", "ui.task.renderPage");
    }

    @Test
    void changingAChoiceDiscardsThePreview() throws Exception {
        vm.startForCase(caseId, Locale.ENGLISH);
        vm.preview();
        vm.wantPage(0);

        vm.languageProperty().set(Locale.forLanguageTag("th"));

        assertThat(vm.reportProperty().get()).isNull();
        assertThat(vm.pageImages()).isEmpty();
        assertThat(vm.canOutputProperty().get()).isFalse();
    }

    @Test
    void cancellingWhileTheReportIsLaidOutProducesAndRecordsNothing() throws Exception {
        ImmediateTaskRunner cancelling = ImmediateTaskRunner.cancellingAt(1);
        ReportDialogViewModel cancelled = new ReportDialogViewModel(new ScreenContext(desk.session, cancelling,
                desk.errors, desk.dialogs, Clock.systemDefaultZone(), new PdfBoxReportPages(), desk.printer));
        cancelled.startForCase(caseId, Locale.ENGLISH);

        cancelled.preview();

        assertThat(cancelled.reportProperty().get()).isNull();
        assertThat(cancelled.noticeProperty().get()).isEqualTo(new UserMessage("ui.report.cancelled"));
        assertThat(cancelled.errorProperty().get()).isNull();
        assertThat(desk.dialogs.errors()).isEmpty();
        assertThat(desk.workspace.audit().page(new AuditQuery(null, null, AuditAction.Report, null, null), 0, 10)
                .total()).isZero();
    }

    @Test
    void saveWritesTheWholeReportUnderTheChosenNameAndTheVaultKnowsIt() throws Exception {
        vm.startForCase(caseId, Locale.ENGLISH);
        vm.preview();
        Path target = dir.resolve("out").resolve("court copy.pdf");
        Files.createDirectories(target.getParent());
        desk.dialogs.answerSaveFile(target);

        vm.save();

        ProducedReport r = vm.reportProperty().get();
        assertThat(target).exists().hasBinaryContent(r.pdf());
        assertThat(Arrays.copyOf(Files.readAllBytes(target), 4)).isEqualTo(PDF);
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("court copy.pdf");
        }
        assertThat(vm.noticeProperty().get()).isEqualTo(new UserMessage("ui.report.saved", r.reportId(),
                target.toString()));
        assertThat(desk.workspace.reports().verify(Files.readAllBytes(target)).outcome())
                .isEqualTo(ReportVerification.Outcome.Genuine);
    }

    @Test
    void saveAddsPdfToANameWithoutItButNeverReplacesThatFile() throws Exception {
        vm.startForCase(caseId, Locale.ENGLISH);
        vm.preview();
        Path existing = dir.resolve("court.pdf");
        Files.writeString(existing, "DEMO-TEST earlier file");
        desk.dialogs.answerSaveFile(dir.resolve("court"));

        vm.save();

        assertThat(existing).hasContent("DEMO-TEST earlier file");
        assertThat(vm.errorProperty().get()).isEqualTo(new UserMessage("report.error.fileExists"));
        assertThat(dir.resolve("court.pdf.part")).doesNotExist();
    }

    @Test
    void saveReplacesAFileOnlyWhenTheSaveDialogAskedAboutIt() throws Exception {
        vm.startForCase(caseId, Locale.ENGLISH);
        vm.preview();
        Path existing = dir.resolve("court.pdf");
        Files.writeString(existing, "DEMO-TEST earlier file");
        desk.dialogs.answerSaveFile(existing); // the dialog asked "replace?" and the user agreed

        vm.save();

        assertThat(existing).hasBinaryContent(vm.reportProperty().get().pdf());
    }

    @Test
    void aPrintedReportIsRecordedAndOneNotPrintedIsNot() throws Exception {
        vm.startForCase(caseId, Locale.ENGLISH);
        vm.preview();
        String id = vm.reportProperty().get().reportId();
        AuditQuery prints = new AuditQuery(null, null, AuditAction.Print, null, null);

        desk.printer.answer(ReportPrinter.Outcome.Cancelled);
        vm.print();
        assertThat(vm.noticeProperty().get()).isEqualTo(new UserMessage("ui.report.print.cancelled"));
        desk.printer.answer(ReportPrinter.Outcome.NoDisplay);
        vm.print();
        assertThat(vm.errorProperty().get()).isEqualTo(new UserMessage("ui.report.print.noDisplay"));
        assertThat(desk.workspace.audit().page(prints, 0, 10).total()).isZero();

        desk.printer.answer(ReportPrinter.Outcome.Printed);
        vm.print();

        assertThat(vm.noticeProperty().get()).isEqualTo(new UserMessage("ui.report.printed", id));
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(desk.workspace.audit().page(prints, 0, 10).total()).isEqualTo(1);
        assertThat(desk.printer.jobs()).allMatch(job -> job.equals("SHIELD " + id));
    }

    @Test
    void closingForgetsTheReport() throws Exception {
        vm.startForCase(caseId, Locale.ENGLISH);
        vm.preview();
        vm.wantPage(0);

        vm.close();

        assertThat(vm.askingProperty().get()).isFalse();
        assertThat(vm.reportProperty().get()).isNull();
        assertThat(vm.pageImages()).isEmpty();
    }
}
