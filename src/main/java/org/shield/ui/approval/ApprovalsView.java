package org.shield.ui.approval;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.shield.application.approval.ApprovalSummary;
import org.shield.application.interview.InterviewSummary;
import org.shield.domain.approval.ApprovalKind;
import org.shield.domain.casefile.CaseStatus;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** The Approvals page: requests waiting for my decision (supervisors), and my own requests. */
public final class ApprovalsView {
    @FXML private ProgressIndicator busy;
    @FXML private Paragraph error;
    @FXML private Paragraph notice;
    @FXML private VBox decideBox;
    @FXML private TableView<ApprovalSummary> pendingTable;
    @FXML private TableColumn<ApprovalSummary, String> colCase;
    @FXML private TableColumn<ApprovalSummary, String> colKind;
    @FXML private TableColumn<ApprovalSummary, String> colSubject;
    @FXML private TableColumn<ApprovalSummary, String> colRequestedBy;
    @FXML private TableColumn<ApprovalSummary, String> colRequestedAt;
    @FXML private TableColumn<ApprovalSummary, String> colReason;
    @FXML private Label reasonLabel;
    @FXML private TextArea decisionReason;
    @FXML private Button approve;
    @FXML private Button giveBack;
    @FXML private VBox countersignBox;
    @FXML private TableView<InterviewSummary> awaitingTable;
    @FXML private TableColumn<InterviewSummary, String> awaitingCase;
    @FXML private TableColumn<InterviewSummary, String> awaitingDate;
    @FXML private TableColumn<InterviewSummary, String> awaitingKind;
    @FXML private TableColumn<InterviewSummary, String> awaitingPerson;
    @FXML private TableColumn<InterviewSummary, String> awaitingSignedOffBy;
    @FXML private Button openAwaitingInterview;
    @FXML private TableView<ApprovalSummary> mineTable;
    @FXML private TableColumn<ApprovalSummary, String> mineCase;
    @FXML private TableColumn<ApprovalSummary, String> mineKind;
    @FXML private TableColumn<ApprovalSummary, String> mineRequestedAt;
    @FXML private TableColumn<ApprovalSummary, String> mineState;
    @FXML private TableColumn<ApprovalSummary, String> mineDecidedBy;
    @FXML private TableColumn<ApprovalSummary, String> mineDecisionReason;

    private final ApprovalsViewModel vm;
    private final Messages m;
    private final Parent root;

    public ApprovalsView(ApprovalsViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        Controls.showWhen(busy, vm.busyProperty());
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showMessage(notice, vm.noticeProperty(), m);
        Controls.showWhen(decideBox, Bindings.createBooleanBinding(vm::decides));

        pendingTable.setItems(vm.pending());
        pendingTable.setPlaceholder(new Label(m.get("ui.approvals.pending.empty")));
        column(colCase, ApprovalSummary::caseNumber);
        column(colKind, this::request);
        column(colSubject, a -> a.subjectLabel() == null ? m.get("ui.value.none") : a.subjectLabel());
        column(colRequestedBy, ApprovalSummary::requestedBy);
        column(colRequestedAt, a -> m.dateTime(a.requestedAt()));
        column(colReason, ApprovalSummary::requestReason);
        pendingTable.getSelectionModel().selectedItemProperty()
                .addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (pendingTable.getSelectionModel().getSelectedItem() != now) {
                pendingTable.getSelectionModel().select(now);
            }
        });
        decisionReason.textProperty().bindBidirectional(vm.reasonProperty());
        Controls.wrapUnlessThai(decisionReason);
        reasonLabel.setLabelFor(decisionReason);
        approve.disableProperty().bind(vm.canApproveProperty().not());
        giveBack.disableProperty().bind(vm.canReturnProperty().not());

        Controls.showWhen(countersignBox, Bindings.createBooleanBinding(vm::countersigns));
        awaitingTable.setItems(vm.awaitingCountersign());
        awaitingTable.setPlaceholder(new Label(m.get("ui.approvals.interviews.empty")));
        interviewColumn(awaitingCase, InterviewSummary::caseNumber);
        interviewColumn(awaitingDate, i -> m.date(i.date()));
        interviewColumn(awaitingKind, i -> m.label(i.kind()));
        interviewColumn(awaitingPerson, InterviewSummary::personLabel);
        interviewColumn(awaitingSignedOffBy, i -> i.signedOffBy() == null ? "" : i.signedOffBy());
        Controls.openOnActivate(awaitingTable, vm::openInterview);
        openAwaitingInterview.disableProperty().bind(awaitingTable.getSelectionModel().selectedItemProperty().isNull());

        mineTable.setItems(vm.mine());
        mineTable.setPlaceholder(new Label(m.get("ui.approvals.mine.empty")));
        column(mineCase, ApprovalSummary::caseNumber);
        column(mineKind, this::request);
        column(mineRequestedAt, a -> m.dateTime(a.requestedAt()));
        column(mineState, a -> m.label(a.state()));
        column(mineDecidedBy, a -> a.decidedBy() == null ? "" : a.decidedBy());
        column(mineDecisionReason, a -> a.decisionReason() == null ? "" : a.decisionReason());
    }

    /** The kind of request, with the status a closure asks for ("Case closure: Closed (referred)"). */
    private String request(ApprovalSummary a) {
        if (a.kind() == ApprovalKind.CaseClosure && a.requestedValue() != null) {
            try {
                return m.get("ui.approvals.kind.closure", m.label(a.kind()), m.label(CaseStatus.valueOf(a.requestedValue())));
            } catch (IllegalArgumentException unknown) {
                return m.label(a.kind());
            }
        }
        if (a.kind() == ApprovalKind.MdtDecision && a.requestedValue() != null) {
            try {
                return m.get("ui.approvals.kind.closure", m.label(a.kind()),
                        m.label(org.shield.domain.screening.TraffickingStatus.valueOf(a.requestedValue())));
            } catch (IllegalArgumentException unknown) {
                return m.label(a.kind());
            }
        }
        return m.label(a.kind());
    }

    private static void column(TableColumn<ApprovalSummary, String> col, Function<ApprovalSummary, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    private static void interviewColumn(TableColumn<InterviewSummary, String> col,
            Function<InterviewSummary, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    @FXML
    private void openInterview() {
        vm.openInterview(awaitingTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void reload() {
        vm.load();
    }

    @FXML
    private void approve() {
        vm.approve();
    }

    @FXML
    private void giveBack() {
        vm.giveBack();
    }

    public Parent root() {
        return root;
    }
}
