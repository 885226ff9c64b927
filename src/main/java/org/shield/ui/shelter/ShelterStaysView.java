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
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.shield.application.care.ReflectionStatus;
import org.shield.application.care.StayDetails;
import org.shield.application.party.OrganisationDetails;
import org.shield.domain.care.DepartureReason;
import org.shield.ui.common.Controls;
import org.shield.ui.common.FormDialog;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/**
 * A victim's shelter stays: the reflection-period banner (a warning when its reminder is due), the stays,
 * the admit form, and the leave and transfer dialogs.
 */
public final class ShelterStaysView {
    @FXML private Paragraph reflectionBanner;
    @FXML private TableView<StayDetails> staysTable;
    @FXML private Button leaveStay;
    @FXML private Button transferStay;
    @FXML private ComboBox<OrganisationDetails> admitShelter;
    @FXML private DatePicker admitDate;
    @FXML private TextField admitRoom;
    @FXML private Button admitButton;
    @FXML private Paragraph admitProblem;
    @FXML private Paragraph error;
    @FXML private ProgressIndicator busy;

    private final ShelterStaysViewModel vm;
    private final Messages m;
    private final Parent root;

    public ShelterStaysView(ShelterStaysViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        var r = vm.reflectionProperty();
        reflectionBanner.textProperty().bind(Bindings.createStringBinding(() -> banner(r.get()), r));
        r.addListener((o, was, now) -> markDue(now));
        markDue(r.get());
        staysTable.setItems(vm.stays());
        staysTable.setPlaceholder(new Label(m.get("ui.stays.empty")));
        staysTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        staysTable.getColumns().setAll(List.of(
                col(m, "ui.stays.col.shelter", s -> s.shelterName() == null ? m.get("ui.value.none") : s.shelterName()),
                col(m, "ui.stays.col.room", s -> s.room() == null ? "" : s.room()),
                col(m, "ui.stays.col.admitted", s -> m.date(s.admittedOn())),
                col(m, "ui.stays.col.left", s -> s.leftOn() == null ? m.get("ui.stays.stillThere") : m.date(s.leftOn())),
                col(m, "ui.stays.col.reason", s -> s.departureReason() == null ? ""
                        : s.departureNote() == null ? m.label(s.departureReason())
                        : m.get("ui.stays.reasonWithNote", m.label(s.departureReason()), s.departureNote()))));
        leaveStay.disableProperty().bind(vm.canLeaveProperty().not());
        transferStay.disableProperty().bind(vm.canLeaveProperty().not());
        admitShelter.setItems(vm.shelters());
        ShelterForms.organisations(admitShelter, m);
        admitShelter.valueProperty().bindBidirectional(vm.admitShelterProperty());
        Controls.dateField(admitDate, m);
        admitDate.valueProperty().bindBidirectional(vm.admittedOnProperty());
        admitRoom.textProperty().bindBidirectional(vm.admitRoomProperty());
        admitButton.disableProperty().bind(vm.canAdmitProperty().not());
        Controls.showMessage(admitProblem, vm.admitProblemProperty(), m);
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showWhen(busy, vm.busyProperty());
        FormDialog.whenAsked(vm.leavingProperty(), this::askLeave);
        FormDialog.whenAsked(vm.transferringProperty(), this::askTransfer);
    }

    private String banner(ReflectionStatus s) {
        if (s == null) {
            return m.get("ui.stays.reflection.none");
        }
        if (s.over()) {
            return m.get("ui.stays.reflection.over", s.days(), m.date(s.lastDay()));
        }
        return m.get(s.remind() ? "ui.stays.reflection.remind" : "ui.stays.reflection.running", s.daysLeft(), s.days(),
                m.date(s.lastDay()));
    }

    private void markDue(ReflectionStatus s) {
        reflectionBanner.getStyleClass().remove("reflection-due");
        if (s != null && s.remind()) {
            reflectionBanner.getStyleClass().add("reflection-due");
        }
    }

    private void askLeave() {
        DatePicker date = new DatePicker();
        date.setId("leaveDate");
        Controls.dateField(date, m);
        date.valueProperty().bindBidirectional(vm.leftOnProperty());
        ComboBox<DepartureReason> reason = new ComboBox<>();
        reason.setId("leaveReason");
        // a transfer is recorded through Transfer, which starts the next stay
        Controls.codeList(reason, java.util.Arrays.stream(DepartureReason.values())
                .filter(x -> x != DepartureReason.TransferredToAnotherShelter).toArray(DepartureReason[]::new), m);
        reason.valueProperty().bindBidirectional(vm.leaveReasonProperty());
        reason.setMaxWidth(Double.MAX_VALUE);
        TextArea note = new TextArea();
        note.setId("leaveNote");
        note.setPrefRowCount(3);
        Controls.wrapUnlessThai(note);
        note.textProperty().bindBidirectional(vm.leaveNoteProperty());
        var box = ShelterForms.form(label(m, "ui.stays.leave.date", date), date, label(m, "ui.stays.leave.reason", reason),
                reason, label(m, "ui.stays.leave.note", note), note, ShelterForms.problem(vm.dialogProblemProperty(), m));
        ShelterForms.answer(FormDialog.ask(root, m, "leaveDialog", "ui.stays.leave.title", "ui.stays.leave.action", box,
                vm.canConfirmLeaveProperty()), vm::confirmLeave, vm::cancelDialog);
    }

    private void askTransfer() {
        ComboBox<OrganisationDetails> to = new ComboBox<>(vm.shelters());
        to.setId("transferShelter");
        ShelterForms.organisations(to, m);
        to.valueProperty().bindBidirectional(vm.transferShelterProperty());
        DatePicker date = new DatePicker();
        date.setId("transferDate");
        Controls.dateField(date, m);
        date.valueProperty().bindBidirectional(vm.transferOnProperty());
        TextField room = new TextField();
        room.setId("transferRoom");
        room.textProperty().bindBidirectional(vm.transferRoomProperty());
        var box = ShelterForms.form(new Paragraph(m.get("ui.stays.transfer.explain")),
                label(m, "ui.stays.transfer.to", to), to, label(m, "ui.stays.transfer.date", date), date,
                label(m, "ui.stays.transfer.room", room), room, ShelterForms.problem(vm.dialogProblemProperty(), m));
        ShelterForms.answer(FormDialog.ask(root, m, "transferDialog", "ui.stays.transfer.title",
                "ui.stays.transfer.action", box, vm.canConfirmTransferProperty()), vm::confirmTransfer, vm::cancelDialog);
    }

    @FXML
    private void admit() {
        vm.admit();
    }

    @FXML
    private void leave() {
        vm.startLeave();
    }

    @FXML
    private void transfer() {
        vm.startTransfer();
    }

    public Parent root() {
        return root;
    }
}
