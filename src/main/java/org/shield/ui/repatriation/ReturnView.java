package org.shield.ui.repatriation;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.shield.application.repatriation.FollowUpDetails;
import org.shield.application.repatriation.RepatriationDetails;
import org.shield.application.repatriation.ReturnConsentStatus;
import org.shield.domain.care.RiskLevel;
import org.shield.domain.repatriation.NationalityVerification;
import org.shield.domain.repatriation.RepatriationStatus;
import org.shield.domain.repatriation.TravelDocumentType;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** A victim's return home pane: consent, plan, handover, follow-ups and re-trafficking. */
public final class ReturnView {
    @FXML private Label status;
    @FXML private ProgressIndicator busy;
    @FXML private VBox reTraffickedBox;
    @FXML private Paragraph reTrafficked;
    @FXML private VBox consentBox;
    @FXML private Paragraph consent;
    @FXML private Paragraph consentOk;
    @FXML private Paragraph handoverSummary;
    @FXML private Paragraph error;
    @FXML private Label countryLabel;
    @FXML private TextField country;
    @FXML private Label countryName;
    @FXML private TextField place;
    @FXML private TextField receivingOrganisation;
    @FXML private ComboBox<java.util.UUID> receivingOrganisationChoice;
    @FXML private ComboBox<NationalityVerification> nationality;
    @FXML private DatePicker verifiedOn;
    @FXML private TextField verifiedBy;
    @FXML private ComboBox<TravelDocumentType> documentType;
    @FXML private TextField embassy;
    @FXML private DatePicker documentIssuedOn;
    @FXML private DatePicker documentExpiresOn;
    @FXML private TextField consularContact;
    @FXML private DatePicker consularContactOn;
    @FXML private TextArea networkDanger;
    @FXML private TextArea brokerDebt;
    @FXML private TextArea familySituation;
    @FXML private ComboBox<RiskLevel> overallRisk;
    @FXML private Button planReturn;
    @FXML private Button savePlan;
    @FXML private VBox openBox;
    @FXML private DatePicker handoverOn;
    @FXML private TextField handoverPlace;
    @FXML private TextField handedOverBy;
    @FXML private TextField handedOverTo;
    @FXML private Button handOver;
    @FXML private TextField cancelReason;
    @FXML private Button cancelReturn;
    @FXML private TableView<FollowUpDetails> followUps;
    @FXML private TableColumn<FollowUpDetails, String> colMonths;
    @FXML private TableColumn<FollowUpDetails, String> colDue;
    @FXML private TableColumn<FollowUpDetails, String> colState;
    @FXML private TableColumn<FollowUpDetails, String> colOutcome;
    @FXML private TableColumn<FollowUpDetails, String> colReTrafficked;
    @FXML private DatePicker followUpDoneOn;
    @FXML private TextField followUpOutcome;
    @FXML private CheckBox followUpReTrafficked;
    @FXML private Button recordFollowUp;

    private static final javafx.css.PseudoClass OVERDUE = javafx.css.PseudoClass.getPseudoClass("overdue");

    private final ReturnViewModel vm;
    private final Messages m;
    private final Parent root;

    public ReturnView(ReturnViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        Controls.showWhen(busy, vm.busyProperty());
        Controls.showMessage(error, vm.errorProperty(), m);
        var current = vm.currentProperty();
        status.textProperty().bind(Bindings.createStringBinding(() -> current.get() == null
                ? m.get("ui.return.status.none") : m.label(current.get().status()), current));
        reTrafficked.textProperty().bind(Bindings.createStringBinding(() -> current.get() == null
                || current.get().reTraffickedOn() == null ? m.get("ui.return.reTrafficked")
                : m.get("ui.return.reTraffickedOn", m.date(current.get().reTraffickedOn())), current));
        Controls.showWhen(reTraffickedBox, vm.reTraffickedProperty());
        showConsent();
        handoverSummary.textProperty().bind(Bindings.createStringBinding(() -> handover(current.get()), current));
        Controls.showWhen(handoverSummary, Bindings.createBooleanBinding(() -> !handover(current.get()).isEmpty(),
                current));

        text(country, vm.countryProperty());
        countryLabel.setLabelFor(country);
        countryName.textProperty().bind(Bindings.createStringBinding(() -> m.country(
                vm.countryProperty().get() == null ? null : vm.countryProperty().get().strip()
                        .toUpperCase(java.util.Locale.ROOT)), vm.countryProperty()));
        text(place, vm.placeProperty());
        text(receivingOrganisation, vm.receivingOrganisationProperty());
        organisationChoice();
        Controls.codeList(nationality, NationalityVerification.values(), m);
        nationality.valueProperty().bindBidirectional(vm.nationalityProperty());
        dates(verifiedOn, vm.verifiedOnProperty());
        text(verifiedBy, vm.verifiedByProperty());
        Controls.codeList(documentType, TravelDocumentType.values(), m);
        documentType.valueProperty().bindBidirectional(vm.documentTypeProperty());
        text(embassy, vm.embassyProperty());
        dates(documentIssuedOn, vm.documentIssuedOnProperty());
        dates(documentExpiresOn, vm.documentExpiresOnProperty());
        text(consularContact, vm.consularContactProperty());
        dates(consularContactOn, vm.consularContactOnProperty());
        area(networkDanger, vm.networkDangerProperty());
        area(brokerDebt, vm.brokerDebtProperty());
        area(familySituation, vm.familySituationProperty());
        Controls.codeList(overallRisk, RiskLevel.values(), m);
        overallRisk.valueProperty().bindBidirectional(vm.overallRiskProperty());
        Controls.showWhen(planReturn, vm.openProperty().not());
        planReturn.disableProperty().bind(vm.canPlanProperty().not());
        Controls.showWhen(savePlan, vm.openProperty());
        savePlan.disableProperty().bind(vm.canSavePlanProperty().not());

        Controls.showWhen(openBox, vm.openProperty());
        dates(handoverOn, vm.handoverOnProperty());
        text(handoverPlace, vm.handoverPlaceProperty());
        text(handedOverBy, vm.handedOverByProperty());
        text(handedOverTo, vm.handedOverToProperty());
        handOver.disableProperty().bind(vm.canHandOverProperty().not());
        text(cancelReason, vm.cancelReasonProperty());
        cancelReturn.disableProperty().bind(vm.canCancelProperty().not());

        followUps.setItems(vm.followUps());
        followUps.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(FollowUpDetails f, boolean empty) {
                super.updateItem(f, empty);
                pseudoClassStateChanged(OVERDUE, !empty && f != null && (f.overdue() || f.reTrafficked()));
            }
        });
        followUps.setPlaceholder(new Label(m.get("ui.return.followUps.empty")));
        column(colMonths, f -> m.get("ui.return.followUp.monthsAfter", f.months()));
        column(colDue, f -> m.date(f.dueOn()));
        column(colState, this::state);
        column(colOutcome, f -> Controls.format(f.outcome(), m));
        column(colReTrafficked, f -> f.doneOn() == null ? m.get("ui.value.none")
                : m.get(f.reTrafficked() ? "ui.return.followUp.reTraffickedYes" : "ui.return.followUp.reTraffickedNo"));
        followUps.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm
                .selectedFollowUpProperty().set(now));
        dates(followUpDoneOn, vm.followUpDoneOnProperty());
        text(followUpOutcome, vm.followUpOutcomeProperty());
        followUpReTrafficked.selectedProperty().bindBidirectional(vm.followUpReTraffickedProperty());
        recordFollowUp.disableProperty().bind(vm.canRecordFollowUpProperty().not());
    }

    /** The receiving organisation from the vault's list; "not in the list" lets the name be typed. */
    private void organisationChoice() {
        Runnable fill = () -> {
            java.util.List<java.util.UUID> ids = new java.util.ArrayList<>();
            ids.add(null);
            vm.organisations().forEach(o -> ids.add(o.id()));
            java.util.UUID chosen = vm.receivingOrganisationIdProperty().get();
            receivingOrganisationChoice.getItems().setAll(ids);
            receivingOrganisationChoice.setValue(chosen);
        };
        vm.organisations().addListener((javafx.collections.ListChangeListener<Object>) c -> fill.run());
        receivingOrganisationChoice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.util.UUID id) {
                return id == null ? m.get("ui.return.receivingOrganisation.notListed") : vm.organisations().stream()
                        .filter(o -> o.id().equals(id)).map(o -> o.name()).findFirst().orElse("");
            }

            @Override
            public java.util.UUID fromString(String text) {
                return null;
            }
        });
        fill.run();
        receivingOrganisationChoice.valueProperty().bindBidirectional(vm.receivingOrganisationIdProperty());
        receivingOrganisation.disableProperty().bind(vm.receivingOrganisationIdProperty().isNotNull());
    }

    /** The consent in plain words: a warning with the reason while a return cannot go ahead. */
    private void showConsent() {
        var c = vm.consentProperty();
        consent.textProperty().bind(Bindings.createStringBinding(() -> {
            ReturnConsentStatus s = c.get();
            if (s == null || s.active()) {
                return "";
            }
            return s.recorded() ? m.get("ui.return.consent.withdrawn", m.date(s.withdrawnOn()))
                    : m.get("ui.return.consent.none");
        }, c));
        Controls.showWhen(consentBox, Bindings.createBooleanBinding(() -> c.get() != null && !c.get().active(), c));
        consentOk.textProperty().bind(Bindings.createStringBinding(() -> c.get() == null || !c.get().active() ? ""
                : m.get("ui.return.consent.active", m.date(c.get().givenOn())), c));
        Controls.showWhen(consentOk, vm.consentActiveProperty());
    }

    private String handover(RepatriationDetails r) {
        if (r == null) {
            return "";
        }
        if (r.status() == RepatriationStatus.HandedOver) {
            return m.get("ui.return.handedOver", m.date(r.handedOverOn()), r.handoverPlace(), r.handedOverBy(),
                    r.handedOverTo());
        }
        if (r.status() == RepatriationStatus.Cancelled) {
            return m.get("ui.return.cancelled", r.cancelReason());
        }
        return "";
    }

    private String state(FollowUpDetails f) {
        if (f.doneOn() != null) {
            return m.get("ui.return.followUp.doneOnDate", m.date(f.doneOn()));
        }
        if (f.overdue()) {
            return m.get("ui.return.followUp.overdue");
        }
        return m.get(f.due() ? "ui.return.followUp.dueNow" : "ui.return.followUp.notYetDue");
    }

    private static void text(TextField field, javafx.beans.property.StringProperty value) {
        field.textProperty().bindBidirectional(value);
    }

    private static void area(TextArea area, javafx.beans.property.StringProperty value) {
        area.textProperty().bindBidirectional(value);
        Controls.wrapUnlessThai(area);
    }

    private void dates(DatePicker picker, ObjectProperty<LocalDate> value) {
        Controls.dateField(picker, m);
        picker.valueProperty().bindBidirectional(value);
    }

    private static <T> void column(TableColumn<T, String> col, Function<T, String> text) {
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
    }

    @FXML
    private void planReturn() {
        vm.plan();
    }

    @FXML
    private void savePlan() {
        vm.savePlan();
    }

    @FXML
    private void handOver() {
        vm.handOver();
    }

    @FXML
    private void cancelReturn() {
        vm.cancel();
    }

    @FXML
    private void recordFollowUp() {
        vm.recordFollowUp();
    }

    public Parent root() {
        return root;
    }
}
