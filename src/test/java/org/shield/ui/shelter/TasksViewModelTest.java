package org.shield.ui.shelter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.care.TaskSummary;
import org.shield.application.common.UserMessage;
import org.shield.testing.TestVaults;
import org.shield.ui.DeskFixture;
import org.shield.ui.VictimFixtures;

class TasksViewModelTest {
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

    private static LocalDate today() {
        return LocalDate.now(desk.context.clock());
    }

    @Test
    void aVictimsTasksAreAddedAndCompletedOpenOnesFirst() throws Exception {
        UUID[] ids = VictimFixtures.caseWithVictim(desk.workspace, "DEMO-TEST victim tasks");
        VictimTasksViewModel vm = new VictimTasksViewModel(desk.context, ids[0], ids[1]);
        vm.load();
        assertThat(vm.tasks()).isEmpty();
        assertThat(vm.assigneeProperty().get()).isEqualTo(TestVaults.ADMIN);
        assertThat(vm.canAddProperty().get()).isFalse();

        vm.titleProperty().set("DEMO book the medical check");
        vm.dueOnProperty().set(today().plusDays(2));
        vm.add();
        vm.titleProperty().set("DEMO call the embassy");
        vm.dueOnProperty().set(today().minusDays(1));
        vm.add();

        assertThat(vm.titleProperty().get()).isEmpty();
        assertThat(vm.tasks()).extracting(TaskSummary::title).containsExactly("DEMO call the embassy",
                "DEMO book the medical check");
        assertThat(vm.tasks().get(0).overdue()).isTrue();

        vm.complete(vm.tasks().get(0));

        assertThat(vm.tasks()).extracting(TaskSummary::title).containsExactly("DEMO book the medical check",
                "DEMO call the embassy");
        assertThat(vm.tasks().get(1).doneOn()).isEqualTo(today());
    }

    @Test
    void aTaskForAnUnknownUserIsRefused() throws Exception {
        UUID[] ids = VictimFixtures.caseWithVictim(desk.workspace, "DEMO-TEST unknown assignee");
        VictimTasksViewModel vm = new VictimTasksViewModel(desk.context, ids[0], ids[1]);
        vm.load();
        vm.titleProperty().set("DEMO visit the family");
        vm.dueOnProperty().set(today());
        vm.assigneeProperty().set("demo-nobody");

        vm.add();

        assertThat(vm.errorProperty().get()).isEqualTo(new UserMessage("error.userUnknown", "demo-nobody"));
        assertThat(vm.titleProperty().get()).as("kept for another try").isEqualTo("DEMO visit the family");
        assertThat(vm.tasks()).isEmpty();
    }

    @Test
    void myTasksCanShowOnlyTheOverdueOnesAndOpenTheirVictim() throws Exception {
        UUID[] ids = VictimFixtures.caseWithVictim(desk.workspace, "DEMO-TEST my tasks");
        desk.workspace.care().addTask(ids[0], ids[1], "DEMO overdue follow-up", today().minusDays(3), null);
        desk.workspace.care().addTask(ids[0], ids[1], "DEMO later follow-up", today().plusDays(5), null);
        MyTasksViewModel vm = new MyTasksViewModel(desk.context);
        List<UUID[]> opened = new ArrayList<>();
        vm.setOnOpen((caseId, personId) -> opened.add(new UUID[] {caseId, personId}));

        vm.load();
        assertThat(vm.wholeUnit()).as("the test administrator is a supervisor").isTrue();
        assertThat(vm.tasks()).extracting(TaskSummary::title).contains("DEMO overdue follow-up",
                "DEMO later follow-up");

        vm.overdueOnlyProperty().set(true);
        assertThat(vm.tasks()).extracting(TaskSummary::title).contains("DEMO overdue follow-up")
                .doesNotContain("DEMO later follow-up");

        TaskSummary overdue = vm.tasks().stream().filter(t -> t.title().equals("DEMO overdue follow-up"))
                .findFirst().orElseThrow();
        vm.open(overdue);
        assertThat(opened).singleElement().satisfies(o -> assertThat(o).containsExactly(ids[0], ids[1]));

        vm.complete(overdue);
        assertThat(vm.tasks()).extracting(TaskSummary::title).doesNotContain("DEMO overdue follow-up");
    }
}
