package org.shield.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.NoteDetails;
import org.shield.ui.DeskFixture;

class CaseNotesViewModelTest {
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

    @Test
    void correctionIsANewNoteAndBothStayVisible() throws Exception {
        UUID caseId = desk.session.cases().create(CreateCaseCommand.titled("DEMO-TEST notes")).id();
        CaseNotesViewModel vm = new CaseNotesViewModel(desk.context, () -> caseId);
        vm.bodyProperty().set("DEMO-TEST first contact by phone");
        vm.add();
        NoteDetails original = vm.notes().get(0);

        vm.startCorrection(original);
        assertThat(vm.bodyProperty().get()).isEqualTo("DEMO-TEST first contact by phone");
        assertThat(vm.canAddProperty().get()).isFalse();
        vm.bodyProperty().set("DEMO-TEST first contact through a partner NGO");
        vm.add();

        assertThat(vm.notes()).hasSize(2);
        NoteDetails correction = vm.notes().get(1);
        assertThat(correction.correctsNoteId()).isEqualTo(original.id());
        assertThat(vm.corrected(correction)).isEqualTo(original);
        assertThat(vm.correctedBy(original)).isEqualTo(correction);
        assertThat(vm.correctingProperty().get()).isNull();
        assertThat(vm.bodyProperty().get()).isEmpty();
    }

    @Test
    void blankNoteCannotBeAdded() throws Exception {
        UUID caseId = desk.session.cases().create(CreateCaseCommand.titled("DEMO-TEST blank note")).id();
        CaseNotesViewModel vm = new CaseNotesViewModel(desk.context, () -> caseId);

        vm.bodyProperty().set("   ");

        assertThat(vm.canAddProperty().get()).isFalse();
    }
}
