package org.shield.ui.repatriation;

import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import org.shield.application.repatriation.ClaimDetails;
import org.shield.application.repatriation.HearingDetails;
import org.shield.domain.legal.ClaimKind;
import org.shield.domain.legal.ClaimOutcome;
import org.shield.domain.legal.HearingKind;
import org.shield.domain.legal.TestifyWillingness;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** A victim's legal support pane: willingness and counsel, court dates, claims. */
public final class LegalSupportView {
    @FXML private ProgressIndicator busy;
    @FXML private Paragraph error;
    @FXML private Label willingnessLabel;
    @FXML private ComboBox<TestifyWillingness> willingness;
    @FXML private DatePicker willingnessOn;
    @FXML private Button saveWillingness;
    @FXML private Label counselNameLabel;
    @FXML private TextField counselName;
    @FXML private TextField counselOrganisation;
    @FXML private Button saveCounsel;
    @FXML private TableView<HearingDetails> hearings;
    @FXML private TableColumn<HearingDetails, String> colHearingWhen;
    @FXML private TableColumn<HearingDetails, String> colHearingCourt;
    @FXML private TableColumn<HearingDetails, String> colHearingKind;
    @FXML private TableColumn<HearingDetails, String> colHearingOutcome;
    @FXML private DatePicker hearingDate;
    @FXML private TextField hearingTime;
    @FXML private TextField hearingCourt;
    @FXML private ComboBox<HearingKind> hearingKind;
    @FXML private Button addHearing;
    @FXML private TextField hearingOutcome;
    @FXML private Button recordOutcome;
    @FXML private TableView<ClaimDetails> claims;
    @FXML private TableColumn<ClaimDetails, String> colClaimKind;
    @FXML private TableColumn<ClaimDetails, String> colClaimAmount;
    @FXML private TableColumn<ClaimDetails, String> colClaimFiled;
    @FXML private TableColumn<ClaimDetails, String> colClaimOutcome;
    @FXML private TableColumn<ClaimDetails, String> colClaimPaid;
    @FXML private TableColumn<ClaimDetails, String> colClaimDecided;
    @FXML private ComboBox<ClaimKind> claimKind;
    @FXML private TextField claimAmount;
    @FXML private TextField claimCurrency;
    @FXML private DatePicker claimFiledOn;
    @FXML private Button fileClaim;
    @FXML private Paragraph amountInvalid;
    @FXML private ComboBox<ClaimOutcome> decision;
    @FXML private TextField paidAmount;
    @FXML private DatePicker decidedOn;
    @FXML private Button decideClaim;

    private final LegalSupportViewModel vm;
    private final Messages m;
    private final Parent root;

    public LegalSupportView(LegalSupportViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        Controls.showWhen(busy, vm.busyProperty());
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.codeList(willingness, TestifyWillingness.values(), m);
        willingness.valueProperty().bindBidirectional(vm.willingnessProperty());
        willingnessLabel.setLabelFor(willingness);
        dates(willingnessOn, vm.willingnessOnProperty());
        saveWillingness.disableProperty().bind(vm.canSaveWillingnessProperty().not());
        counselName.textProperty().bindBidirectional(vm.counselNameProperty());
        counselNameLabel.setLabelFor(counselName);
        counselOrganisation.textProperty().bindBidirectional(vm.counselOrganisationProperty());
        saveCounsel.disableProperty().bind(vm.canSaveCounselProperty().not());

        hearings.setItems(vm.hearings());
        hearings.setPlaceholder(new Label(m.get("ui.legal.hearings.empty")));
        column(colHearingWhen, h -> m.date(h.localStart().toLocalDate()) + " " + h.localStart().toLocalTime());
        column(colHearingCourt, HearingDetails::court);
        column(colHearingKind, h -> m.label(h.kind()));
        column(colHearingOutcome, h -> Controls.format(h.outcomeNote(), m));
        hearings.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm
                .selectedHearingProperty().set(now));
        dates(hearingDate, vm.hearingDateProperty());
        hearingTime.textProperty().bindBidirectional(vm.hearingTimeProperty());
        hearingCourt.textProperty().bindBidirectional(vm.hearingCourtProperty());
        Controls.codeList(hearingKind, HearingKind.values(), m);
        hearingKind.valueProperty().bindBidirectional(vm.hearingKindProperty());
        addHearing.disableProperty().bind(vm.canAddHearingProperty().not());
        hearingOutcome.textProperty().bindBidirectional(vm.hearingOutcomeProperty());
        recordOutcome.disableProperty().bind(vm.canRecordOutcomeProperty().not());

        claims.setItems(vm.claims());
        claims.setPlaceholder(new Label(m.get("ui.legal.claims.empty")));
        column(colClaimKind, c -> m.label(c.kind()));
        column(colClaimAmount, c -> money(c.amount(), c.currency()));
        column(colClaimFiled, c -> m.date(c.filedOn()));
        column(colClaimOutcome, c -> m.label(c.outcome()));
        column(colClaimPaid, c -> money(c.paidAmount(), c.currency()));
        column(colClaimDecided, c -> m.date(c.decidedOn()));
        claims.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm
                .selectedClaimProperty().set(now));
        Controls.codeList(claimKind, ClaimKind.values(), m);
        claimKind.valueProperty().bindBidirectional(vm.claimKindProperty());
        claimAmount.textProperty().bindBidirectional(vm.claimAmountProperty());
        claimCurrency.textProperty().bindBidirectional(vm.claimCurrencyProperty());
        dates(claimFiledOn, vm.claimFiledOnProperty());
        fileClaim.disableProperty().bind(vm.canFileClaimProperty().not());
        Controls.showWhen(amountInvalid, vm.claimAmountInvalidProperty());
        Controls.codeList(decision, new ClaimOutcome[] {ClaimOutcome.Awarded, ClaimOutcome.Rejected,
                ClaimOutcome.Withdrawn}, m);
        decision.valueProperty().bindBidirectional(vm.decisionProperty());
        paidAmount.textProperty().bindBidirectional(vm.paidAmountProperty());
        dates(decidedOn, vm.decidedOnProperty());
        decideClaim.disableProperty().bind(vm.canDecideProperty().not());
    }

    private void dates(DatePicker picker, javafx.beans.property.ObjectProperty<java.time.LocalDate> value) {
        Controls.dateField(picker, m);
        picker.valueProperty().bindBidirectional(value);
    }

    private static <T> void column(TableColumn<T, String> col, Function<T, String> text) {
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
    }

    private String money(BigDecimal amount, String currency) {
        return amount == null ? m.get("ui.value.none") : amount.toPlainString() + " " + currency;
    }

    @FXML
    private void saveWillingness() {
        vm.saveWillingness();
    }

    @FXML
    private void saveCounsel() {
        vm.saveCounsel();
    }

    @FXML
    private void addHearing() {
        vm.addHearing();
    }

    @FXML
    private void recordOutcome() {
        vm.recordHearingOutcome();
    }

    @FXML
    private void fileClaim() {
        vm.fileClaim();
    }

    @FXML
    private void decideClaim() {
        vm.decideClaim();
    }

    public Parent root() {
        return root;
    }
}
