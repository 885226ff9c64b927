package org.shield.ui.casefile;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.casefile.CaseQuery;
import org.shield.application.casefile.CaseQuery.CaseSort;
import org.shield.application.casefile.CaseSummary;
import org.shield.application.common.Page;
import org.shield.application.common.UserMessage;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.ExploitationType;
import org.shield.domain.common.Text;
import org.shield.ui.common.Busy;
import org.shield.ui.common.Navigator;
import org.shield.ui.common.ScreenContext;
import org.shield.ui.report.BatchReportViewModel;

/**
 * The case list: one page of at most {@link #PAGE_SIZE} cases at a time, read from the database with
 * the filters and the sort order, so it stays fast however many cases the vault holds. The rows are shown first
 * and the total when it has been counted (a count reads every case row in the user's scope: about 0.8 s for
 * 100,000 cases right after opening); the total is counted once per filter, not again for every page, and again
 * after a change elsewhere. Until it is known, {@link #totalProperty()} is -1.
 */
public final class CaseListViewModel {
    public static final int PAGE_SIZE = 100;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<CaseStatus> statuses = FXCollections.observableArrayList();
    private final ObjectProperty<ExploitationType> type = new SimpleObjectProperty<>();
    private final StringProperty unitCode = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> openedFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> openedTo = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseSort> sort = new SimpleObjectProperty<>(CaseSort.OPENED_ON);
    private final BooleanProperty ascending = new SimpleBooleanProperty(false);
    private final IntegerProperty pageIndex = new SimpleIntegerProperty();
    private final IntegerProperty pageCount = new SimpleIntegerProperty(1);
    private final LongProperty total = new SimpleLongProperty();
    private final ObservableList<CaseSummary> rows = FXCollections.observableArrayList();
    private final ObservableList<CaseSummary> selected = FXCollections.observableArrayList();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectBinding<UserMessage> dateRangeProblem;
    private final BooleanBinding hasPrevious;
    private final BooleanBinding hasNext;

    private final ScreenContext ctx;
    private final Navigator navigator;
    private final Busy busy;
    private final BatchReportViewModel batch;
    private long requestSeq;
    private boolean loadedOnce;
    private boolean clearing;
    private CaseQuery shownQuery;
    private int shownPage = -1;
    /** The filter whose total is shown (null: none yet, or stale), and the one being counted ({@link #counted}). */
    private CaseQuery countedQuery;
    private CaseQuery countingQuery;
    private long countSeq;

    public CaseListViewModel(ScreenContext ctx, Navigator navigator) {
        this.ctx = ctx;
        this.navigator = navigator;
        this.busy = new Busy(ctx.tasks());
        this.batch = new BatchReportViewModel(ctx);
        dateRangeProblem = Bindings.createObjectBinding(() -> openedFrom.get() != null && openedTo.get() != null
                && openedTo.get().isBefore(openedFrom.get()) ? new UserMessage("ui.cases.filter.dateRange") : null,
                openedFrom, openedTo);
        hasPrevious = pageIndex.greaterThan(0);
        hasNext = pageIndex.lessThan(pageCount.subtract(1));
        // Choosing a status, type or date applies at once; typed text is applied by the view after a pause.
        statuses.addListener((javafx.collections.ListChangeListener<CaseStatus>) c -> applyFilters());
        type.addListener((o, a, b) -> applyFilters());
        openedFrom.addListener((o, a, b) -> applyFilters());
        openedTo.addListener((o, a, b) -> applyFilters());
    }

    /** Loads the first page the first time the list is shown. */
    public void showing() {
        if (!loadedOnce) {
            loadedOnce = true;
            reload();
        }
    }

    /** Records changed elsewhere: reads the current page and counts the total again if the list has been shown. */
    public void changedElsewhere() {
        forgetTotal();
        if (loadedOnce) {
            reload();
        }
    }

    /** Filters changed: back to the first page (nothing is read if the query is the one shown). */
    public void applyFilters() {
        if (clearing || !loadedOnce) {
            return;
        }
        if (query().equals(shownQuery) && shownPage == 0) {
            return;
        }
        pageIndex.set(0);
        reload();
    }

    public void clearFilters() {
        clearing = true;
        text.set("");
        statuses.clear();
        type.set(null);
        unitCode.set("");
        openedFrom.set(null);
        openedTo.set(null);
        clearing = false;
        applyFilters();
    }

    /** A column header was clicked: order by it, from the first page. */
    public void sortBy(CaseSort by, boolean asc) {
        sort.set(by);
        ascending.set(asc);
        pageIndex.set(0);
        reload();
    }

    public void firstPage() {
        goTo(0);
    }

    public void previousPage() {
        goTo(pageIndex.get() - 1);
    }

    public void nextPage() {
        goTo(pageIndex.get() + 1);
    }

    public void lastPage() {
        goTo(pageCount.get() - 1);
    }

    private void goTo(int index) {
        int bounded = Math.max(0, Math.min(pageCount.get() - 1, index));
        if (bounded != pageIndex.get()) {
            pageIndex.set(bounded);
            reload();
        }
    }

    /** Reads the current page again (after a change elsewhere). */
    public void reload() {
        if (dateRangeProblem.get() != null) {
            return;
        }
        CaseQuery query = query();
        int index = pageIndex.get();
        long seq = ++requestSeq;
        error.set(null);
        shownQuery = query;
        shownPage = index;
        CaseQuery filter = counted(query);
        if (!filter.equals(countedQuery) && !filter.equals(countingQuery)) {
            forgetTotal(); // the total shown, or being counted, is another filter's
        }
        busy.run("ui.task.loadCases", c -> ctx.session().cases().pageRows(query, index, PAGE_SIZE), items -> {
            if (seq == requestSeq) {
                rows.setAll(items);
                if (!filter.equals(countedQuery)) { // not counted yet: as many pages as seen, and one more if full
                    pageCount.set(index + (items.size() == PAGE_SIZE ? 2 : 1));
                    if (!filter.equals(countingQuery)) {
                        count(filter); // after the rows, so that counting does not delay them
                    }
                }
            }
        }, failure -> {
            if (seq == requestSeq) {
                error.set(ctx.errors().explain(failure));
            }
        });
    }

    /** The query without its order: what the total depends on. */
    private static CaseQuery counted(CaseQuery q) {
        return q.sortedBy(CaseSort.OPENED_ON, false);
    }

    /** No total shown; a count still running is of no use any more (its answer is dropped). */
    private void forgetTotal() {
        ++countSeq;
        countedQuery = null;
        countingQuery = null;
        total.set(-1);
    }

    /** Counts the filter's total in a task of its own; a newer count (another filter, a change) supersedes it. */
    private void count(CaseQuery query) {
        long seq = ++countSeq;
        countingQuery = query;
        countedQuery = null;
        total.set(-1);
        busy.run("ui.task.countCases", c -> ctx.session().cases().countMatching(query), n -> {
            if (seq == countSeq) {
                countingQuery = null;
                countedQuery = query;
                showTotal(n);
            }
        }, failure -> {
            if (seq == countSeq) {
                countingQuery = null;
                error.set(ctx.errors().explain(failure));
            }
        });
    }

    private void showTotal(long n) {
        int pages = Page.pageCount(n, PAGE_SIZE);
        total.set(n);
        pageCount.set(pages);
        if (pageIndex.get() >= pages) { // fewer cases than when the page was read
            pageIndex.set(pages - 1);
            reload();
        }
    }

    CaseQuery query() {
        Set<CaseStatus> s = statuses.isEmpty() ? Set.of() : EnumSet.copyOf(statuses);
        return new CaseQuery(Text.trimToNull(text.get()), s, type.get(), Text.trimToNull(unitCode.get()),
                openedFrom.get(), openedTo.get(), sort.get(), ascending.get());
    }

    public void open(CaseSummary row) {
        if (row != null) {
            navigator.openCase(row.id());
        }
    }

    /** True if the user may open cases (a caseworker may not): the New case action is shown only then. */
    /** Opens the batch of reports for the selected cases (supervisors); {@code uiLanguage}: the default language. */
    public void printSelected(Locale uiLanguage) {
        batch.start(selected.stream().map(c -> new BatchReportViewModel.BatchCase(c.id(), c.caseNumber())).toList(),
                uiLanguage);
    }

    /** The rows the user selected (the view keeps it in step with the table). */
    public ObservableList<CaseSummary> selected() {
        return selected;
    }

    public BatchReportViewModel batch() {
        return batch;
    }

    public boolean canCreate() {
        return ctx.session().can(org.shield.domain.security.Permission.CASE_CREATE);
    }

    public void newCase() {
        navigator.newCase();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<CaseStatus> statuses() {
        return statuses;
    }

    public ObjectProperty<ExploitationType> typeProperty() {
        return type;
    }

    public StringProperty unitCodeProperty() {
        return unitCode;
    }

    public ObjectProperty<LocalDate> openedFromProperty() {
        return openedFrom;
    }

    public ObjectProperty<LocalDate> openedToProperty() {
        return openedTo;
    }

    public ObjectProperty<CaseSort> sortProperty() {
        return sort;
    }

    public BooleanProperty ascendingProperty() {
        return ascending;
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    public LongProperty totalProperty() {
        return total;
    }

    public ObservableList<CaseSummary> rows() {
        return rows;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public ObjectBinding<UserMessage> dateRangeProblemProperty() {
        return dateRangeProblem;
    }

    public BooleanBinding hasPreviousProperty() {
        return hasPrevious;
    }

    public BooleanBinding hasNextProperty() {
        return hasNext;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
