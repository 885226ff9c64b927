package org.shield.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.UserMessage;
import org.shield.application.report.ReportKind;
import org.shield.application.report.ReportVerification;
import org.shield.application.security.Workspace;
import org.shield.infra.report.PdfBoxReportPages;
import org.shield.ui.DeskFixture;
import org.shield.ui.ImmediateTaskRunner;
import org.shield.ui.SyntheticAccounts;
import org.shield.ui.VictimFixtures;
import org.shield.ui.common.ScreenContext;
import org.shield.ui.report.BatchReportViewModel.BatchCase;
import org.shield.ui.report.BatchReportViewModel.Line;

/** A supervisor's batch of reports without a toolkit, over a real test vault. Synthetic data only. */
class BatchReportViewModelTest {
    /** kind_case_report-id.pdf: no name of a person, unique by the report id. */
    private static final String FILE_NAME = "case-summary_TST-\\d{4}-[0-9A-Z]{4}-\\d{5}_RPT-\\d{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}\\.pdf";

    @TempDir
    Path dir;
    DeskFixture desk;
    List<BatchCase> cases;
    Path folder;

    @BeforeEach
    void twoCases() throws Exception {
        desk = DeskFixture.create(dir.resolve("vault"));
        CaseDetails a = desk.workspace.cases().create(CreateCaseCommand.titled("DEMO-TEST first batch case"));
        CaseDetails b = desk.workspace.cases().create(CreateCaseCommand.titled("DEMO-TEST second batch case"));
        cases = List.of(new BatchCase(a.id(), a.caseNumber()), new BatchCase(b.id(), b.caseNumber()));
        folder = Files.createDirectories(dir.resolve("reports"));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private BatchReportViewModel started(ScreenContext ctx, List<BatchCase> forCases) {
        BatchReportViewModel vm = new BatchReportViewModel(ctx);
        vm.start(forCases, Locale.ENGLISH);
        vm.chosen().retainAll(List.of(ReportKind.CaseSummary));
        desk.dialogs.answerFolder(folder);
        vm.chooseFolder();
        return vm;
    }

    private List<String> saved() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theBatchIsOfferedToSupervisorsOnly() throws Exception {
        assertThat(new BatchReportViewModel(desk.context).offered()).isTrue();
        SyntheticAccounts.addInvestigator(desk.workspace);
        desk.close(); // a vault opens once per JVM: the supervisor signs out before the investigator signs in
        try (Workspace inv = SyntheticAccounts.unlockInvestigator(dir.resolve("vault"));
                DeskFixture investigator = DeskFixture.over(inv)) {
            BatchReportViewModel vm = new BatchReportViewModel(investigator.context);
            assertThat(vm.offered()).isFalse();

            vm.start(cases, Locale.ENGLISH);

            assertThat(vm.askingProperty().get()).isFalse();
        }
    }

    @Test
    void startChoosesEveryKindTheVaultOffers() {
        BatchReportViewModel vm = new BatchReportViewModel(desk.context);

        vm.start(cases, Locale.ENGLISH);

        assertThat(vm.askingProperty().get()).isTrue();
        assertThat(vm.kinds()).containsExactlyElementsOf(desk.workspace.reports().kinds());
        assertThat(vm.chosen()).containsExactlyInAnyOrderElementsOf(vm.kinds());
        assertThat(vm.canRunProperty().get()).as("no folder yet").isFalse();
    }

    @Test
    void eachReportIsSavedUnderItsKindCaseNumberAndReportId() throws Exception {
        BatchReportViewModel vm = started(desk.context, cases);
        assertThat(vm.canRunProperty().get()).isTrue();

        vm.run();

        List<String> files = saved();
        assertThat(files).hasSize(2).allMatch(f -> f.matches(FILE_NAME));
        assertThat(files).anyMatch(f -> f.contains(cases.get(0).caseNumber()))
                .anyMatch(f -> f.contains(cases.get(1).caseNumber()));
        assertThat(vm.lines()).hasSize(2).allMatch(Line::saved);
        assertThat(vm.lines()).extracting(Line::fileName).containsExactlyInAnyOrderElementsOf(files);
        assertThat(vm.noticeProperty().get()).isEqualTo(new UserMessage("ui.report.batch.done", 2L, 0L));
        for (String f : files) {
            assertThat(desk.workspace.reports().verify(Files.readAllBytes(folder.resolve(f))).outcome())
                    .isEqualTo(ReportVerification.Outcome.Genuine);
        }
    }

    @Test
    void allReportsOfACaseAreOnePerCaseOnePerSignedOffInterviewAndOnePerVictim() throws Exception {
        UUID[] victim = VictimFixtures.caseWithVictim(desk.workspace, "DEMO-TEST case with every report");
        ReportFixtures.signedOffInterview(desk.workspace, victim[0], victim[1]);
        String caseNumber = desk.workspace.cases().get(victim[0]).caseNumber();
        BatchReportViewModel vm = new BatchReportViewModel(desk.context);
        vm.start(List.of(new BatchCase(victim[0], caseNumber)), Locale.ENGLISH);
        desk.dialogs.answerFolder(folder);
        vm.chooseFolder();

        vm.run();

        List<String> expected = desk.workspace.reports().kinds().stream().map(ReportKind::template).toList();
        assertThat(saved()).hasSize(expected.size())
                .allMatch(f -> f.matches("[a-z-]+_" + caseNumber + "_RPT-\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\\.pdf"));
        assertThat(saved()).extracting(f -> f.substring(0, f.indexOf('_'))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(vm.lines()).allMatch(Line::saved);
    }

    @Test
    void aReportThatCannotBeProducedIsListedWithItsReasonAndTheRestGoOn() throws Exception {
        List<BatchCase> withMissing = List.of(cases.get(0), new BatchCase(UUID.randomUUID(), "TST-2000-ZZZZ-99999"),
                cases.get(1));
        BatchReportViewModel vm = started(desk.context, withMissing);

        vm.run();

        assertThat(saved()).hasSize(2);
        assertThat(vm.lines()).hasSize(3);
        Line failed = vm.lines().stream().filter(l -> !l.saved()).findFirst().orElseThrow();
        assertThat(failed.caseNumber()).isEqualTo("TST-2000-ZZZZ-99999");
        assertThat(failed.problem().key()).isEqualTo("error.caseNotFound");
        assertThat(vm.noticeProperty().get()).isEqualTo(new UserMessage("ui.report.batch.done", 2L, 1L));
    }

    @Test
    void cancellingKeepsTheReportsAlreadySavedAndStopsBeforeTheNext() throws Exception {
        ScreenContext cancelAfterOne = new ScreenContext(desk.session, ImmediateTaskRunner.cancellingAt(1), desk.errors,
                desk.dialogs, Clock.systemDefaultZone(), new PdfBoxReportPages(), desk.printer);
        BatchReportViewModel vm = started(cancelAfterOne, cases);

        vm.run();

        assertThat(saved()).hasSize(1).allMatch(f -> f.matches(FILE_NAME) && f.contains(cases.get(0).caseNumber()));
        assertThat(vm.lines()).hasSize(1).allMatch(Line::saved);
        assertThat(vm.noticeProperty().get()).isEqualTo(new UserMessage("ui.report.batch.cancelled", 1L));
        assertThat(vm.errorProperty().get()).isNull();
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefusedBeforeAnyReport() throws Exception {
        BatchReportViewModel vm = started(desk.context, cases);

        vm.folderProperty().set(dir.resolve("no such folder"));

        assertThat(vm.folderProblemProperty().get()).isEqualTo(new UserMessage("ui.report.batch.folderNotWritable"));
        assertThat(vm.canRunProperty().get()).isFalse();
    }
}
