package org.shield.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.ui.DeskFixture;
import org.shield.ui.FakeAuditExporter;
import org.shield.ui.SyntheticAccounts;

/** Which sections a user sees, and where a supervisor with waiting requests lands. */
class MainSectionsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void anInvestigatorSeesNeitherUsersNorTheAuditTrail() throws Exception {
        SyntheticAccounts.vaultWithClosureRequest(dir.resolve("vault"));
        try (DeskFixture desk = DeskFixture.over(SyntheticAccounts.unlockInvestigator(dir.resolve("vault")))) {
            MainViewModel vm = new MainViewModel(desk.context, () -> null, new FakeAuditExporter());

            assertThat(vm.sections()).containsExactly(Section.CASES, Section.PERSONS, Section.ORGANISATIONS,
                    Section.APPROVALS, Section.SYNC, Section.SETTINGS);
            vm.show(Section.USERS);
            assertThat(vm.sectionProperty().get()).isEqualTo(Section.CASES);
            vm.start();
            assertThat(vm.sectionProperty().get()).isEqualTo(Section.CASES);
            assertThat(desk.tasks.titles()).as("reports laid out once in the background").contains(
                    "ui.task.prepareReports");
        }
    }

    @Test
    void aSupervisorWithWaitingRequestsLandsOnApprovals() throws Exception {
        SyntheticAccounts.vaultWithClosureRequest(dir.resolve("vault"));
        try (DeskFixture desk = DeskFixture.unlock(dir.resolve("vault"))) {
            MainViewModel vm = new MainViewModel(desk.context, () -> null, new FakeAuditExporter());

            assertThat(vm.sections()).contains(Section.USERS, Section.AUDIT, Section.APPROVALS);
            vm.start();

            assertThat(vm.pendingApprovalsProperty().get()).isEqualTo(1);
            assertThat(vm.sectionProperty().get()).isEqualTo(Section.APPROVALS);
            assertThat(vm.approvals().pending()).hasSize(1);
        }
    }
}
