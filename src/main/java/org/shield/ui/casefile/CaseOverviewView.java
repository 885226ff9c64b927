package org.shield.ui.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.shield.application.approval.ApprovalSummary;
import org.shield.domain.approval.ApprovalKind;
import org.shield.domain.security.Permission;
import org.shield.ui.history.RecordHistoryDialog;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.ExploitationType;
import org.shield.domain.casefile.Sensitivity;
import org.shield.ui.common.ConflictPane;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** The Overview tab of a case: the editable fields, the conflict panel, Save. */
public final class CaseOverviewView {
    @FXML private VBox conflictSlot;
    @FXML private VBox overviewForm;
    @FXML private Label titleLabel;
    @FXML private TextField title;
    @FXML private Paragraph titleProblem;
    @FXML private Label statusLabel;
    @FXML private ComboBox<CaseStatus> status;
    @FXML private Label sensitivityLabel;
    @FXML private ComboBox<Sensitivity> sensitivity;
    @FXML private VBox closureBox;
    @FXML private Label closureReasonLabel;
    @FXML private TextField closureReason;
    @FXML private Paragraph closureReasonProblem;
    @FXML private VBox closedOnBox;
    @FXML private DatePicker closedOn;
    @FXML private Paragraph closedOnProblem;
    @FXML private CheckComboBox<ExploitationType> types;
    @FXML private Label unitLabel;
    @FXML private TextField unitCode;
    @FXML private Paragraph unitProblem;
    @FXML private Label leadLabel;
    @FXML private TextField lead;
    @FXML private DatePicker openedOn;
    @FXML private Paragraph openedOnProblem;
    @FXML private Label tagsLabel;
    @FXML private TextField tags;
    @FXML private Paragraph tagsProblem;
    @FXML private Label summaryLabel;
    @FXML private TextArea summary;
    @FXML private Paragraph error;
    @FXML private Paragraph notice;
    @FXML private Button saveCase;
    @FXML private ProgressIndicator busy;
    @FXML private VBox teamBox;
    @FXML private Label teamMembers;
    @FXML private Button changeTeam;
    @FXML private Paragraph teamError;
    @FXML private VBox summaryBox;
    @FXML private VBox approvalsBox;
    @FXML private Button requestClosure;
    @FXML private TableView<ApprovalSummary> approvalsTable;
    @FXML private TableColumn<ApprovalSummary, String> colApprovalKind;
    @FXML private TableColumn<ApprovalSummary, String> colApprovalState;
    @FXML private TableColumn<ApprovalSummary, String> colApprovalRequested;
    @FXML private TableColumn<ApprovalSummary, String> colApprovalReason;
    @FXML private TableColumn<ApprovalSummary, String> colApprovalDecision;
    @FXML private Paragraph closureError;
    @FXML private Paragraph closureNotice;
    @FXML private Button caseHistory;

    private final CaseOverviewViewModel vm;
    private final CaseViewModel caseVm;
    private final Messages m;
    private final Parent root;
    private boolean syncingTypes;

    public CaseOverviewView(CaseViewModel caseVm, ViewLoader loader) {
        this.caseVm = caseVm;
        this.vm = caseVm.overview();
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        conflictSlot.getChildren().add(new ConflictPane(m, vm.conflictProperty(), vm.differences(),
                vm::reloadStored, vm::keepMine));
        title.textProperty().bindBidirectional(vm.titleProperty());
        Controls.codeList(status, CaseStatus.values(), m);
        // the choices follow the case (closing is a request); keep the value while they change
        Runnable statusChoices = () -> {
            CaseStatus current = vm.statusProperty().get();
            status.getItems().setAll(List.copyOf(vm.statusChoices()));
            status.setValue(current);
        };
        statusChoices.run();
        vm.statusChoices().addListener((ListChangeListener<CaseStatus>) c -> statusChoices.run());
        status.valueProperty().bindBidirectional(vm.statusProperty());
        Controls.codeList(sensitivity, Sensitivity.values(), m);
        sensitivity.valueProperty().bindBidirectional(vm.sensitivityProperty());
        closureReason.textProperty().bindBidirectional(vm.closureReasonProperty());
        Controls.showWhen(closureBox, vm.statusProperty().isEqualTo(CaseStatus.ClosedReferred));
        Controls.showWhen(closedOnBox, vm.closingProperty());
        Controls.dateField(closedOn, m);
        closedOn.valueProperty().bindBidirectional(vm.closedOnProperty());
        Controls.dateField(openedOn, m);
        openedOn.valueProperty().bindBidirectional(vm.openedOnProperty());
        bindTypes();
        unitCode.textProperty().bindBidirectional(vm.unitCodeProperty());
        lead.textProperty().bindBidirectional(vm.leadProperty());
        tags.textProperty().bindBidirectional(vm.tagsProperty());
        Controls.wrapUnlessThai(summary);
        summary.textProperty().bindBidirectional(vm.summaryProperty());
        titleLabel.setLabelFor(title);
        statusLabel.setLabelFor(status);
        sensitivityLabel.setLabelFor(sensitivity);
        closureReasonLabel.setLabelFor(closureReason);
        unitLabel.setLabelFor(unitCode);
        leadLabel.setLabelFor(lead);
        tagsLabel.setLabelFor(tags);
        summaryLabel.setLabelFor(summary);
        Controls.showMessage(titleProblem, vm.titleProblemProperty(), m);
        Controls.showMessage(closureReasonProblem, vm.closureReasonProblemProperty(), m);
        Controls.showMessage(closedOnProblem, vm.closedOnProblemProperty(), m);
        Controls.showMessage(unitProblem, vm.unitProblemProperty(), m);
        Controls.showMessage(openedOnProblem, vm.openedOnProblemProperty(), m);
        Controls.showMessage(tagsProblem, vm.tagsProblemProperty(), m);
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showMessage(notice, vm.noticeProperty(), m);
        Controls.showWhen(busy, vm.busyProperty());
        // nothing typed during a save can be overwritten when the saved version comes back
        overviewForm.disableProperty().bind(vm.busyProperty());
        saveCase.disableProperty().bind(vm.canSaveProperty().not());
        bindRights();
        bindTeam();
        bindApprovals();
    }

    /** Hides or locks what the user may not do on this case (the services check again). */
    private void bindRights() {
        for (javafx.scene.Node field : new javafx.scene.Node[] {title, status, sensitivity, closureReason, closedOn,
                types, openedOn, tags, summary}) {
            field.disableProperty().bind(vm.editableProperty().not());
        }
        unitCode.disableProperty().bind(vm.editableProperty().not().or(vm.assignableProperty().not()));
        lead.disableProperty().bind(vm.editableProperty().not().or(vm.assignableProperty().not()));
        Controls.showWhen(saveCase, vm.editableProperty());
        Controls.showWhen(summaryBox, vm.summaryVisibleProperty());
        Controls.showWhen(caseHistory, caseVm.historyAvailableProperty());
        RecordHistoryDialog.attach(caseVm.history(), title, m);
    }

    private void bindTeam() {
        var loaded = vm.loadedProperty();
        teamMembers.textProperty().bind(Bindings.createStringBinding(() -> loaded.get() == null
                || loaded.get().team().isEmpty() ? m.get("ui.case.team.none")
                : String.join(", ", new TreeSet<>(loaded.get().team())), loaded));
        Controls.showWhen(teamBox, loaded.isNotNull());
        Controls.showWhen(changeTeam, Bindings.createBooleanBinding(() -> loaded.get() != null
                && loaded.get().allows(Permission.CASE_ASSIGN), loaded));
        changeTeam.disableProperty().bind(caseVm.team().availableProperty().not());
        Controls.showMessage(teamError, caseVm.team().errorProperty(), m);
        CaseDialogs.attachTeam(caseVm.team(), title, m);
    }

    private void bindApprovals() {
        CaseClosureViewModel closure = caseVm.closure();
        approvalsTable.setItems(closure.approvals());
        approvalsTable.setPlaceholder(new Label(m.get("ui.case.approvals.empty")));
        colApprovalKind.setCellValueFactory(c -> text(kind(c.getValue())));
        colApprovalState.setCellValueFactory(c -> text(m.label(c.getValue().state())));
        colApprovalRequested.setCellValueFactory(c -> text(m.get("ui.case.approvals.by", c.getValue().requestedBy(),
                m.dateTime(c.getValue().requestedAt()))));
        colApprovalReason.setCellValueFactory(c -> text(c.getValue().requestReason()));
        colApprovalDecision.setCellValueFactory(c -> text(c.getValue().decidedBy() == null ? ""
                : m.get("ui.case.approvals.decided", c.getValue().decidedBy(),
                        c.getValue().decisionReason() == null ? "" : c.getValue().decisionReason())));
        Controls.showWhen(approvalsBox, caseVm.investigationVisibleProperty().and(vm.loadedProperty().isNotNull()));
        requestClosure.disableProperty().bind(closure.availableProperty().not());
        Controls.showMessage(closureError, closure.errorProperty(), m);
        Controls.showMessage(closureNotice, closure.noticeProperty(), m);
        CaseDialogs.attachClosure(closure, title, m);
    }

    /** What a request asks: the closing status, or a suspect designation of a person (by pseudonym). */
    private String kind(ApprovalSummary a) {
        if (a.kind() == ApprovalKind.CaseClosure) {
            return m.get("ui.case.approvals.closure", a.requestedValue() == null ? ""
                    : m.label(CaseStatus.valueOf(a.requestedValue())));
        }
        return m.get("ui.case.approvals.suspect", a.subjectLabel() == null ? "" : a.subjectLabel());
    }

    private static ReadOnlyObjectWrapper<String> text(String s) {
        return new ReadOnlyObjectWrapper<>(s);
    }

    @FXML
    private void requestClosure() {
        caseVm.closure().start();
    }

    @FXML
    private void changeTeam() {
        caseVm.team().start();
    }

    @FXML
    private void showHistory() {
        caseVm.showHistory();
    }

    /** The check-combo keeps its own list of checked items: mirror it both ways without echo. */
    private void bindTypes() {
        types.getItems().setAll(ExploitationType.values());
        types.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExploitationType t) {
                return m.label(t);
            }

            @Override
            public ExploitationType fromString(String s) {
                return null;
            }
        });
        types.setTitle(m.get("ui.case.field.types.none"));
        types.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.types().isEmpty()
                ? m.get("ui.case.field.types.none") : null, vm.types()));
        Runnable fromModel = () -> {
            syncingTypes = true;
            types.getCheckModel().clearChecks();
            vm.types().forEach(t -> types.getCheckModel().check(t));
            syncingTypes = false;
        };
        fromModel.run();
        vm.types().addListener((ListChangeListener<ExploitationType>) c -> {
            if (!syncingTypes) {
                fromModel.run();
            }
        });
        types.getCheckModel().getCheckedItems().addListener((ListChangeListener<ExploitationType>) c -> {
            if (!syncingTypes) {
                syncingTypes = true;
                vm.types().setAll(new ArrayList<>(types.getCheckModel().getCheckedItems()).stream().sorted().toList());
                syncingTypes = false;
            }
        });
    }

    @FXML
    private void save() {
        vm.save();
    }

    public Parent root() {
        return root;
    }
}
