package org.shield.ui.evidence;

import org.shield.ui.common.ByteSizes;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.shield.application.evidence.CustodyEventDetails;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.domain.evidence.HashCheck;
import org.shield.domain.evidence.Integrity;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.RunningWork;
import org.shield.ui.common.ViewLoader;

/**
 * The Evidence tab: the case's exhibits, the selected exhibit's particulars and chain of custody, the
 * actions on it, and a progress bar with Cancel while long work runs. A mismatch is marked in the table.
 */
public final class EvidenceView {
    @FXML private Button addExhibit;
    @FXML private Button verifyIntegrity;
    @FXML private Button verifyExhibit;
    @FXML private Button exportDisclosure;
    @FXML private ProgressIndicator busy;
    @FXML private VBox workPane;
    @FXML private Label workTitle;
    @FXML private Label workAmount;
    @FXML private ProgressBar workProgress;
    @FXML private Button cancelWork;
    @FXML private Paragraph error;
    @FXML private Paragraph notice;
    @FXML private Paragraph syncConflict;
    @FXML private TableView<ExhibitDetails> exhibitsTable;
    @FXML private TableColumn<ExhibitDetails, String> colNumber;
    @FXML private TableColumn<ExhibitDetails, String> colType;
    @FXML private TableColumn<ExhibitDetails, String> colDescription;
    @FXML private TableColumn<ExhibitDetails, String> colSize;
    @FXML private TableColumn<ExhibitDetails, Integrity> colIntegrity;
    @FXML private TableColumn<ExhibitDetails, String> colCustodian;
    @FXML private TableColumn<ExhibitDetails, String> colSeal;
    @FXML private VBox particulars;
    @FXML private Button openExhibit;
    @FXML private HBox custodyActions;
    @FXML private Button transferExhibit;
    @FXML private Button receiveExhibit;
    @FXML private Button recordCustody;
    @FXML private Button correctExhibit;
    @FXML private TableView<CustodyEventDetails> custodyTable;
    @FXML private TableColumn<CustodyEventDetails, String> colSeq;
    @FXML private TableColumn<CustodyEventDetails, String> colWhen;
    @FXML private TableColumn<CustodyEventDetails, String> colAction;
    @FXML private TableColumn<CustodyEventDetails, String> colFromTo;
    @FXML private TableColumn<CustodyEventDetails, String> colPlace;
    @FXML private TableColumn<CustodyEventDetails, String> colPurpose;
    @FXML private TableColumn<CustodyEventDetails, String> colStorage;
    @FXML private TableColumn<CustodyEventDetails, HashCheck> colHash;
    @FXML private TableColumn<CustodyEventDetails, String> colRecordedBy;

    private final EvidenceViewModel vm;
    private final Messages m;
    private final Parent root;

    public EvidenceView(EvidenceViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        exhibitsTable.setItems(vm.exhibits());
        exhibitsTable.setPlaceholder(new Label(m.get("ui.evidence.empty")));
        text(colNumber, ExhibitDetails::exhibitNumber);
        text(colType, e -> m.label(e.type()));
        text(colDescription, ExhibitDetails::description);
        text(colSize, e -> ByteSizes.text(e.sizeBytes(), m));
        colIntegrity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().integrity()));
        colIntegrity.setCellFactory(col -> new MarkedCell<>(Integrity.Mismatch));
        text(colCustodian, ExhibitDetails::custodian);
        text(colSeal, ExhibitDetails::sealNumber);
        var selection = exhibitsTable.getSelectionModel().selectedItemProperty();
        selection.addListener((o, was, now) -> {
            if (now != vm.selectedProperty().get()) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (selection.get() != now) {
                exhibitsTable.getSelectionModel().select(now);
            }
            if (now != null) {
                exhibitsTable.scrollTo(now);
            }
            particulars.getChildren().setAll(ExhibitParticulars.of(now, m));
        });
        particulars.getChildren().setAll(ExhibitParticulars.of(null, m));

        custodyTable.setItems(vm.custody());
        custodyTable.setPlaceholder(new Label(m.get("ui.evidence.custody.empty")));
        custody(colSeq, ev -> Integer.toString(ev.sequence()));
        custody(colWhen, ev -> m.dateTime(ev.occurredAt()));
        custody(colAction, ev -> m.label(ev.action()));
        // a relabel goes from one number to another; other steps from one custodian to another
        custody(colFromTo, ev -> ev.numberBefore() != null
                ? m.get("ui.evidence.custody.fromTo", ev.numberBefore(), ev.numberAfter())
                : ev.fromCustodian() == null && ev.toCustodian() == null ? ""
                : m.get("ui.evidence.custody.fromTo", dash(ev.fromCustodian()), dash(ev.toCustodian())));
        custody(colPlace, CustodyEventDetails::place);
        custody(colPurpose, CustodyEventDetails::purpose);
        custody(colStorage, CustodyEventDetails::storageAfter);
        colHash.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().hashResult()));
        colHash.setCellFactory(col -> new MarkedCell<>(HashCheck.Mismatch, HashCheck.Unreadable));
        custody(colRecordedBy, CustodyEventDetails::recordedBy);

        addExhibit.disableProperty().bind(vm.canAddProperty().not());
        Controls.showWhen(addExhibit, vm.canRecordProperty());
        Controls.showWhen(verifyIntegrity, vm.canVerifyProperty());
        Controls.showWhen(exportDisclosure, vm.canExportProperty());
        verifyIntegrity.disableProperty().bind(vm.work().runningProperty());
        Controls.showWhen(verifyExhibit, vm.canVerifyProperty());
        verifyExhibit.disableProperty().bind(vm.work().runningProperty().or(vm.selectedProperty().isNull()));
        exportDisclosure.disableProperty().bind(vm.work().runningProperty().or(Bindings.isEmpty(vm.exhibits())));
        Controls.showWhen(custodyActions, vm.canRecordProperty());
        transferExhibit.disableProperty().bind(vm.canTransferProperty().not());
        receiveExhibit.disableProperty().bind(vm.canReceiveProperty().not());
        recordCustody.disableProperty().bind(vm.canRecordStepProperty().not());
        correctExhibit.disableProperty().bind(vm.canCorrectProperty().not());
        openExhibit.disableProperty().bind(vm.canOpenProperty().not());
        Controls.showWhen(busy, vm.busyProperty().or(vm.opener().busyProperty()));
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showMessage(notice, vm.noticeProperty(), m);
        Controls.showMessage(syncConflict, vm.syncConflictProperty(), m);
        bindWork();

        EvidenceDialogs.attachAdd(vm.add(), exhibitsTable, m);
        EvidenceDialogs.attachCustody(vm.custodyStep(), exhibitsTable, m);
        EvidenceDialogs.attachOpen(vm.opener(), exhibitsTable, m);
        EvidenceDialogs.attachExport(vm.disclosure(), exhibitsTable, m);
        EvidenceDialogs.attachVerified(vm.verifiedProperty(), exhibitsTable, m);
    }

    private void bindWork() {
        RunningWork w = vm.work();
        Controls.showWhen(workPane, w.runningProperty());
        workTitle.textProperty().bind(Bindings.createStringBinding(() -> m.format(w.titleProperty().get()),
                w.titleProperty()));
        workProgress.progressProperty().bind(w.progressProperty());
        workAmount.textProperty().bind(Bindings.createStringBinding(() -> w.totalProperty().get() <= 0 ? ""
                : m.get("ui.evidence.work.amount", ByteSizes.text(Math.max(0, w.doneProperty().get()), m),
                        ByteSizes.text(w.totalProperty().get(), m), Math.max(0, w.progressProperty().get())),
                w.doneProperty(), w.totalProperty(), w.progressProperty()));
        cancelWork.disableProperty().bind(w.cancellableProperty().not());
    }

    private static String dash(String s) {
        return s == null ? "—" : s;
    }

    private static void text(TableColumn<ExhibitDetails, String> col, Function<ExhibitDetails, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    private static void custody(TableColumn<CustodyEventDetails, String> col,
            Function<CustodyEventDetails, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    /** A code-list value by its label; the alarming values carry the mismatch marker style. */
    private final class MarkedCell<S, E extends Enum<E>> extends TableCell<S, E> {
        private final java.util.Set<Enum<?>> alarming;

        @SafeVarargs
        MarkedCell(E... alarming) {
            this.alarming = java.util.Set.of(alarming);
        }

        @Override
        protected void updateItem(E value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty || value == null ? null : m.label(value));
            getStyleClass().remove("integrity-mismatch");
            if (!empty && alarming.contains(value)) {
                getStyleClass().add("integrity-mismatch");
            }
        }
    }

    @FXML
    private void add() {
        vm.startAdd();
    }

    @FXML
    private void verify() {
        vm.verify();
    }

    @FXML
    private void verifyOne() {
        vm.verifySelected();
    }

    @FXML
    private void export() {
        vm.startExport();
    }

    @FXML
    private void cancelWork() {
        vm.work().cancel();
    }

    @FXML
    private void open() {
        vm.open();
    }

    @FXML
    private void transfer() {
        vm.startTransfer();
    }

    @FXML
    private void receive() {
        vm.startReceive();
    }

    @FXML
    private void recordStep() {
        vm.startStep();
    }

    @FXML
    private void correct() {
        vm.startCorrection();
    }

    public Parent root() {
        return root;
    }
}
