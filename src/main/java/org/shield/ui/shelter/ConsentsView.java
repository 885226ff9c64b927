package org.shield.ui.shelter;

import static org.shield.ui.shelter.ShelterForms.col;
import static org.shield.ui.shelter.ShelterForms.label;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.shield.application.care.ConsentDetails;
import org.shield.application.party.OrganisationDetails;
import org.shield.domain.care.ConsentForm;
import org.shield.domain.care.ConsentPurpose;
import org.shield.ui.common.Controls;
import org.shield.ui.common.FormDialog;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** A victim's consents: what each covers, when and how it was given, whether it holds; record and withdraw. */
public final class ConsentsView {
    @FXML private TableView<ConsentDetails> consentsTable;
    @FXML private Button recordConsent;
    @FXML private Button withdrawConsent;
    @FXML private Paragraph error;
    @FXML private ProgressIndicator busy;

    private final ConsentsViewModel vm;
    private final Messages m;
    private final Parent root;

    public ConsentsView(ConsentsViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        consentsTable.setItems(vm.consents());
        consentsTable.setPlaceholder(new Label(m.get("ui.consents.empty")));
        consentsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        consentsTable.getColumns().setAll(List.of(
                col(m, "ui.consents.col.purpose", c -> c.partnerName() == null ? m.label(c.purpose())
                        : m.get("ui.consents.sharingWith", c.partnerName())),
                col(m, "ui.consents.col.given", c -> m.date(c.givenOn())),
                col(m, "ui.consents.col.form", c -> c.witness() == null ? m.label(c.form())
                        : m.get("ui.consents.formWithName", m.label(c.form()), c.witness())),
                col(m, "ui.consents.col.state", c -> c.withdrawnOn() != null
                        ? m.get("ui.consents.withdrawnOn", m.date(c.withdrawnOn()))
                        : m.get(c.active() ? "ui.consents.holds" : "ui.consents.notYet"))));
        consentsTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ConsentDetails c, boolean empty) {
                super.updateItem(c, empty);
                getStyleClass().remove("consent-withdrawn");
                if (!empty && c != null && c.withdrawnOn() != null) {
                    getStyleClass().add("consent-withdrawn");
                }
            }
        });
        var selected = consentsTable.getSelectionModel().selectedItemProperty();
        withdrawConsent.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().withdrawnOn() != null, selected).or(vm.busyProperty()));
        recordConsent.disableProperty().bind(vm.busyProperty());
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showWhen(busy, vm.busyProperty());
        FormDialog.whenAsked(vm.recordingProperty(), this::askRecord);
        FormDialog.whenAsked(vm.withdrawingProperty(), this::askWithdraw);
    }

    private void askRecord() {
        ComboBox<ConsentPurpose> purpose = new ComboBox<>();
        purpose.setId("consentPurpose");
        Controls.codeList(purpose, ConsentPurpose.values(), m);
        purpose.valueProperty().bindBidirectional(vm.purposeProperty());
        purpose.setMaxWidth(Double.MAX_VALUE);
        ComboBox<OrganisationDetails> partner = new ComboBox<>(vm.partners());
        partner.setId("consentPartner");
        ShelterForms.organisations(partner, m);
        partner.valueProperty().bindBidirectional(vm.partnerProperty());
        Label partnerLabel = label(m, "ui.consents.partner", partner);
        // disabled rather than hidden: a dialog that grows after it opened can push its buttons out of view
        partner.disableProperty().bind(vm.needsPartnerProperty().not());
        partnerLabel.disableProperty().bind(vm.needsPartnerProperty().not());
        DatePicker date = new DatePicker();
        date.setId("consentDate");
        Controls.dateField(date, m);
        date.valueProperty().bindBidirectional(vm.givenOnProperty());
        ComboBox<ConsentForm> form = new ComboBox<>();
        form.setId("consentForm");
        Controls.codeList(form, ConsentForm.values(), m);
        form.valueProperty().bindBidirectional(vm.formProperty());
        form.setMaxWidth(Double.MAX_VALUE);
        TextField witness = new TextField();
        witness.setId("consentWitness");
        witness.textProperty().bindBidirectional(vm.witnessProperty());
        Label witnessLabel = new Label();
        witnessLabel.getStyleClass().add("form-label");
        witnessLabel.setLabelFor(witness);
        witnessLabel.textProperty().bind(Bindings.createStringBinding(() -> m.get(
                vm.formProperty().get() == ConsentForm.GuardianForMinor ? "ui.consents.guardian" : "ui.consents.witness"),
                vm.formProperty()));
        witness.disableProperty().bind(vm.needsWitnessProperty().not());
        witnessLabel.disableProperty().bind(vm.needsWitnessProperty().not());
        var box = ShelterForms.form(label(m, "ui.consents.purpose", purpose), purpose, partnerLabel, partner,
                label(m, "ui.consents.date", date), date, label(m, "ui.consents.form", form), form, witnessLabel,
                witness, ShelterForms.problem(vm.problemProperty(), m));
        ShelterForms.answer(FormDialog.ask(root, m, "consentDialog", "ui.consents.record.title",
                "ui.consents.record.action", box, vm.canRecordProperty()), vm::record, vm::cancel);
    }

    private void askWithdraw() {
        ConsentDetails c = vm.withdrawnProperty().get();
        if (c == null) {
            return;
        }
        String what = c.partnerName() == null ? m.label(c.purpose()) : m.get("ui.consents.sharingWith", c.partnerName());
        Paragraph explain = new Paragraph(m.get(c.purpose() == ConsentPurpose.SharingWithPartner
                ? "ui.consents.withdraw.stopsSharing" : "ui.consents.withdraw.stops", what));
        explain.getStyleClass().add("guard-warning");
        explain.setId("withdrawExplanation");
        DatePicker date = new DatePicker();
        date.setId("withdrawDate");
        Controls.dateField(date, m);
        date.valueProperty().bindBidirectional(vm.withdrawnOnProperty());
        TextArea note = new TextArea();
        note.setId("withdrawNote");
        note.setPrefRowCount(3);
        Controls.wrapUnlessThai(note);
        note.textProperty().bindBidirectional(vm.withdrawalNoteProperty());
        var box = ShelterForms.form(explain, label(m, "ui.consents.withdraw.date", date), date,
                label(m, "ui.consents.withdraw.note", note), note, ShelterForms.problem(vm.problemProperty(), m));
        ShelterForms.answer(FormDialog.ask(root, m, "withdrawDialog", "ui.consents.withdraw.title",
                "ui.consents.withdraw.action", box, vm.canWithdrawProperty()), vm::withdraw, vm::cancel);
    }

    @FXML
    private void record() {
        vm.startRecord();
    }

    @FXML
    private void withdraw() {
        vm.startWithdraw(consentsTable.getSelectionModel().getSelectedItem());
    }

    public Parent root() {
        return root;
    }
}
