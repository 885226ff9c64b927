package org.shield.ui.shelter;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.care.ReflectionStatus;
import org.shield.application.care.StayDetails;
import org.shield.application.common.UserMessage;
import org.shield.application.party.OrganisationDetails;
import org.shield.domain.care.DepartureReason;
import org.shield.domain.common.Text;
import org.shield.domain.party.OrganisationType;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * A victim's shelter stays in a case: the stays, the reflection period (days left, and a reminder in its
 * last days), admitting to a shelter, and (as dialogs) leaving and transferring to another shelter. Leaving
 * and transferring send the version that was listed; a stay changed elsewhere is a conflict.
 */
public final class ShelterStaysViewModel {
    static final int ROOM_MAX = 100;
    static final int NOTE_MAX = 4_000;
    /** Organisations that are never a shelter. */
    private static final Set<OrganisationType> NOT_SHELTERS = Set.of(OrganisationType.ScamCompound,
            OrganisationType.FrontCompany, OrganisationType.RecruitmentAgency);

    private final ObservableList<StayDetails> stays = FXCollections.observableArrayList();
    private final ObservableList<OrganisationDetails> shelters = FXCollections.observableArrayList();
    private final ObjectProperty<ReflectionStatus> reflection = new SimpleObjectProperty<>();
    private final ObjectProperty<StayDetails> current = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();

    private final ObjectProperty<OrganisationDetails> admitShelter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> admittedOn = new SimpleObjectProperty<>();
    private final StringProperty admitRoom = new SimpleStringProperty("");
    private final ObjectProperty<UserMessage> admitProblem = new SimpleObjectProperty<>();

    private final BooleanProperty leaving = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> leftOn = new SimpleObjectProperty<>();
    private final ObjectProperty<DepartureReason> leaveReason = new SimpleObjectProperty<>();
    private final StringProperty leaveNote = new SimpleStringProperty("");

    private final BooleanProperty transferring = new SimpleBooleanProperty();
    private final ObjectProperty<OrganisationDetails> transferShelter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> transferOn = new SimpleObjectProperty<>();
    private final StringProperty transferRoom = new SimpleStringProperty("");
    private final ObjectProperty<UserMessage> dialogProblem = new SimpleObjectProperty<>();

    private final BooleanBinding canAdmit;
    private final BooleanBinding canLeave;
    private final BooleanBinding canConfirmLeave;
    private final BooleanBinding canConfirmTransfer;

    private final ScreenContext ctx;
    private final UUID caseId;
    private final UUID personId;
    private final Busy busy;

    public ShelterStaysViewModel(ScreenContext ctx, UUID caseId, UUID personId) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.personId = personId;
        this.busy = new Busy(ctx.tasks());
        BooleanBinding idle = busy.busyProperty().not();
        canAdmit = Bindings.createBooleanBinding(() -> current.get() == null && admitShelter.get() != null
                && admittedOn.get() != null, current, admitShelter, admittedOn).and(idle);
        canLeave = current.isNotNull().and(idle);
        canConfirmLeave = Bindings.createBooleanBinding(() -> leftOn.get() != null && leaveReason.get() != null
                && leaveReason.get() != DepartureReason.TransferredToAnotherShelter, leftOn, leaveReason).and(idle);
        canConfirmTransfer = Bindings.createBooleanBinding(() -> transferOn.get() != null
                && transferShelter.get() != null && current.get() != null
                && !transferShelter.get().id().equals(current.get().shelterId()), transferOn, transferShelter, current)
                .and(idle);
    }

    /** Reads the stays, the reflection period and the organisations to choose a shelter from. */
    public void load() {
        read(true);
    }

    /** Reads again; {@code fresh} clears the error shown (not after a failure that asked for the re-read). */
    private void read(boolean fresh) {
        if (fresh) {
            error.set(null);
        }
        busy.run("ui.stays.task.load", c -> {
            var ws = ctx.session().workspace();
            List<OrganisationDetails> orgs = ws.organisations().findByName("").stream()
                    .filter(o -> !NOT_SHELTERS.contains(o.type())).toList();
            return new Loaded(ws.care().stays(caseId, personId), ws.care().reflection(caseId, personId), orgs);
        }, loaded -> {
            shelters.setAll(loaded.shelters());
            show(loaded.stays(), loaded.reflection());
            if (admittedOn.get() == null) {
                admittedOn.set(LocalDate.now(ctx.clock()));
            }
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    private record Loaded(List<StayDetails> stays, Optional<ReflectionStatus> reflection,
            List<OrganisationDetails> shelters) {
    }

    private record Reloaded(List<StayDetails> stays, Optional<ReflectionStatus> reflection) {
    }

    private void show(List<StayDetails> list, Optional<ReflectionStatus> r) {
        stays.setAll(list);
        current.set(list.stream().filter(s -> s.leftOn() == null).reduce((a, b) -> b).orElse(null));
        reflection.set(r.orElse(null));
    }

    /** Admits the victim to the chosen shelter; only while they are in none. */
    public void admit() {
        if (!canAdmit.get()) {
            return;
        }
        UserMessage invalid = admittedOn.get().isAfter(today()) ? new UserMessage("care.admittedOn.future")
                : admitRoom.get().strip().length() > ROOM_MAX ? new UserMessage("care.room.tooLong", ROOM_MAX) : null;
        admitProblem.set(invalid);
        if (invalid != null) {
            return;
        }
        UUID shelter = admitShelter.get().id();
        LocalDate day = admittedOn.get();
        String room = Text.trimToNull(admitRoom.get());
        change("ui.stays.task.admit", care -> care.admit(caseId, personId, shelter, day, room), () -> {
            admitShelter.set(null);
            admitRoom.set("");
        });
    }

    /** Opens the leave dialog for the current stay. */
    public void startLeave() {
        if (!canLeave.get()) {
            return;
        }
        leftOn.set(today());
        leaveReason.set(null);
        leaveNote.set("");
        dialogProblem.set(null);
        leaving.set(true);
    }

    public void confirmLeave() {
        if (!canConfirmLeave.get()) {
            return;
        }
        StayDetails stay = current.get();
        UserMessage invalid = leftOn.get().isAfter(today()) ? new UserMessage("care.leftOn.future")
                : leftOn.get().isBefore(stay.admittedOn()) ? new UserMessage("care.leftBeforeAdmitted")
                : leaveNote.get().strip().length() > NOTE_MAX ? new UserMessage("care.departureNote.tooLong", NOTE_MAX)
                : null;
        dialogProblem.set(invalid);
        if (invalid != null) {
            reask(leaving);
            return;
        }
        leaving.set(false);
        LocalDate day = leftOn.get();
        DepartureReason reason = leaveReason.get();
        String note = Text.trimToNull(leaveNote.get());
        change("ui.stays.task.leave", care -> care.leave(stay.id(), stay.version(), day, reason, note), () -> {
        });
    }

    /** Opens the transfer dialog for the current stay. */
    public void startTransfer() {
        if (!canLeave.get()) {
            return;
        }
        transferShelter.set(null);
        transferOn.set(today());
        transferRoom.set("");
        dialogProblem.set(null);
        transferring.set(true);
    }

    public void confirmTransfer() {
        if (!canConfirmTransfer.get()) {
            return;
        }
        StayDetails stay = current.get();
        UserMessage invalid = transferOn.get().isAfter(today()) ? new UserMessage("care.admittedOn.future")
                : transferOn.get().isBefore(stay.admittedOn()) ? new UserMessage("care.leftBeforeAdmitted")
                : transferRoom.get().strip().length() > ROOM_MAX ? new UserMessage("care.room.tooLong", ROOM_MAX)
                : null;
        dialogProblem.set(invalid);
        if (invalid != null) {
            reask(transferring);
            return;
        }
        transferring.set(false);
        UUID to = transferShelter.get().id();
        LocalDate day = transferOn.get();
        String room = Text.trimToNull(transferRoom.get());
        change("ui.stays.task.transfer", care -> care.transfer(stay.id(), stay.version(), to, day, room), () -> {
        });
    }

    /** Asks again (the dialog closed on its button) so the user sees the problem and can correct it. */
    private static void reask(BooleanProperty asking) {
        asking.set(false);
        asking.set(true);
    }

    public void cancelDialog() {
        leaving.set(false);
        transferring.set(false);
        dialogProblem.set(null);
    }

    @FunctionalInterface
    private interface CareChange {
        Object apply(org.shield.application.care.CareService care) throws Exception;
    }

    private void change(String titleKey, CareChange work, Runnable done) {
        error.set(null);
        busy.run(titleKey, c -> {
            var care = ctx.session().workspace().care();
            work.apply(care);
            return new Reloaded(care.stays(caseId, personId), care.reflection(caseId, personId));
        }, r -> {
            show(r.stays(), r.reflection());
            done.run();
        }, failure -> {
            error.set(ctx.errors().explain(failure));
            if (failure instanceof org.shield.application.common.ConflictException) {
                read(false); // changed elsewhere: show it as it is now
            }
        });
    }

    private LocalDate today() {
        return LocalDate.now(ctx.clock());
    }

    public ObservableList<StayDetails> stays() {
        return stays;
    }

    public ObservableList<OrganisationDetails> shelters() {
        return shelters;
    }

    /** The reflection period, or null before the first admission. */
    public ObjectProperty<ReflectionStatus> reflectionProperty() {
        return reflection;
    }

    /** The stay the victim is in now, or null. */
    public ObjectProperty<StayDetails> currentProperty() {
        return current;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public ObjectProperty<OrganisationDetails> admitShelterProperty() {
        return admitShelter;
    }

    public ObjectProperty<LocalDate> admittedOnProperty() {
        return admittedOn;
    }

    public StringProperty admitRoomProperty() {
        return admitRoom;
    }

    public ObjectProperty<UserMessage> admitProblemProperty() {
        return admitProblem;
    }

    public BooleanProperty leavingProperty() {
        return leaving;
    }

    public ObjectProperty<LocalDate> leftOnProperty() {
        return leftOn;
    }

    public ObjectProperty<DepartureReason> leaveReasonProperty() {
        return leaveReason;
    }

    public StringProperty leaveNoteProperty() {
        return leaveNote;
    }

    public BooleanProperty transferringProperty() {
        return transferring;
    }

    public ObjectProperty<OrganisationDetails> transferShelterProperty() {
        return transferShelter;
    }

    public ObjectProperty<LocalDate> transferOnProperty() {
        return transferOn;
    }

    public StringProperty transferRoomProperty() {
        return transferRoom;
    }

    public ObjectProperty<UserMessage> dialogProblemProperty() {
        return dialogProblem;
    }

    public BooleanBinding canAdmitProperty() {
        return canAdmit;
    }

    public BooleanBinding canLeaveProperty() {
        return canLeave;
    }

    public BooleanBinding canConfirmLeaveProperty() {
        return canConfirmLeave;
    }

    public BooleanBinding canConfirmTransferProperty() {
        return canConfirmTransfer;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
