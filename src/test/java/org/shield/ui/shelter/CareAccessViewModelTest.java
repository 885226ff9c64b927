package org.shield.ui.shelter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.ui.DeskFixture;
import org.shield.ui.SyntheticAccounts;
import org.shield.ui.VictimFixtures;
import org.shield.ui.screening.ScreeningViewModel;

/** Someone outside the case sees a plain refusal, and no data, on every victim pane. */
class CareAccessViewModelTest {
    @TempDir
    Path dir;

    @Test
    void anInvestigatorOutsideTheCaseIsRefusedPlainly() throws Exception {
        UUID[] ids;
        try (DeskFixture admin = DeskFixture.create(dir.resolve("vault"))) {
            SyntheticAccounts.addInvestigator(admin.workspace);
            ids = VictimFixtures.caseWithVictim(admin.workspace, "DEMO-TEST outsider");
            admin.workspace.care().addTask(ids[0], ids[1], "DEMO private follow-up", java.time.LocalDate.now(), null);
        }
        try (DeskFixture outsider = DeskFixture.over(SyntheticAccounts.unlockInvestigator(dir.resolve("vault")))) {
            ShelterStaysViewModel stays = new ShelterStaysViewModel(outsider.context, ids[0], ids[1]);
            ConsentsViewModel consents = new ConsentsViewModel(outsider.context, ids[0], ids[1]);
            VictimTasksViewModel tasks = new VictimTasksViewModel(outsider.context, ids[0], ids[1]);
            ScreeningViewModel screening = new ScreeningViewModel(outsider.context, ids[0], ids[1]);
            stays.load();
            consents.load();
            tasks.load();
            screening.load();

            assertThat(stays.errorProperty().get()).isNotNull();
            assertThat(consents.errorProperty().get()).isNotNull();
            assertThat(tasks.errorProperty().get()).isNotNull();
            assertThat(screening.errorProperty().get()).isNotNull();
            assertThat(tasks.tasks()).isEmpty();
            assertThat(stays.stays()).isEmpty();
            assertThat(outsider.dialogs.errors()).as("shown inline, not as a dialog").isEmpty();
        }
    }
}
