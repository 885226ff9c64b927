package org.shield.ui.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.shield.application.casefile.CaseQuery.CaseSort;
import org.shield.application.casefile.CaseSummary;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.ExploitationType;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;
import org.shield.ui.report.BatchReportDialog;

/**
 * The case list page: filters, a table of one page of cases (click a header to sort in the database),
 * page controls. Enter or a double click opens a case.
 */
public final class CaseListView {
    @FXML private ProgressIndicator busy;
    @FXML private Button newCase;
    @FXML private Button batchReports;
    @FXML private TextField filterText;
    @FXML private CheckComboBox<CaseStatus> filterStatus;
    @FXML private ComboBox<ExploitationType> filterType;
    @FXML private TextField filterUnit;
    @FXML private DatePicker filterFrom;
    @FXML private DatePicker filterTo;
    @FXML private Paragraph dateRangeProblem;
    @FXML private Paragraph error;
    @FXML private TableView<CaseSummary> table;
    @FXML private TableColumn<CaseSummary, String> colNumber;
    @FXML private TableColumn<CaseSummary, String> colTitle;
    @FXML private TableColumn<CaseSummary, String> colStatus;
    @FXML private TableColumn<CaseSummary, String> colTypes;
    @FXML private TableColumn<CaseSummary, String> colUnit;
    @FXML private TableColumn<CaseSummary, String> colLead;
    @FXML private TableColumn<CaseSummary, String> colOpened;
    @FXML private Button firstPage;
    @FXML private Button previousPage;
    @FXML private Button nextPage;
    @FXML private Button lastPage;
    @FXML private Label pageInfo;

    private final CaseListViewModel vm;
    private final Messages m;
    private final Parent root;
    private Map<TableColumn<CaseSummary, ?>, CaseSort> sortable;
    private boolean syncingStatuses;

    public CaseListView(CaseListViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        Controls.showWhen(busy, vm.busyProperty());
        newCase.setVisible(vm.canCreate());
        newCase.setManaged(vm.canCreate());
        batchReports.setVisible(vm.batch().offered());
        batchReports.setManaged(vm.batch().offered());
        batchReports.disableProperty().bind(Bindings.isEmpty(vm.selected()));
        BatchReportDialog.attach(vm.batch(), table, m);
        bindFilters();
        bindTable();
        Controls.showMessage(dateRangeProblem, vm.dateRangeProblemProperty(), m);
        Controls.showMessage(error, vm.errorProperty(), m);
        firstPage.disableProperty().bind(vm.hasPreviousProperty().not());
        previousPage.disableProperty().bind(vm.hasPreviousProperty().not());
        nextPage.disableProperty().bind(vm.hasNextProperty().not());
        // the last page is known once the total is
        lastPage.disableProperty().bind(vm.hasNextProperty().not().or(vm.totalProperty().lessThan(0)));
        // no total yet: being counted, or its count failed (the error says why; the next read counts again)
        pageInfo.textProperty().bind(Bindings.createStringBinding(() -> vm.totalProperty().get() >= 0
                ? m.get("ui.pager.info", vm.pageIndexProperty().get() + 1, vm.pageCountProperty().get(),
                        vm.totalProperty().get())
                : m.get(vm.errorProperty().get() == null ? "ui.pager.counting" : "ui.pager.page",
                        vm.pageIndexProperty().get() + 1),
                vm.pageIndexProperty(), vm.pageCountProperty(), vm.totalProperty(), vm.errorProperty()));
        vm.showing();
    }

    private void bindFilters() {
        filterText.textProperty().bindBidirectional(vm.textProperty());
        filterUnit.textProperty().bindBidirectional(vm.unitCodeProperty());
        PauseTransition typing = new PauseTransition(Duration.millis(350));
        typing.setOnFinished(e -> vm.applyFilters());
        filterText.textProperty().addListener((o, a, b) -> typing.playFromStart());
        filterUnit.textProperty().addListener((o, a, b) -> typing.playFromStart());

        filterStatus.getItems().setAll(CaseStatus.values());
        filterStatus.setConverter(labels());
        filterStatus.setTitle(m.get("ui.cases.filter.status"));
        filterStatus.setShowCheckedCount(true);
        Runnable checksFromModel = () -> {
            syncingStatuses = true;
            filterStatus.getCheckModel().clearChecks();
            vm.statuses().forEach(s -> filterStatus.getCheckModel().check(s));
            syncingStatuses = false;
        };
        checksFromModel.run();
        vm.statuses().addListener((ListChangeListener<CaseStatus>) c -> {
            if (!syncingStatuses) {
                checksFromModel.run();
            }
        });
        filterStatus.getCheckModel().getCheckedItems().addListener((ListChangeListener<CaseStatus>) c -> {
            if (!syncingStatuses) {
                syncingStatuses = true;
                vm.statuses().setAll(new ArrayList<>(filterStatus.getCheckModel().getCheckedItems()));
                syncingStatuses = false;
            }
        });

        Controls.filterList(filterType, ExploitationType.values(), "ui.cases.filter.anyType", m);
        filterType.valueProperty().bindBidirectional(vm.typeProperty());

        for (DatePicker p : new DatePicker[] {filterFrom, filterTo}) {
            Controls.dateField(p, m);
        }
        filterFrom.valueProperty().bindBidirectional(vm.openedFromProperty());
        filterTo.valueProperty().bindBidirectional(vm.openedToProperty());
    }

    private <E extends Enum<E>> StringConverter<E> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return m.label(value);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }

    private void bindTable() {
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(m.get("ui.cases.empty")));
        colNumber.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().caseNumber()));
        colTitle.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        colStatus.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(m.label(c.getValue().status())));
        colTypes.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().exploitationTypes().stream()
                .sorted().map(m::label).collect(Collectors.joining(", "))));
        colUnit.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().unitCode()));
        colLead.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().leadInvestigator()));
        colOpened.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(m.date(c.getValue().openedOn())));
        sortable = Map.of(colNumber, CaseSort.CASE_NUMBER, colTitle, CaseSort.TITLE, colStatus, CaseSort.STATUS,
                colUnit, CaseSort.UNIT, colOpened, CaseSort.OPENED_ON);
        sortable.forEach((col, by) -> {
            if (by == vm.sortProperty().get()) {
                col.setSortType(vm.ascendingProperty().get() ? TableColumn.SortType.ASCENDING
                        : TableColumn.SortType.DESCENDING);
                table.getSortOrder().setAll(List.of(col));
            }
        });
        // Sorting happens in the database: the policy only passes the clicked column to the view model.
        table.setSortPolicy(t -> {
            if (!t.getSortOrder().isEmpty()) {
                TableColumn<CaseSummary, ?> col = t.getSortOrder().get(0);
                CaseSort by = sortable.get(col);
                boolean asc = col.getSortType() == TableColumn.SortType.ASCENDING;
                if (by != null && (by != vm.sortProperty().get() || asc != vm.ascendingProperty().get())) {
                    vm.sortBy(by, asc);
                }
            }
            return true;
        });
        Controls.openOnActivate(table, vm::open);
        // a supervisor selects several cases for a batch of reports
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Bindings.bindContent(vm.selected(), table.getSelectionModel().getSelectedItems());
    }

    @FXML
    private void newCase() {
        vm.newCase();
    }

    @FXML
    private void batchReports() {
        vm.printSelected(m.locale());
    }

    @FXML
    private void clearFilters() {
        vm.clearFilters();
    }

    @FXML
    private void firstPage() {
        vm.firstPage();
    }

    @FXML
    private void previousPage() {
        vm.previousPage();
    }

    @FXML
    private void nextPage() {
        vm.nextPage();
    }

    @FXML
    private void lastPage() {
        vm.lastPage();
    }

    public Parent root() {
        return root;
    }
}
