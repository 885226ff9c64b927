package org.shield.ui.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.care.CareNoteDetails;
import org.shield.domain.care.CareNoteKind;
import org.shield.ui.DeskFixture;

class CareNotesViewModelTest {
    @TempDir
    static Path dir;
    static CareFixture care;

    @BeforeAll
    static void openVault() throws Exception {
        care = CareFixture.create(dir.resolve("vault"));
    }

    @Test
    void theCaseworkerWritesAndCorrectsAndBothNotesStay() throws Exception {
        try (DeskFixture desk = care.as(CareFixture.CASEWORKER)) {
            CareNotesViewModel vm = new CareNotesViewModel(desk.context, care.caseId, care.victim);
            vm.load();
            assertThat(vm.deniedProperty().get()).isFalse();
            vm.kindProperty().set(CareNoteKind.Medical);
            vm.bodyProperty().set("DEMO-TEST sprained ankle");
            vm.write();
            CareNoteDetails original = vm.notes().get(0);

            vm.startCorrection(original);
            assertThat(vm.canWriteProperty().get()).as("nothing changed yet").isFalse();
            vm.bodyProperty().set("DEMO-TEST sprained left ankle");
            vm.write();

            assertThat(vm.errorProperty().get()).isNull();
            assertThat(vm.notes()).hasSize(2);
            CareNoteDetails correction = vm.notes().get(1);
            assertThat(correction.kind()).isEqualTo(CareNoteKind.Medical);
            assertThat(vm.corrected(correction)).isEqualTo(original);
            assertThat(vm.correctedBy(original)).isEqualTo(correction);
            assertThat(vm.correctingProperty().get()).isNull();
        }
    }

    @Test
    void anInvestigatorSeesOnlyThatNotesAreForCaseworkers() throws Exception {
        try (DeskFixture desk = care.as(CareFixture.INVESTIGATOR)) {
            CareNotesViewModel vm = new CareNotesViewModel(desk.context, care.caseId, care.victim);
            vm.load();
            assertThat(vm.deniedProperty().get()).isTrue();
            assertThat(vm.notes()).isEmpty();
            assertThat(vm.errorProperty().get().key()).isEqualTo("careNote.caseworkersOnly");
            vm.bodyProperty().set("DEMO-TEST attempt");
            assertThat(vm.canWriteProperty().get()).isFalse();
        }
    }
}
