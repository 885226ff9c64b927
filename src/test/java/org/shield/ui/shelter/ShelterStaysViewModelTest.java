package org.shield.ui.shelter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.common.UserMessage;
import org.shield.application.party.OrganisationDetails;
import org.shield.domain.care.DepartureReason;
import org.shield.ui.DeskFixture;
import org.shield.ui.VictimFixtures;

class ShelterStaysViewModelTest {
    @TempDir
    static Path dir;
    static DeskFixture desk;
    static UUID shelterA;
    static UUID shelterB;

    @BeforeAll
    static void openVault() throws Exception {
        desk = DeskFixture.create(dir.resolve("vault"));
        shelterA = VictimFixtures.shelter(desk.workspace, "DEMO Stays Shelter A");
        shelterB = VictimFixtures.shelter(desk.workspace, "DEMO Stays Shelter B");
    }

    @AfterAll
    static void closeVault() {
        desk.close();
    }

    private static ShelterStaysViewModel stays(String title) throws Exception {
        UUID[] ids = VictimFixtures.caseWithVictim(desk.workspace, title);
        ShelterStaysViewModel vm = new ShelterStaysViewModel(desk.context, ids[0], ids[1]);
        vm.load();
        return vm;
    }

    private static OrganisationDetails shelter(ShelterStaysViewModel vm, UUID id) {
        return vm.shelters().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    private static LocalDate today() {
        return LocalDate.now(desk.context.clock());
    }

    private static void admit(ShelterStaysViewModel vm, UUID shelter, int daysAgo) {
        vm.admitShelterProperty().set(shelter(vm, shelter));
        vm.admittedOnProperty().set(today().minusDays(daysAgo));
        vm.admitRoomProperty().set("DEMO room 2");
        vm.admit();
    }

    @Test
    void admissionStartsTheReflectionPeriod() throws Exception {
        ShelterStaysViewModel vm = stays("DEMO-TEST admit");
        assertThat(vm.stays()).isEmpty();
        assertThat(vm.reflectionProperty().get()).isNull();
        assertThat(vm.canAdmitProperty().get()).as("no shelter chosen yet").isFalse();

        admit(vm, shelterA, 3);

        assertThat(vm.stays()).singleElement().satisfies(s -> {
            assertThat(s.shelterName()).isEqualTo("DEMO Stays Shelter A");
            assertThat(s.room()).isEqualTo("DEMO room 2");
        });
        assertThat(vm.currentProperty().get()).isNotNull();
        assertThat(vm.reflectionProperty().get().daysLeft()).isEqualTo(vm.reflectionProperty().get().days() - 3);
        assertThat(vm.canAdmitProperty().get()).as("already in a shelter").isFalse();
        assertThat(vm.canLeaveProperty().get()).isTrue();
    }

    @Test
    void anAdmissionInTheFutureIsNotSent() throws Exception {
        ShelterStaysViewModel vm = stays("DEMO-TEST admit future");
        vm.admitShelterProperty().set(shelter(vm, shelterA));
        vm.admittedOnProperty().set(today().plusDays(1));

        vm.admit();

        assertThat(vm.admitProblemProperty().get()).isEqualTo(new UserMessage("care.admittedOn.future"));
        assertThat(vm.stays()).isEmpty();
    }

    @Test
    void theReminderIsDueInTheLastDays() throws Exception {
        ShelterStaysViewModel vm = stays("DEMO-TEST reminder");
        admit(vm, shelterA, 14);

        assertThat(vm.reflectionProperty().get().remind()).isTrue();
    }

    @Test
    void leavingEndsTheStayWithItsReason() throws Exception {
        ShelterStaysViewModel vm = stays("DEMO-TEST leave");
        admit(vm, shelterA, 5);

        vm.startLeave();
        assertThat(vm.leavingProperty().get()).isTrue();
        assertThat(vm.canConfirmLeaveProperty().get()).as("no reason yet").isFalse();
        vm.leaveReasonProperty().set(DepartureReason.ReturnedToFamily);
        vm.leftOnProperty().set(today().minusDays(6));
        vm.confirmLeave();
        assertThat(vm.dialogProblemProperty().get()).isEqualTo(new UserMessage("care.leftBeforeAdmitted"));
        assertThat(vm.leavingProperty().get()).isTrue();

        vm.leftOnProperty().set(today());
        vm.leaveNoteProperty().set("DEMO mother came to collect her");
        vm.confirmLeave();

        assertThat(vm.leavingProperty().get()).isFalse();
        assertThat(vm.currentProperty().get()).isNull();
        assertThat(vm.stays().get(0).departureReason()).isEqualTo(DepartureReason.ReturnedToFamily);
        assertThat(vm.canLeaveProperty().get()).isFalse();
        vm.admitShelterProperty().set(shelter(vm, shelterB));
        assertThat(vm.canAdmitProperty().get()).as("may be admitted again").isTrue();
    }

    @Test
    void aTransferEndsOneStayAndStartsTheNext() throws Exception {
        ShelterStaysViewModel vm = stays("DEMO-TEST transfer");
        admit(vm, shelterA, 4);

        vm.startTransfer();
        vm.transferShelterProperty().set(shelter(vm, shelterA));
        assertThat(vm.canConfirmTransferProperty().get()).as("to another shelter").isFalse();
        vm.transferShelterProperty().set(shelter(vm, shelterB));
        vm.transferRoomProperty().set("DEMO bed 4");
        vm.confirmTransfer();

        assertThat(vm.stays()).hasSize(2);
        assertThat(vm.stays().get(0).departureReason()).isEqualTo(DepartureReason.TransferredToAnotherShelter);
        assertThat(vm.currentProperty().get().shelterName()).isEqualTo("DEMO Stays Shelter B");
        assertThat(vm.reflectionProperty().get().start()).isEqualTo(today().minusDays(4));
    }

    @Test
    void aStayChangedElsewhereIsAConflictAndIsReadAgain() throws Exception {
        ShelterStaysViewModel vm = stays("DEMO-TEST conflict");
        admit(vm, shelterA, 2);
        var stay = vm.currentProperty().get();
        desk.workspace.care().leave(stay.id(), stay.version(), today(), DepartureReason.LeftVoluntarily, null);

        vm.startLeave();
        vm.leaveReasonProperty().set(DepartureReason.Absconded);
        vm.confirmLeave();

        assertThat(vm.errorProperty().get()).isNotNull();
        assertThat(vm.stays().get(0).departureReason()).isEqualTo(DepartureReason.LeftVoluntarily);
        assertThat(vm.currentProperty().get()).isNull();
    }
}
