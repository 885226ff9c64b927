package org.shield.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.UpdateCaseCommand;
import org.shield.application.common.UserMessage;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.ExploitationType;
import org.shield.ui.DeskFixture;
import org.shield.ui.common.Difference;

class CaseOverviewViewModelTest {
    @TempDir
    static Path dir;
    static DeskFixture desk;

    @BeforeAll
    static void openVault() throws Exception {
        desk = DeskFixture.create(dir.resolve("vault"));
    }

    @AfterAll
    static void closeVault() {
        desk.close();
    }

    private CaseOverviewViewModel overview() {
        return new CaseOverviewViewModel(desk.context, d -> { });
    }

    private static CaseDetails storedCase(String title) throws Exception {
        return desk.session.cases().create(CreateCaseCommand.titled(title));
    }

    @Test
    void newCaseIsCreatedInTheUsersUnitAndGetsANumber() {
        CaseOverviewViewModel vm = overview();
        vm.startNew();
        vm.titleProperty().set("DEMO-TEST case created from the form");
        vm.types().setAll(List.of(ExploitationType.ForcedCriminalityOnlineScam));

        vm.save();

        CaseDetails saved = vm.loadedProperty().get();
        assertThat(saved).isNotNull();
        assertThat(saved.caseNumber()).startsWith("TST-");
        assertThat(saved.exploitationTypes()).containsExactly(ExploitationType.ForcedCriminalityOnlineScam);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.noticeProperty().get()).isEqualTo(new UserMessage("ui.case.saved"));
    }

    @Test
    void blankTitleIsReportedInlineAndSaveIsDisabled() throws Exception {
        CaseOverviewViewModel vm = overview();
        vm.load(storedCase("DEMO-TEST title to clear"));

        vm.titleProperty().set("   ");

        assertThat(vm.titleProblemProperty().get()).isEqualTo(new UserMessage("case.title.required"));
        assertThat(vm.canSaveProperty().get()).isFalse();
    }

    @Test
    void closureReasonIsRequiredOnlyWhenClosedAndReferred() throws Exception {
        CaseOverviewViewModel vm = overview();
        vm.load(storedCase("DEMO-TEST closing"));

        vm.statusProperty().set(CaseStatus.Closed);
        assertThat(vm.closureReasonProblemProperty().get()).isNull();
        assertThat(vm.closedOnProperty().get()).isNotNull();

        vm.statusProperty().set(CaseStatus.ClosedReferred);
        assertThat(vm.closureReasonProblemProperty().get())
                .isEqualTo(new UserMessage("case.closureReason.required"));

        vm.closureReasonProperty().set("Referred to the DEMO shelter");
        assertThat(vm.closureReasonProblemProperty().get()).isNull();
        assertThat(vm.canSaveProperty().get()).isTrue();
    }

    @Test
    void loadedCaseIsCleanUntilEdited() throws Exception {
        CaseOverviewViewModel vm = overview();
        vm.load(storedCase("DEMO-TEST clean"));
        assertThat(vm.dirtyProperty().get()).isFalse();

        vm.tagsProperty().set("demo, border");

        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.canSaveProperty().get()).isTrue();
    }

    @Test
    void staleSaveKeepsTheEditAndShowsTheStoredVersionBesideIt() throws Exception {
        CaseDetails original = storedCase("DEMO-TEST conflict base");
        CaseOverviewViewModel vm = overview();
        vm.load(original);
        changeElsewhere(original, "DEMO-TEST changed on another screen");

        vm.titleProperty().set("DEMO-TEST my edit");
        vm.save();

        assertThat(vm.conflictProperty().get()).isNotNull();
        assertThat(vm.conflictProperty().get().title()).isEqualTo("DEMO-TEST changed on another screen");
        assertThat(vm.titleProperty().get()).isEqualTo("DEMO-TEST my edit");
        assertThat(vm.differences()).contains(new Difference("ui.case.field.title",
                "DEMO-TEST changed on another screen", "DEMO-TEST my edit"));
        assertThat(vm.errorProperty().get()).isEqualTo(new UserMessage("ui.conflict.message"));
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(desk.session.cases().get(original.id()).title()).isEqualTo("DEMO-TEST changed on another screen");
    }

    @Test
    void keepingMyVersionSavesItOverTheStoredOne() throws Exception {
        CaseDetails original = storedCase("DEMO-TEST keep mine base");
        CaseOverviewViewModel vm = overview();
        vm.load(original);
        changeElsewhere(original, "DEMO-TEST theirs");
        vm.titleProperty().set("DEMO-TEST mine");
        vm.save();

        vm.keepMine();

        assertThat(vm.conflictProperty().get()).isNull();
        assertThat(desk.session.cases().get(original.id()).title()).isEqualTo("DEMO-TEST mine");
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void reloadingTheStoredVersionDiscardsMyEdit() throws Exception {
        CaseDetails original = storedCase("DEMO-TEST reload base");
        CaseOverviewViewModel vm = overview();
        vm.load(original);
        changeElsewhere(original, "DEMO-TEST stored wins");
        vm.titleProperty().set("DEMO-TEST discarded");
        vm.save();

        vm.reloadStored();

        assertThat(vm.titleProperty().get()).isEqualTo("DEMO-TEST stored wins");
        assertThat(vm.conflictProperty().get()).isNull();
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    private static void changeElsewhere(CaseDetails d, String title) throws Exception {
        UpdateCaseCommand base = UpdateCaseCommand.from(d);
        desk.session.cases().update(new UpdateCaseCommand(d.id(), d.version(), title, base.status(),
                base.closureReason(), base.closedOn(), base.exploitationTypes(), base.unitCode(),
                base.leadInvestigator(), base.openedOn(), base.summary(), base.sensitivity(), base.tags()));
    }
}
