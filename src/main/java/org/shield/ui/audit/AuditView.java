package org.shield.ui.audit;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.shield.application.audit.AuditRecord;
import org.shield.domain.audit.AuditAction;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** The audit viewer page: filters, one page of entries, export and verification. */
public final class AuditView {
    @FXML private ProgressIndicator busy;
    @FXML private Button exportAudit;
    @FXML private Button verifyAudit;
    @FXML private TextField filterActor;
    @FXML private ComboBox<AuditAction> filterAction;
    @FXML private TextField filterRecordId;
    @FXML private DatePicker filterFrom;
    @FXML private DatePicker filterTo;
    @FXML private Button applyFilters;
    @FXML private Paragraph recordIdProblem;
    @FXML private Paragraph dateRangeProblem;
    @FXML private Paragraph error;
    @FXML private Paragraph notice;
    @FXML private TableView<AuditRecord> auditTable;
    @FXML private TableColumn<AuditRecord, String> colSequence;
    @FXML private TableColumn<AuditRecord, String> colAt;
    @FXML private TableColumn<AuditRecord, String> colActor;
    @FXML private TableColumn<AuditRecord, String> colAction;
    @FXML private TableColumn<AuditRecord, String> colRecordType;
    @FXML private TableColumn<AuditRecord, String> colRecordId;
    @FXML private TableColumn<AuditRecord, String> colChanges;
    @FXML private Button previousPage;
    @FXML private Button nextPage;
    @FXML private Label pageInfo;

    private final AuditViewModel vm;
    private final Messages m;
    private final Parent root;

    public AuditView(AuditViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        Controls.showWhen(busy, vm.busyProperty());
        Controls.showWhen(verifyAudit, Bindings.createBooleanBinding(vm::canVerify));
        exportAudit.disableProperty().bind(vm.busyProperty().or(vm.filtersValidProperty().not()));
        verifyAudit.disableProperty().bind(vm.busyProperty());
        applyFilters.disableProperty().bind(vm.filtersValidProperty().not());
        bindFilters();
        Controls.showMessage(recordIdProblem, vm.recordIdProblemProperty(), m);
        Controls.showMessage(dateRangeProblem, vm.dateRangeProblemProperty(), m);
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showMessage(notice, vm.noticeProperty(), m);

        auditTable.setItems(vm.rows());
        auditTable.setPlaceholder(new Label(m.get("ui.audit.empty")));
        column(colSequence, r -> Long.toString(r.sequence()));
        column(colAt, r -> m.dateTime(r.at()));
        column(colActor, AuditRecord::actor);
        column(colAction, r -> r.action() == null ? m.get("ui.value.none") : m.label(r.action()));
        column(colRecordType, r -> r.recordType() == null ? "" : r.recordType());
        column(colRecordId, r -> r.recordId() == null ? "" : r.recordId().toString());
        column(colChanges, r -> AuditViewModel.changesText(r.changes()));
        colChanges.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item.replace("; ", "\n")));
            }
        });

        previousPage.disableProperty().bind(vm.hasPreviousProperty().not());
        nextPage.disableProperty().bind(vm.hasNextProperty().not());
        pageInfo.textProperty().bind(Bindings.createStringBinding(() -> m.get("ui.audit.pager.info",
                vm.pageIndexProperty().get() + 1, vm.pageCountProperty().get(), vm.totalProperty().get()),
                vm.pageIndexProperty(), vm.pageCountProperty(), vm.totalProperty()));
    }

    private void bindFilters() {
        filterActor.textProperty().bindBidirectional(vm.actorProperty());
        filterRecordId.textProperty().bindBidirectional(vm.recordIdProperty());
        Controls.filterList(filterAction, AuditAction.values(), "ui.audit.filter.anyAction", m);
        filterAction.valueProperty().bindBidirectional(vm.actionProperty());
        filterAction.valueProperty().addListener((o, was, now) -> vm.search());
        for (DatePicker p : new DatePicker[] {filterFrom, filterTo}) {
            Controls.dateField(p, m);
        }
        filterFrom.valueProperty().bindBidirectional(vm.fromProperty());
        filterTo.valueProperty().bindBidirectional(vm.toProperty());
    }

    private static void column(TableColumn<AuditRecord, String> col, Function<AuditRecord, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    @FXML
    private void search() {
        vm.search();
    }

    @FXML
    private void clearFilters() {
        vm.clearFilters();
    }

    @FXML
    private void export() {
        vm.export();
    }

    @FXML
    private void verify() {
        vm.verify();
    }

    @FXML
    private void previousPage() {
        vm.previousPage();
    }

    @FXML
    private void nextPage() {
        vm.nextPage();
    }

    public Parent root() {
        return root;
    }
}
