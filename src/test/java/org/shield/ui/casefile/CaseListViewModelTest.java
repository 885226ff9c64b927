package org.shield.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CaseQuery;
import org.shield.application.casefile.CaseQuery.CaseSort;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.UserMessage;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.ExploitationType;
import org.shield.ui.DeskFixture;
import org.shield.ui.ImmediateTaskRunner;
import org.shield.ui.common.ScreenContext;
import org.shield.ui.common.TaskHandle;
import org.shield.ui.common.TaskRunner;

class CaseListViewModelTest {
    private static final int CASES = CaseListViewModel.PAGE_SIZE + 5;

    @TempDir
    static Path dir;
    static DeskFixture desk;

    @BeforeAll
    static void openVaultWithMoreThanOnePageOfCases() throws Exception {
        desk = DeskFixture.create(dir.resolve("vault"));
        for (int i = 1; i <= CASES; i++) {
            desk.session.cases().create(new CreateCaseCommand(String.format("DEMO-TEST case %03d", i), null,
                    Set.of(i % 2 == 0 ? ExploitationType.ForcedLabour : ExploitationType.ForcedCriminalityOnlineScam),
                    null, null, LocalDate.of(2025, 1, 1).plusDays(i), null, null, Set.of()));
        }
    }

    @AfterAll
    static void closeVault() {
        desk.close();
    }

    @Test
    void loadsOnePageAndKnowsTheTotal() {
        CaseListViewModel vm = new CaseListViewModel(desk.context, desk.navigator);

        vm.showing();

        assertThat(vm.rows()).hasSize(CaseListViewModel.PAGE_SIZE);
        assertThat(vm.totalProperty().get()).isEqualTo(CASES);
        assertThat(vm.pageCountProperty().get()).isEqualTo(2);
        assertThat(vm.hasNextProperty().get()).isTrue();
        assertThat(vm.hasPreviousProperty().get()).isFalse();
    }

    @Test
    void nextPageShowsTheRest() {
        CaseListViewModel vm = new CaseListViewModel(desk.context, desk.navigator);
        vm.showing();

        vm.nextPage();

        assertThat(vm.pageIndexProperty().get()).isEqualTo(1);
        assertThat(vm.rows()).hasSize(5);
        assertThat(vm.hasNextProperty().get()).isFalse();
    }

    @Test
    void sortingByTitleAscendingStartsWithTheFirstTitle() {
        CaseListViewModel vm = new CaseListViewModel(desk.context, desk.navigator);
        vm.showing();
        vm.nextPage();

        vm.sortBy(CaseSort.TITLE, true);

        assertThat(vm.pageIndexProperty().get()).isZero();
        assertThat(vm.rows().get(0).title()).isEqualTo("DEMO-TEST case 001");
    }

    @Test
    void textFilterIsAppliedInTheDatabase() {
        CaseListViewModel vm = new CaseListViewModel(desk.context, desk.navigator);
        vm.showing();

        vm.textProperty().set("case 10");
        vm.applyFilters();

        assertThat(vm.rows()).extracting(r -> r.title()).containsExactlyInAnyOrder("DEMO-TEST case 100",
                "DEMO-TEST case 101", "DEMO-TEST case 102", "DEMO-TEST case 103", "DEMO-TEST case 104",
                "DEMO-TEST case 105");
    }

    @Test
    void filtersBecomeTheQuery() {
        CaseListViewModel vm = new CaseListViewModel(desk.context, desk.navigator);
        vm.textProperty().set("  scam ");
        vm.statuses().setAll(List.of(CaseStatus.Active, CaseStatus.FollowUp));
        vm.typeProperty().set(ExploitationType.ForcedCriminalityOnlineScam);
        vm.unitCodeProperty().set("TST");
        vm.openedFromProperty().set(LocalDate.of(2025, 1, 1));
        vm.sortBy(CaseSort.UNIT, true);

        CaseQuery q = vm.query();

        assertThat(q).isEqualTo(new CaseQuery("scam", Set.of(CaseStatus.Active, CaseStatus.FollowUp),
                ExploitationType.ForcedCriminalityOnlineScam, "TST", LocalDate.of(2025, 1, 1), null, CaseSort.UNIT,
                true));
    }

    @Test
    void backwardsDateRangeIsReportedAndNotQueried() {
        CaseListViewModel vm = new CaseListViewModel(desk.context, desk.navigator);
        vm.showing();
        vm.openedFromProperty().set(LocalDate.of(2025, 2, 1));
        int before = desk.tasks.titles().size();

        vm.openedToProperty().set(LocalDate.of(2025, 1, 1));

        assertThat(vm.dateRangeProblemProperty().get()).isEqualTo(new UserMessage("ui.cases.filter.dateRange"));
        assertThat(desk.tasks.titles()).hasSize(before);
        assertThat(vm.rows()).isNotEmpty();
    }

    @Test
    void choosingAStatusFiltersAtOnceAndClearingReadsOnce() {
        CaseListViewModel vm = new CaseListViewModel(desk.context, desk.navigator);
        vm.showing();

        vm.statuses().setAll(List.of(CaseStatus.Closed));
        assertThat(vm.totalProperty().get()).isZero();
        int before = desk.tasks.titles().size();

        vm.clearFilters();

        assertThat(vm.totalProperty().get()).isEqualTo(CASES);
        // one read of the rows and one count, not one per filter cleared
        assertThat(desk.tasks.titles().subList(before, desk.tasks.titles().size()))
                .containsExactly("ui.task.loadCases", "ui.task.countCases");
    }

    @Test
    void theTotalIsCountedOncePerFilterNotForEveryPageOrSortAndAgainAfterAChange() {
        CaseListViewModel vm = new CaseListViewModel(desk.context, desk.navigator);
        int before = desk.tasks.titles().size();
        vm.showing();
        assertThat(counts(before)).isEqualTo(1);

        vm.nextPage();
        vm.previousPage();
        vm.sortBy(CaseSort.TITLE, true);
        assertThat(counts(before)).as("paging and sorting read rows only").isEqualTo(1);
        assertThat(vm.totalProperty().get()).isEqualTo(CASES);

        vm.statuses().setAll(List.of(CaseStatus.Active));
        assertThat(counts(before)).isEqualTo(2);

        vm.changedElsewhere();
        assertThat(counts(before)).as("a change elsewhere may change the total").isEqualTo(3);
    }

    private long counts(int from) {
        return desk.tasks.titles().subList(from, desk.tasks.titles().size()).stream()
                .filter("ui.task.countCases"::equals).count();
    }

    /** The list's view model on a task runner that runs its tasks only when the test says. */
    private CaseListViewModel viewModelOn(Held held) {
        ScreenContext ctx = new ScreenContext(desk.session, held, desk.errors, desk.dialogs,
                Clock.systemDefaultZone(), desk.context.reportPages(), desk.printer);
        return new CaseListViewModel(ctx, desk.navigator);
    }

    @Test
    void theRowsAreShownBeforeTheTotalIsCounted() {
        Held held = new Held();
        CaseListViewModel vm = viewModelOn(held);

        vm.showing();
        assertThat(held.waiting()).containsExactly("ui.task.loadCases");
        held.runNext();

        assertThat(vm.rows()).hasSize(CaseListViewModel.PAGE_SIZE);
        assertThat(vm.totalProperty().get()).as("not counted yet").isEqualTo(-1);
        assertThat(vm.hasNextProperty().get()).as("a full page: there may be more").isTrue();
        assertThat(held.waiting()).containsExactly("ui.task.countCases");

        vm.nextPage(); // the user pages on before the count has ended: the count goes on, not again
        held.runNext(); // the count
        assertThat(vm.totalProperty().get()).isEqualTo(CASES);
        held.runNext(); // the second page
        assertThat(vm.rows()).hasSize(CASES - CaseListViewModel.PAGE_SIZE);
        assertThat(vm.pageCountProperty().get()).isEqualTo(2);
        assertThat(vm.hasNextProperty().get()).isFalse();
        assertThat(held.waiting()).isEmpty();
    }

    @Test
    void aFailedCountSaysSoAndTheNextReadCountsAgain() {
        Held held = new Held();
        CaseListViewModel vm = viewModelOn(held);
        vm.showing();
        held.runNext(); // the rows

        held.failNext(new IllegalStateException("synthetic failure of the count"));
        assertThat(vm.errorProperty().get()).as("the failure is explained").isNotNull();
        assertThat(vm.totalProperty().get()).isEqualTo(-1);
        assertThat(held.waiting()).isEmpty();

        vm.nextPage();
        held.runNext(); // the second page's rows: the total is still unknown, so it is counted again
        assertThat(held.waiting()).containsExactly("ui.task.countCases");
        held.runNext();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.totalProperty().get()).isEqualTo(CASES);
    }

    /** Holds each task until the test runs it, as a slow worker thread would. */
    private static final class Held implements TaskRunner {
        private final ImmediateTaskRunner now = new ImmediateTaskRunner();
        private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
        private final ArrayDeque<Consumer<Throwable>> failures = new ArrayDeque<>();
        private final List<String> titles = new ArrayList<>();

        @Override
        public <T> TaskHandle run(String titleKey, Work<T> work, Consumer<? super T> onSuccess,
                Consumer<? super Throwable> onFailure) {
            titles.add(titleKey);
            queue.add(() -> now.run(titleKey, work, onSuccess, onFailure));
            failures.add(onFailure::accept);
            return null;
        }

        List<String> waiting() {
            return titles.subList(titles.size() - queue.size(), titles.size());
        }

        void runNext() {
            failures.remove();
            queue.remove().run();
        }

        /** The next task fails as a worker thread's would, with {@code failure}, without running. */
        void failNext(Throwable failure) {
            queue.remove();
            failures.remove().accept(failure);
        }
    }

    @Test
    void openingARowAsksTheNavigatorForThatCase() {
        CaseListViewModel vm = new CaseListViewModel(desk.context, desk.navigator);
        vm.showing();

        vm.open(vm.rows().get(0));

        assertThat(desk.navigator.calls).contains("case:" + vm.rows().get(0).id());
    }
}
