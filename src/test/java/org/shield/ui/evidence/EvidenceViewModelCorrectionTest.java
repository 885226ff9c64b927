package org.shield.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.evidence.UpdateExhibitCommand;
import org.shield.domain.evidence.ExhibitType;
import org.shield.ui.DeskFixture;

/** Correcting an exhibit's particulars through the exhibit form in its correction mode (real vault). */
class EvidenceViewModelCorrectionTest {
    @TempDir
    static Path dir;
    static DeskFixture desk;

    @BeforeAll
    static void openVault() throws Exception {
        desk = DeskFixture.create(dir.resolve("vault"));
    }

    @AfterAll
    static void closeVault() {
        desk.close();
    }

    /** A case with a physical exhibit "BAG-1" collected 1 March 2026, 09:15 Bangkok time; it is selected. */
    private EvidenceViewModel caseWithABag(String title) throws Exception {
        UUID id = desk.session.cases().create(CreateCaseCommand.titled(title)).id();
        CaseDetails d = desk.session.cases().get(id);
        EvidenceViewModel evidence = new EvidenceViewModel(desk.context, new SimpleObjectProperty<>(d));
        AddExhibitViewModel vm = evidence.add();
        vm.start();
        vm.form().typeProperty().set(ExhibitType.Physical);
        vm.form().descriptionProperty().set("DEMO-TEST phone in a bag");
        vm.form().exhibitNumberProperty().set("BAG-1");
        vm.form().collectedDateProperty().set(LocalDate.of(2026, 3, 1));
        vm.form().collectedTimeProperty().set("09:15");
        vm.form().timeZoneProperty().set("Asia/Bangkok");
        vm.form().storageLocationProperty().set("Locker 1");
        vm.add();
        assertThat(evidence.selectedProperty().get()).isNotNull();
        return evidence;
    }

    @Test
    void aCorrectionStartsFilledAndSavedChangesShowInTheReloadedExhibit() throws Exception {
        EvidenceViewModel evidence = caseWithABag("DEMO-TEST correct particulars");
        ExhibitDetails before = evidence.selectedProperty().get();
        AddExhibitViewModel vm = evidence.add();
        assertThat(evidence.canCorrectProperty().get()).isTrue();

        evidence.startCorrection();

        assertThat(vm.askingProperty().get()).isTrue();
        assertThat(vm.correctingProperty().get()).isEqualTo(before);
        ExhibitForm f = vm.form();
        assertThat(f.descriptionProperty().get()).isEqualTo("DEMO-TEST phone in a bag");
        assertThat(f.collectedDateProperty().get()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(f.collectedTimeProperty().get()).as("shown in the zone it was recorded in").isEqualTo("9:15");
        assertThat(f.timeZoneProperty().get()).isEqualTo("Asia/Bangkok");
        assertThat(f.storageLocationProperty().get()).isEqualTo("Locker 1");
        assertThat(vm.parentChoices()).as("never part of itself").doesNotContain(before);

        f.descriptionProperty().set("DEMO-TEST black phone in a sealed bag");
        f.storageLocationProperty().set("Evidence room, shelf 3");
        assertThat(vm.canAddProperty().get()).isTrue();
        vm.confirm();

        assertThat(vm.askingProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(evidence.noticeProperty().get().key()).isEqualTo("ui.evidence.corrected");
        ExhibitDetails after = evidence.selectedProperty().get();
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.description()).isEqualTo("DEMO-TEST black phone in a sealed bag");
        assertThat(after.storageLocation()).isEqualTo("Evidence room, shelf 3");
        assertThat(after.acquisition().collectedAt()).isEqualTo(Instant.parse("2026-03-01T02:15:00Z"));
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(desk.session.workspace().evidence().get(before.id()).storageLocation())
                .isEqualTo("Evidence room, shelf 3");
    }

    @Test
    void aStaleVersionShowsTheConflictAndKeepsTheFormOpen() throws Exception {
        EvidenceViewModel evidence = caseWithABag("DEMO-TEST stale correction");
        ExhibitDetails loaded = evidence.selectedProperty().get();
        AddExhibitViewModel vm = evidence.add();
        evidence.startCorrection();
        // someone else corrects it first
        desk.session.workspace().evidence().update(new UpdateExhibitCommand(loaded.id(), loaded.version(),
                "DEMO-TEST changed elsewhere", loaded.source(), loaded.acquisition(), loaded.flags(),
                loaded.parentId(), loaded.condition(), loaded.sealNumber(), loaded.storageLocation()));

        vm.form().storageLocationProperty().set("Locker 9");
        vm.confirm();

        assertThat(vm.askingProperty().get()).isTrue();
        assertThat(vm.errorProperty().get().key()).isEqualTo("error.conflict");
        assertThat(vm.form().storageLocationProperty().get()).as("what was typed stays").isEqualTo("Locker 9");
        ExhibitDetails stored = desk.session.workspace().evidence().get(loaded.id());
        assertThat(stored.description()).isEqualTo("DEMO-TEST changed elsewhere");
        assertThat(stored.storageLocation()).isEqualTo("Locker 1");
        assertThat(evidence.selectedProperty().get().version()).as("the list was read again")
                .isEqualTo(stored.version());
    }

    @Test
    void typeNumberAndFileAreLockedInACorrection() throws Exception {
        EvidenceViewModel evidence = caseWithABag("DEMO-TEST locked particulars");
        AddExhibitViewModel vm = evidence.add();
        vm.start();
        vm.form().fileProperty().set(Files.writeString(dir.resolve("chat.txt"), "DEMO-TEST chat"));
        vm.form().descriptionProperty().set("DEMO-TEST chat export");
        vm.add();
        ExhibitDetails digital = evidence.selectedProperty().get();
        assertThat(vm.form().lockedProperty().get()).as("adding").isFalse();

        evidence.startCorrection();

        ExhibitForm f = vm.form();
        assertThat(f.lockedProperty().get()).isTrue();
        assertThat(f.typeProperty().get()).isEqualTo(ExhibitType.Digital);
        assertThat(f.exhibitNumberProperty().get()).isEqualTo(digital.exhibitNumber());
        assertThat(f.fileProperty().get()).hasToString("chat.txt");
        assertThat(vm.parentChoices()).extracting(ExhibitDetails::exhibitNumber).containsExactly("BAG-1");
        // whatever reaches the locked fields, the correction does not carry them
        f.typeProperty().set(ExhibitType.Document);
        f.exhibitNumberProperty().set("EX-9999");
        f.parentProperty().set(vm.parentChoices().get(0));
        vm.confirm();

        ExhibitDetails after = evidence.selectedProperty().get();
        assertThat(after.type()).isEqualTo(ExhibitType.Digital);
        assertThat(after.exhibitNumber()).isEqualTo(digital.exhibitNumber());
        assertThat(after.sha256()).isEqualTo(digital.sha256());
        assertThat(after.parentNumber()).isEqualTo("BAG-1");

        vm.start();
        assertThat(vm.form().lockedProperty().get()).as("adding again").isFalse();
        assertThat(vm.correctingProperty().get()).isNull();
    }
}
