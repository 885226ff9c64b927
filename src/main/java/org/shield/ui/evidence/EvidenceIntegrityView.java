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
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.evidence.IntegrityResult;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.RunningWork;
import org.shield.ui.common.ViewLoader;

/** The evidence integrity section: "Verify all exhibits" with progress and Cancel, results, flagged exhibits. */
public final class EvidenceIntegrityView {
    @FXML private Button verifyAll;
    @FXML private ProgressIndicator busy;
    @FXML private VBox integrityWork;
    @FXML private Label integrityWorkTitle;
    @FXML private Label integrityWorkAmount;
    @FXML private ProgressBar integrityProgress;
    @FXML private Button cancelVerifyAll;
    @FXML private Paragraph error;
    @FXML private Paragraph summary;
    @FXML private VBox resultsBox;
    @FXML private VBox flaggedBox;
    @FXML private TableView<ExhibitDetails> flaggedTable;
    @FXML private TableColumn<ExhibitDetails, String> colFlaggedCase;
    @FXML private TableColumn<ExhibitDetails, String> colFlaggedExhibit;
    @FXML private TableColumn<ExhibitDetails, String> colFlaggedDescription;
    @FXML private TableColumn<ExhibitDetails, String> colFlaggedCustodian;
    @FXML private TableColumn<ExhibitDetails, String> colFlaggedVerified;

    private final EvidenceIntegrityViewModel vm;
    private final Messages m;
    private final Parent root;

    public EvidenceIntegrityView(EvidenceIntegrityViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        RunningWork w = vm.work();
        verifyAll.disableProperty().bind(w.runningProperty());
        Controls.showWhen(busy, vm.busyProperty());
        Controls.showWhen(integrityWork, w.runningProperty());
        integrityWorkTitle.textProperty().bind(Bindings.createStringBinding(() -> m.format(w.titleProperty().get()),
                w.titleProperty()));
        integrityProgress.progressProperty().bind(w.progressProperty());
        integrityWorkAmount.textProperty().bind(Bindings.createStringBinding(() -> w.totalProperty().get() <= 0 ? ""
                : m.get("ui.evidence.work.amount", ByteSizes.text(Math.max(0, w.doneProperty().get()), m),
                        ByteSizes.text(w.totalProperty().get(), m), Math.max(0, w.progressProperty().get())),
                w.doneProperty(), w.totalProperty(), w.progressProperty()));
        cancelVerifyAll.disableProperty().bind(w.cancellableProperty().not());
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showMessage(summary, vm.summaryProperty(), m);

        TableView<IntegrityResult> results = IntegrityTable.of(vm.results(), m, "integrityResults");
        VBox.setVgrow(results, javafx.scene.layout.Priority.ALWAYS);
        resultsBox.getChildren().add(results);
        Controls.showWhen(resultsBox, vm.verifiedProperty());

        flaggedBox.setVisible(vm.showsFlagged());
        flaggedBox.setManaged(vm.showsFlagged());
        flaggedTable.setItems(vm.flagged());
        Label none = new Label(m.get("ui.integrity.noneFlagged"));
        none.setId("noneFlagged");
        flaggedTable.setPlaceholder(none);
        text(colFlaggedCase, ExhibitDetails::caseNumber);
        text(colFlaggedExhibit, ExhibitDetails::exhibitNumber);
        text(colFlaggedDescription, ExhibitDetails::description);
        text(colFlaggedCustodian, ExhibitDetails::custodian);
        text(colFlaggedVerified, e -> m.dateTime(e.verifiedAt()));
        Controls.openOnActivate(flaggedTable, vm::openCase);
    }

    private static void text(TableColumn<ExhibitDetails, String> col, Function<ExhibitDetails, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    @FXML
    private void verifyAll() {
        vm.verifyAll();
    }

    @FXML
    private void cancel() {
        vm.work().cancel();
    }

    public Parent root() {
        return root;
    }
}
