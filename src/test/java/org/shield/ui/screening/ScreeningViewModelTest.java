package org.shield.ui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.common.UserMessage;
import org.shield.domain.screening.Answer;
import org.shield.domain.screening.ExploitationForm;
import org.shield.domain.screening.IndicatorList;
import org.shield.domain.screening.Population;
import org.shield.ui.DeskFixture;
import org.shield.ui.VictimFixtures;

class ScreeningViewModelTest {
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

    private static ScreeningViewModel screening(String title) throws Exception {
        UUID[] ids = VictimFixtures.caseWithVictim(desk.workspace, title);
        ScreeningViewModel vm = new ScreeningViewModel(desk.context, ids[0], ids[1]);
        vm.load();
        return vm;
    }

    private static ChecklistItem first(ScreeningViewModel vm, IndicatorList list) {
        return vm.items().stream().filter(i -> i.indicator().list() == list).findFirst().orElseThrow();
    }

    @Test
    void newScreeningShowsTheChecklistAndSaysWhetherOperationalIndicatorsExist() throws Exception {
        ScreeningViewModel vm = screening("DEMO-TEST checklist");
        assertThat(vm.history()).isEmpty();

        vm.newScreening();

        assertThat(vm.editingProperty().get()).isTrue();
        assertThat(vm.items()).isNotEmpty().extracting(i -> i.indicator().list())
                .contains(IndicatorList.IloForcedLabour, IndicatorList.ScamCompound);
        assertThat(vm.operationalAvailableProperty().get()).isEqualTo(desk.workspace.screening()
                .hasOperationalIndicators(Population.Adult, ExploitationForm.Labour));
        assertThat(vm.groundsProperty().get().forcedLabourYes()).isEmpty();
    }

    @Test
    void summaryFollowsTheAnswersAsTheyChange() throws Exception {
        ScreeningViewModel vm = screening("DEMO-TEST live summary");
        vm.newScreening();
        ChecklistItem forced = first(vm, IndicatorList.IloForcedLabour);
        ChecklistItem scam = first(vm, IndicatorList.ScamCompound);

        forced.answerProperty().set(Answer.Yes);
        scam.answerProperty().set(Answer.Yes);
        assertThat(vm.groundsProperty().get().forcedLabourYes()).containsExactly(forced.indicator().code());
        assertThat(vm.groundsProperty().get().scamSignsYes()).containsExactly(scam.indicator().code());

        forced.answerProperty().set(Answer.Unknown);
        assertThat(vm.groundsProperty().get().forcedLabourYes()).isEmpty();
        assertThat(vm.groundsProperty().get().unknown()).isEqualTo(1);
    }

    @Test
    void changingTheChecklistKeepsAnswersOfItemsInBoth() throws Exception {
        ScreeningViewModel vm = screening("DEMO-TEST switch list");
        vm.newScreening();
        ChecklistItem forced = first(vm, IndicatorList.IloForcedLabour);
        forced.answerProperty().set(Answer.Yes);

        vm.populationProperty().set(Population.Child);

        assertThat(first(vm, IndicatorList.IloForcedLabour).answerProperty().get()).isEqualTo(Answer.Yes);
        assertThat(vm.groundsProperty().get().population()).isEqualTo(Population.Child);
    }

    @Test
    void aScreeningWithoutAnswersIsNotSent() throws Exception {
        ScreeningViewModel vm = screening("DEMO-TEST no answers");
        vm.newScreening();

        vm.save();

        assertThat(vm.problemProperty().get()).isEqualTo(new UserMessage("ui.screening.noAnswers"));
        assertThat(vm.history()).isEmpty();
        assertThat(vm.editingProperty().get()).isTrue();
    }

    @Test
    void savedScreeningsAreKeptNewestFirst() throws Exception {
        ScreeningViewModel vm = screening("DEMO-TEST history");
        vm.newScreening();
        first(vm, IndicatorList.IloForcedLabour).answerProperty().set(Answer.Yes);
        first(vm, IndicatorList.IloForcedLabour).noteProperty().set("DEMO said in the first interview");
        vm.noteProperty().set("DEMO first screening");
        vm.save();
        UUID firstId = vm.history().get(0).id();

        vm.newScreening();
        vm.answerRestUnknown();
        vm.save();

        assertThat(vm.editingProperty().get()).isFalse();
        assertThat(vm.history()).hasSize(2);
        assertThat(vm.history().get(1).id()).as("the earlier one is kept, below").isEqualTo(firstId);
        assertThat(vm.viewedProperty().get().id()).isEqualTo(vm.history().get(0).id());
        assertThat(vm.history().get(1).answers()).hasSize(1);
        assertThat(vm.history().get(1).grounds().forcedLabourYes()).hasSize(1);
        assertThat(vm.history().get(0).answers()).allMatch(a -> a.answer() == Answer.Unknown);
    }

    @Test
    void aSourceOutsideTheCaseIsRefusedAndTheFormStays() throws Exception {
        ScreeningViewModel vm = screening("DEMO-TEST bad source");
        vm.newScreening();
        ChecklistItem item = first(vm, IndicatorList.ScamCompound);
        item.answerProperty().set(Answer.Yes);
        item.sourceProperty().set(new SourceOption(UUID.randomUUID(), null, null, null));

        vm.save();

        assertThat(vm.errorProperty().get()).isEqualTo(new UserMessage("screening.sourceOtherCase"));
        assertThat(vm.editingProperty().get()).isTrue();
        assertThat(vm.history()).isEmpty();
    }
}
