package org.shield.ui.screening;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.shield.application.screening.MdtDecisionDetails;
import org.shield.application.screening.ScreeningDetails;
import org.shield.domain.approval.ApprovalState;
import org.shield.domain.screening.DecisionMakingOrg;
import org.shield.domain.screening.TraffickingStatus;
import org.shield.ui.common.Controls;
import org.shield.ui.common.FormDialog;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/**
 * The MDT's decisions about a victim: the current status (approved), every decision with its approval
 * state, and the dialog that records a decision for a supervisor's approval.
 */
public final class MdtDecisionView {
    @FXML private Label currentStatus;
    @FXML private Paragraph pendingInfo;
    @FXML private Paragraph notice;
    @FXML private Paragraph error;
    @FXML private TableView<MdtDecisionDetails> decisionsTable;
    @FXML private Button recordDecision;
    @FXML private ProgressIndicator busy;

    private final MdtDecisionViewModel vm;
    private final Messages m;
    private final Parent root;

    public MdtDecisionView(MdtDecisionViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        var current = vm.currentProperty();
        currentStatus.textProperty().bind(Bindings.createStringBinding(() -> current.get() == null
                ? m.get("ui.mdt.noStatus")
                : m.get("ui.mdt.currentStatus", m.label(current.get().status()), m.date(current.get().decidedOn())),
                current));
        Controls.showWhen(pendingInfo, vm.pendingProperty());
        Controls.showMessage(notice, vm.noticeProperty(), m);
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showWhen(busy, vm.busyProperty());
        recordDecision.disableProperty().bind(vm.canStartProperty().not());
        decisionsTable.setItems(vm.decisions());
        decisionsTable.setPlaceholder(new Label(m.get("ui.mdt.empty")));
        decisionsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        decisionsTable.getColumns().setAll(java.util.List.of(
                col("ui.mdt.col.status", d -> m.label(d.status())),
                col("ui.mdt.col.org", d -> m.label(d.decidingOrgType())),
                col("ui.mdt.col.date", d -> m.date(d.decidedOn())),
                col("ui.mdt.col.members", MdtDecisionDetails::membersPresent),
                col("ui.mdt.col.reasons", MdtDecisionDetails::reasons),
                stateColumn()));
        FormDialog.whenAsked(vm.askingProperty(), this::ask);
    }

    private TableColumn<MdtDecisionDetails, String> col(String key, Function<MdtDecisionDetails, String> value) {
        TableColumn<MdtDecisionDetails, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

    /** The approval state, worded plainly and marked when pending or returned. */
    private TableColumn<MdtDecisionDetails, String> stateColumn() {
        TableColumn<MdtDecisionDetails, String> c = col("ui.mdt.col.approval", d -> m.get(switch (d.state()) {
            case Pending -> "ui.mdt.state.pending";
            case Approved -> "ui.mdt.state.approved";
            case Returned -> "ui.mdt.state.returned";
        }));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll("approval-pending", "approval-returned");
                setText(empty ? null : text);
                MdtDecisionDetails d = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (d != null && d.state() == ApprovalState.Pending) {
                    getStyleClass().add("approval-pending");
                } else if (d != null && d.state() == ApprovalState.Returned) {
                    getStyleClass().add("approval-returned");
                }
            }
        });
        return c;
    }

    private void ask() {
        ComboBox<TraffickingStatus> status = new ComboBox<>();
        status.setId("mdtStatus");
        Controls.codeList(status, TraffickingStatus.values(), m);
        status.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<DecisionMakingOrg> org = new ComboBox<>();
        org.setId("mdtOrg");
        Controls.codeList(org, DecisionMakingOrg.values(), m);
        org.valueProperty().bindBidirectional(vm.orgTypeProperty());
        ComboBox<org.shield.application.party.OrganisationDetails> orgName = new ComboBox<>();
        orgName.setId("mdtOrgName");
        java.util.List<org.shield.application.party.OrganisationDetails> orgs = new java.util.ArrayList<>();
        orgs.add(null);
        orgs.addAll(vm.organisations());
        orgName.getItems().setAll(orgs);
        StringConverter<org.shield.application.party.OrganisationDetails> orgText = new StringConverter<>() {
            @Override
            public String toString(org.shield.application.party.OrganisationDetails o) {
                return o == null ? m.get("ui.mdt.noOrganisation") : o.name();
            }

            @Override
            public org.shield.application.party.OrganisationDetails fromString(String s) {
                return null;
            }
        };
        orgName.setConverter(orgText);
        orgName.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(org.shield.application.party.OrganisationDetails o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty ? null : orgText.toString(o));
            }
        });
        orgName.setButtonCell(orgName.getCellFactory().call(null));
        orgName.valueProperty().bindBidirectional(vm.decidingOrgProperty());
        DatePicker date = new DatePicker();
        date.setId("mdtDate");
        Controls.dateField(date, m);
        date.valueProperty().bindBidirectional(vm.decidedOnProperty());
        TextArea members = area("mdtMembers", vm.membersProperty());
        TextArea reasons = area("mdtReasons", vm.reasonsProperty());
        ComboBox<ScreeningDetails> screening = new ComboBox<>();
        screening.setId("mdtScreening");
        java.util.List<ScreeningDetails> options = new java.util.ArrayList<>();
        options.add(null);
        options.addAll(vm.screenings());
        screening.getItems().setAll(options);
        StringConverter<ScreeningDetails> text = new StringConverter<>() {
            @Override
            public String toString(ScreeningDetails s) {
                return s == null ? m.get("ui.mdt.noScreening") : m.get("ui.screening.historyItem",
                        m.date(s.assessedOn()), m.label(s.population()), m.label(s.exploitation()), s.assessedBy());
            }

            @Override
            public ScreeningDetails fromString(String s) {
                return null;
            }
        };
        screening.setConverter(text);
        screening.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ScreeningDetails s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : text.toString(s));
            }
        });
        screening.setButtonCell(screening.getCellFactory().call(null));
        screening.valueProperty().bindBidirectional(vm.screeningProperty());
        Paragraph problem = new Paragraph();
        problem.getStyleClass().add("field-problem");
        Controls.showMessage(problem, vm.problemProperty(), m);
        VBox box = new VBox(6, new Paragraph(m.get("ui.mdt.dialog.explain")),
                label("ui.mdt.status", status), status, label("ui.mdt.org", org), org,
                label("ui.mdt.orgName", orgName), orgName, label("ui.mdt.date", date), date,
                label("ui.mdt.members", members), members, label("ui.mdt.reasons", reasons), reasons,
                label("ui.mdt.screening", screening), screening, problem);
        box.getStyleClass().add("page");
        boolean confirmed = FormDialog.ask(root, m, "mdtDialog", "ui.mdt.dialog.title", "ui.mdt.dialog.action", box,
                vm.canRecordProperty());
        if (confirmed) {
            vm.record();
        } else {
            vm.cancel();
        }
    }

    private Label label(String key, Node field) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("form-label");
        l.setLabelFor(field);
        return l;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty text) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(3);
        Controls.wrapUnlessThai(a);
        a.textProperty().bindBidirectional(text);
        return a;
    }

    @FXML
    private void recordDecision() {
        vm.start();
    }

    public Parent root() {
        return root;
    }
}
