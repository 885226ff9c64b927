package org.shield.ui.care;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.shield.application.care.PlanDetails;
import org.shield.application.care.ServiceDeliveryDetails;
import org.shield.application.party.OrganisationDetails;
import org.shield.domain.care.ServiceType;
import org.shield.domain.care.SupportPlanType;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** A victim's care plans: list, new/revise/close, and the services delivered under the selected plan. */
public final class CarePlanView {
    @FXML private ListView<PlanDetails> planList;
    @FXML private Button newPlan;
    @FXML private Button revisePlan;
    @FXML private Label closeOnLabel;
    @FXML private DatePicker closeOn;
    @FXML private Button closePlan;
    @FXML private Label formTitle;
    @FXML private Label typeLabel;
    @FXML private ComboBox<SupportPlanType> type;
    @FXML private Label startedOnLabel;
    @FXML private DatePicker startedOn;
    @FXML private Label plannedEndLabel;
    @FXML private DatePicker plannedEndOn;
    @FXML private Label objectivesLabel;
    @FXML private TextArea objectives;
    @FXML private Label actionsLabel;
    @FXML private TextArea actions;
    @FXML private Button savePlan;
    @FXML private Paragraph servicesHint;
    @FXML private ListView<ServiceDeliveryDetails> serviceList;
    @FXML private Label serviceTypeLabel;
    @FXML private ComboBox<ServiceType> serviceType;
    @FXML private Label deliveredOnLabel;
    @FXML private DatePicker deliveredOn;
    @FXML private Label providedByLabel;
    @FXML private TextField providedBy;
    @FXML private Label providerLabel;
    @FXML private ComboBox<OrganisationDetails> provider;
    @FXML private Label serviceNoteLabel;
    @FXML private TextField serviceNote;
    @FXML private Button recordService;
    @FXML private ProgressIndicator busy;
    @FXML private Paragraph error;

    private final CarePlanViewModel vm;
    private final Messages m;
    private final Parent root;

    public CarePlanView(CarePlanViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        planList.setItems(vm.plans());
        planList.setPlaceholder(new Label(m.get("ui.carePlans.empty")));
        planList.setCellFactory(l -> new PlanCell());
        planList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != vm.selectedProperty().get()) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (planList.getSelectionModel().getSelectedItem() != now) {
                planList.getSelectionModel().select(now);
            }
        });
        revisePlan.disableProperty().bind(vm.selectedOpenProperty().not());
        Controls.dateField(closeOn, m);
        closeOn.valueProperty().bindBidirectional(vm.closeOnProperty());
        closePlan.disableProperty().bind(vm.canCloseProperty().not());

        var revising = vm.revisingProperty();
        formTitle.textProperty().bind(Bindings.createStringBinding(() -> revising.get() == null
                ? m.get("ui.carePlans.newTitle") : m.get("ui.carePlans.reviseTitle", m.label(revising.get().type())),
                revising));
        savePlan.textProperty().bind(Bindings.createStringBinding(() -> m.get(revising.get() == null
                ? "ui.carePlans.start" : "ui.carePlans.saveRevision"), revising));
        Controls.codeList(type, SupportPlanType.values(), m);
        type.valueProperty().bindBidirectional(vm.typeProperty());
        Controls.dateField(startedOn, m);
        startedOn.valueProperty().bindBidirectional(vm.startedOnProperty());
        startedOn.disableProperty().bind(revising.isNotNull());
        Controls.dateField(plannedEndOn, m);
        plannedEndOn.valueProperty().bindBidirectional(vm.plannedEndOnProperty());
        Controls.wrapUnlessThai(objectives);
        objectives.textProperty().bindBidirectional(vm.objectivesProperty());
        Controls.wrapUnlessThai(actions);
        actions.textProperty().bindBidirectional(vm.actionsProperty());
        savePlan.disableProperty().bind(vm.canSavePlanProperty().not());

        servicesHint.textProperty().bind(Bindings.createStringBinding(() -> m.get(vm.selectedProperty().get() == null
                ? "ui.carePlans.selectPlan" : vm.selectedOpenProperty().get() ? "ui.carePlans.servicesOpen"
                : "ui.carePlans.servicesClosed"), vm.selectedProperty(), vm.selectedOpenProperty()));
        serviceList.setItems(vm.services());
        serviceList.setPlaceholder(new Label(m.get("ui.carePlans.noServices")));
        serviceList.setCellFactory(l -> new ServiceCell());
        Controls.codeList(serviceType, ServiceType.values(), m);
        serviceType.valueProperty().bindBidirectional(vm.serviceTypeProperty());
        Controls.dateField(deliveredOn, m);
        deliveredOn.valueProperty().bindBidirectional(vm.deliveredOnProperty());
        providedBy.textProperty().bindBidirectional(vm.providedByProperty());
        // a first, empty choice: the provider organisation is optional
        Runnable fill = () -> {
            java.util.List<OrganisationDetails> items = new java.util.ArrayList<>();
            items.add(null);
            items.addAll(vm.providers());
            provider.getItems().setAll(items);
        };
        vm.providers().addListener((javafx.collections.ListChangeListener<OrganisationDetails>) c -> fill.run());
        fill.run();
        provider.setConverter(new StringConverter<>() {
            @Override
            public String toString(OrganisationDetails o) {
                return o == null ? m.get("ui.carePlans.noProvider") : o.name();
            }

            @Override
            public OrganisationDetails fromString(String s) {
                return null;
            }
        });
        provider.valueProperty().bindBidirectional(vm.providerProperty());
        serviceNote.textProperty().bindBidirectional(vm.serviceNoteProperty());
        recordService.disableProperty().bind(vm.canRecordServiceProperty().not());

        closeOnLabel.setLabelFor(closeOn);
        typeLabel.setLabelFor(type);
        startedOnLabel.setLabelFor(startedOn);
        plannedEndLabel.setLabelFor(plannedEndOn);
        objectivesLabel.setLabelFor(objectives);
        actionsLabel.setLabelFor(actions);
        serviceTypeLabel.setLabelFor(serviceType);
        deliveredOnLabel.setLabelFor(deliveredOn);
        providedByLabel.setLabelFor(providedBy);
        providerLabel.setLabelFor(provider);
        serviceNoteLabel.setLabelFor(serviceNote);
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showWhen(busy, vm.busyProperty());
    }

    /** A plan: type, open or closed with its dates, the objectives. */
    private final class PlanCell extends ListCell<PlanDetails> {
        @Override
        protected void updateItem(PlanDetails p, boolean empty) {
            super.updateItem(p, empty);
            setText(null);
            if (empty || p == null) {
                setGraphic(null);
                return;
            }
            VBox card = new VBox();
            card.getStyleClass().add("note-card");
            String state = p.open()
                    ? m.get("ui.carePlans.openSince", m.date(p.startedOn()), Controls.format(p.plannedEndOn(), m))
                    : m.get("ui.carePlans.closedOn", m.date(p.startedOn()), m.date(p.actualEndOn()));
            Label head = new Label(m.get("ui.carePlans.heading", m.label(p.type()), state));
            head.getStyleClass().add("note-meta");
            Paragraph body = new Paragraph(p.objectives());
            body.getStyleClass().add("note-body");
            body.maxWidthProperty().bind(planList.widthProperty().subtract(48));
            card.getChildren().addAll(head, body);
            if (!p.open()) {
                card.getStyleClass().add("note-superseded");
            }
            setGraphic(card);
        }
    }

    /** A delivered service: type, day, by whom (and which organisation), the note. */
    private final class ServiceCell extends ListCell<ServiceDeliveryDetails> {
        @Override
        protected void updateItem(ServiceDeliveryDetails s, boolean empty) {
            super.updateItem(s, empty);
            setGraphic(null);
            if (empty || s == null) {
                setText(null);
                return;
            }
            String by = s.providerName() == null ? s.providedBy()
                    : m.get("ui.carePlans.byAt", s.providedBy(), s.providerName());
            String line = m.get("ui.carePlans.serviceLine", m.label(s.type()), m.date(s.deliveredOn()), by);
            setText(s.note() == null ? line : line + "\n" + s.note());
        }
    }

    @FXML
    private void newPlan() {
        vm.newPlan();
        type.requestFocus();
    }

    @FXML
    private void revise() {
        vm.startRevision();
        objectives.requestFocus();
    }

    @FXML
    private void close() {
        vm.closeSelected();
    }

    @FXML
    private void savePlan() {
        vm.savePlan();
    }

    @FXML
    private void recordService() {
        vm.recordService();
    }

    public Parent root() {
        return root;
    }
}
