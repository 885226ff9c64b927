package org.shield.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.shield.domain.evidence.CustodyAction;
import org.shield.domain.evidence.ExhibitType;
import org.shield.ui.DeskFixture;

/** The add-exhibit form: what it needs before it may add, and what adding does (real vault). */
class EvidenceViewModelIntakeTest {
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

    private EvidenceViewModel openCase(String title) throws Exception {
        UUID id = desk.session.cases().create(CreateCaseCommand.titled(title)).id();
        CaseDetails d = desk.session.cases().get(id);
        return new EvidenceViewModel(desk.context, new SimpleObjectProperty<>(d));
    }

    @Test
    void aDigitalExhibitNeedsADescriptionAndAFile() throws Exception {
        EvidenceViewModel evidence = openCase("DEMO-TEST form rules");
        AddExhibitViewModel vm = evidence.add();
        vm.start();
        assertThat(vm.form().typeProperty().get()).isEqualTo(ExhibitType.Digital);
        assertThat(vm.form().timeZoneProperty().get()).isNotBlank();
        assertThat(vm.canAddProperty().get()).isFalse();

        vm.form().descriptionProperty().set("DEMO-TEST phone extraction");
        assertThat(vm.canAddProperty().get()).as("no file yet").isFalse();
        vm.form().fileProperty().set(Files.writeString(dir.resolve("chat.txt"), "DEMO-TEST chat"));
        assertThat(vm.canAddProperty().get()).isTrue();

        vm.form().typeProperty().set(ExhibitType.Physical);
        vm.form().fileProperty().set(null);
        assertThat(vm.canAddProperty().get()).as("a physical exhibit has no file").isTrue();
    }

    @Test
    void badNumberTimeOrZoneBlockAddingWithAReason() throws Exception {
        AddExhibitViewModel vm = openCase("DEMO-TEST form problems").add();
        vm.start();
        vm.form().typeProperty().set(ExhibitType.Document);
        vm.form().descriptionProperty().set("DEMO-TEST ledger");

        vm.form().exhibitNumberProperty().set("#1");
        assertThat(vm.form().numberProblemProperty().get().key()).isEqualTo("exhibit.number.invalid");
        assertThat(vm.canAddProperty().get()).isFalse();
        vm.form().exhibitNumberProperty().set("A-7");
        assertThat(vm.form().numberProblemProperty().get()).isNull();

        vm.form().collectedDateProperty().set(LocalDate.of(2026, 3, 1));
        assertThat(vm.form().whenProblemProperty().get().key()).isEqualTo("ui.evidence.add.timeMissing");
        vm.form().collectedTimeProperty().set("25:99");
        assertThat(vm.form().whenProblemProperty().get().key()).isEqualTo("ui.evidence.add.timeInvalid");
        vm.form().collectedTimeProperty().set("14:30");
        assertThat(vm.form().whenProblemProperty().get()).isNull();

        vm.form().timeZoneProperty().set("Mars/Olympus");
        assertThat(vm.form().zoneProblemProperty().get().key()).isEqualTo("exhibit.timeZone.invalid");
        assertThat(vm.canAddProperty().get()).isFalse();
        vm.form().timeZoneProperty().set("Asia/Bangkok");
        assertThat(vm.canAddProperty().get()).isTrue();
    }

    @Test
    void addingADigitalExhibitReportsProgressAndSelectsTheNewExhibit() throws Exception {
        EvidenceViewModel evidence = openCase("DEMO-TEST intake");
        AddExhibitViewModel vm = evidence.add();
        Path file = dir.resolve("photo-list.txt");
        Files.write(file, new byte[3 * 1024 * 1024]);
        vm.start();
        vm.form().fileProperty().set(file);
        vm.form().descriptionProperty().set("DEMO-TEST list of photos");
        vm.form().collectedDateProperty().set(LocalDate.of(2026, 3, 1));
        vm.form().collectedTimeProperty().set("09:15");
        vm.form().timeZoneProperty().set("Asia/Bangkok");
        vm.form().involvesMinorProperty().set(true);
        vm.form().extraHashesProperty().set(true);
        int before = desk.tasks.progressSeen().size();

        vm.add();

        assertThat(vm.askingProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(desk.tasks.progressSeen().subList(before, desk.tasks.progressSeen().size()))
                .anyMatch(p -> p > 0 && p < 1).contains(1.0);
        assertThat(evidence.exhibits()).hasSize(1);
        ExhibitDetails added = evidence.selectedProperty().get();
        assertThat(added).isEqualTo(evidence.exhibits().get(0));
        assertThat(added.exhibitNumber()).isEqualTo("EX-0001");
        assertThat(added.sizeBytes()).isEqualTo(3L * 1024 * 1024);
        assertThat(added.hashes().md5()).isNotNull();
        assertThat(added.flags().sensitive()).isTrue();
        assertThat(added.acquisition().timeZone()).isEqualTo("Asia/Bangkok");
        assertThat(added.acquisition().collectedAt()).isEqualTo(java.time.Instant.parse("2026-03-01T02:15:00Z"));
        assertThat(evidence.custody()).extracting(c -> c.action()).containsExactly(CustodyAction.Collected);
        assertThat(evidence.noticeProperty().get().key()).isEqualTo("ui.evidence.added");
    }

    @Test
    void aRefusedNumberReopensTheFormWithTheReason() throws Exception {
        EvidenceViewModel evidence = openCase("DEMO-TEST taken number");
        AddExhibitViewModel vm = evidence.add();
        for (int i = 0; i < 2; i++) {
            vm.start();
            vm.form().typeProperty().set(ExhibitType.Physical);
            vm.form().descriptionProperty().set("DEMO-TEST bag " + i);
            vm.form().exhibitNumberProperty().set("BAG-1");
            vm.add();
        }

        assertThat(evidence.exhibits()).hasSize(1);
        assertThat(vm.askingProperty().get()).isTrue();
        assertThat(vm.errorProperty().get().key()).isEqualTo("exhibit.number.taken");
        assertThat(vm.form().descriptionProperty().get()).isEqualTo("DEMO-TEST bag 1");
    }
}
