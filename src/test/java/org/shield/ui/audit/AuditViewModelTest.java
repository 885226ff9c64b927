package org.shield.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.audit.AuditReport;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.UserMessage;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.AuditChain;
import org.shield.domain.audit.ChangeSet;
import org.shield.ui.DeskFixture;
import org.shield.ui.FakeAuditExporter;

class AuditViewModelTest {
    @TempDir
    static Path dir;
    static DeskFixture desk;

    @BeforeAll
    static void vaultWithSomeHistory() throws Exception {
        desk = DeskFixture.create(dir.resolve("vault"));
        desk.session.cases().create(CreateCaseCommand.titled("DEMO-TEST audited case"));
    }

    @AfterAll
    static void closeVault() {
        desk.close();
    }

    @BeforeEach
    void noSaveFileChosen() {
        desk.dialogs.answerSaveFile(null);
    }

    private static AuditViewModel viewer() {
        return new AuditViewModel(desk.context, new FakeAuditExporter());
    }

    @Test
    void firstPageShowsTheNewestEntriesFirst() {
        AuditViewModel vm = viewer();

        vm.search();

        assertThat(vm.rows()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(vm.rows().get(0).sequence()).isGreaterThan(vm.rows().get(vm.rows().size() - 1).sequence());
        assertThat(vm.totalProperty().get()).isEqualTo(vm.rows().size());
    }

    @Test
    void filteringByActionShowsOnlyThatAction() {
        AuditViewModel vm = viewer();
        vm.actionProperty().set(AuditAction.Create);

        vm.search();

        assertThat(vm.rows()).isNotEmpty().allMatch(r -> r.action() == AuditAction.Create);
    }

    @Test
    void datesBeforeTheFirstEntryFindNothing() {
        AuditViewModel vm = viewer();
        vm.fromProperty().set(LocalDate.of(2001, 1, 1));
        vm.toProperty().set(LocalDate.of(2001, 1, 31));

        vm.search();

        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void anUnreadableRecordIdIsReportedAndNothingIsRead() {
        AuditViewModel vm = viewer();
        vm.recordIdProperty().set("not-an-id");

        vm.search();

        assertThat(vm.recordIdProblemProperty().get()).isEqualTo(new UserMessage("ui.audit.filter.recordId.invalid"));
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void exportWritesTheChosenFile() throws Exception {
        Path out = dir.resolve("audit-export.csv");
        desk.dialogs.answerSaveFile(out);
        AuditViewModel vm = viewer();

        vm.export();

        assertThat(out).exists();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(vm.noticeProperty().get().key()).isEqualTo("ui.audit.exported");
        assertThat(vm.noticeProperty().get().args()[0]).isEqualTo((long) (lines.size() - 1));
    }

    @Test
    void cancellingTheSaveDialogExportsNothing() {
        AuditViewModel vm = viewer();
        int tasksBefore = desk.tasks.titles().size();

        vm.export();

        assertThat(desk.tasks.titles()).hasSize(tasksBefore);
        assertThat(vm.noticeProperty().get()).isNull();
    }

    @Test
    void verifyingAnIntactTrailSaysHowManyEntriesWereChecked() {
        AuditViewModel vm = viewer();
        assertThat(vm.canVerify()).isTrue();

        vm.verify();

        UserMessage said = vm.noticeProperty().get();
        assertThat(said.key()).isEqualTo("ui.audit.verify.intact");
        assertThat((Long) said.args()[0]).isPositive();
    }

    @Test
    void aDamagedTrailNamesTheFirstBadEntryAndTheProblem() {
        UserMessage said = AuditViewModel.verdict(new AuditReport(12, 7L, AuditChain.Problem.ALTERED, 3));

        assertThat(said).isEqualTo(new UserMessage("ui.audit.verify.broken", 7L, AuditChain.Problem.ALTERED));
    }

    @Test
    void changesAreSummarisedFieldByField() {
        String text = AuditViewModel.changesText(List.of(new ChangeSet.Change("status", "Active", "Closed"),
                new ChangeSet.Change("closedOn", null, "2026-11-28"), new ChangeSet.Change("note", "x", null)));

        assertThat(text).isEqualTo("status: Active \u2192 Closed; closedOn: 2026-11-28; note: x \u2192 \u2205");
    }
}
