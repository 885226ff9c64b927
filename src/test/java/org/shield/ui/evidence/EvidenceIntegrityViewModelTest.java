package org.shield.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.evidence.AddExhibitCommand;
import org.shield.domain.evidence.HashCheck;
import org.shield.ui.DeskFixture;
import org.shield.ui.shell.MainViewModel;
import org.shield.ui.shell.Section;

/** The main window's evidence integrity section (real vault, the test administrator supervises unit TST). */
class EvidenceIntegrityViewModelTest {
    @TempDir
    Path dir;

    @Test
    void verifyAllShowsEachExhibitAndNoneIsFlaggedWhenIntact() throws Exception {
        try (DeskFixture desk = DeskFixture.create(dir.resolve("vault"))) {
            UUID caseId = desk.session.cases().create(CreateCaseCommand.titled("DEMO-TEST verify all")).id();
            desk.workspace.evidence().add(AddExhibitCommand.digital(caseId,
                    Files.writeString(dir.resolve("a.txt"), "DEMO-TEST a"), "DEMO-TEST note", null, null),
                    ProgressListener.NONE, new CancellationToken());
            EvidenceIntegrityViewModel vm = new EvidenceIntegrityViewModel(desk.context, desk.navigator);
            assertThat(vm.showsFlagged()).isTrue();

            vm.load();
            assertThat(vm.flagged()).isEmpty();
            vm.verifyAll();

            assertThat(vm.verifiedProperty().get()).isTrue();
            assertThat(vm.results()).singleElement().satisfies(r -> {
                assertThat(r.content()).isEqualTo(HashCheck.Match);
                assertThat(r.custodyProblem()).isNull();
            });
            assertThat(vm.summaryProperty().get().key()).isEqualTo("ui.integrity.allIntact");
            assertThat(vm.work().isRunning()).isFalse();
        }
    }

    @Test
    void theSectionIsForSupervisorsAuditorsAndAdministrators() throws Exception {
        try (DeskFixture desk = DeskFixture.create(dir.resolve("vault"))) {
            MainViewModel vm = new MainViewModel(desk.context, () -> null, new org.shield.ui.FakeAuditExporter());

            assertThat(vm.sections()).contains(Section.EVIDENCE);
        }
    }
}
