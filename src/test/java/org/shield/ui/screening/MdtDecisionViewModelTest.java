package org.shield.ui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.common.UserMessage;
import org.shield.application.security.Workspace;
import org.shield.domain.approval.ApprovalState;
import org.shield.domain.screening.DecisionMakingOrg;
import org.shield.domain.screening.TraffickingStatus;
import org.shield.domain.security.Role;
import org.shield.testing.TestVaults;
import org.shield.ui.DeskFixture;
import org.shield.ui.VictimFixtures;

class MdtDecisionViewModelTest {
    private static final String SUPERVISOR = "demo-mdt-sup";
    private static final char[] PASS = "synthetic mdt passphrase 7".toCharArray();

    @TempDir
    Path dir;

    private static void fill(MdtDecisionViewModel vm) {
        vm.statusProperty().set(TraffickingStatus.ActualVictimOfTrafficking);
        vm.orgTypeProperty().set(DecisionMakingOrg.Police);
        vm.membersProperty().set("DEMO police officer, DEMO social worker, DEMO NGO caseworker");
        vm.reasonsProperty().set("DEMO deceived about the job, passport taken, forced to work");
    }

    @Test
    void aDecisionWaitsForApprovalAndThenBecomesTheStatus() throws Exception {
        UUID[] ids;
        try (DeskFixture desk = DeskFixture.create(dir.resolve("vault"))) {
            desk.workspace.users().add(SUPERVISOR, "TST", Set.of(Role.Supervisor), PASS, false);
            ids = VictimFixtures.caseWithVictim(desk.workspace, "DEMO-TEST mdt");
            UUID police = VictimFixtures.shelter(desk.workspace, "DEMO Provincial Police MDT");
            MdtDecisionViewModel vm = new MdtDecisionViewModel(desk.context, ids[0], ids[1]);
            vm.load();
            assertThat(vm.decisions()).isEmpty();
            assertThat(vm.currentProperty().get()).isNull();

            vm.start();
            assertThat(vm.askingProperty().get()).isTrue();
            assertThat(vm.decidedOnProperty().get()).isNotNull();
            assertThat(vm.canRecordProperty().get()).isFalse();
            fill(vm);
            assertThat(vm.canRecordProperty().get()).isTrue();
            vm.decidingOrgProperty().set(vm.organisations().stream().filter(o -> o.id().equals(police)).findFirst()
                    .orElseThrow());
            vm.record();
            assertThat(vm.decisions().get(0).decidingOrgId()).isEqualTo(police);

            assertThat(vm.askingProperty().get()).isFalse();
            assertThat(vm.noticeProperty().get()).isEqualTo(new UserMessage("ui.mdt.sentForApproval"));
            assertThat(vm.decisions()).singleElement().extracting(d -> d.state()).isEqualTo(ApprovalState.Pending);
            assertThat(vm.pendingProperty().get()).isTrue();
            assertThat(vm.canStartProperty().get()).as("one pending decision at a time").isFalse();
            assertThat(vm.currentProperty().get()).as("not a status until approved").isNull();
        }
        try (Workspace sup = TestVaults.vaults().unlock(dir.resolve("vault"), SUPERVISOR, PASS)) {
            var request = sup.approvals().pending().get(0);
            sup.approvals().approve(request.id(), request.version(), null);
        }
        try (DeskFixture desk = DeskFixture.unlock(dir.resolve("vault"))) {
            MdtDecisionViewModel vm = new MdtDecisionViewModel(desk.context, ids[0], ids[1]);
            vm.load();
            assertThat(vm.currentProperty().get().status()).isEqualTo(TraffickingStatus.ActualVictimOfTrafficking);
            assertThat(vm.currentProperty().get().state()).isEqualTo(ApprovalState.Approved);
            assertThat(vm.pendingProperty().get()).isFalse();
            assertThat(vm.canStartProperty().get()).isTrue();
        }
    }

    @Test
    void aDecisionDatedInTheFutureIsNotSent() throws Exception {
        try (DeskFixture desk = DeskFixture.create(dir.resolve("vault"))) {
            UUID[] ids = VictimFixtures.caseWithVictim(desk.workspace, "DEMO-TEST mdt future");
            MdtDecisionViewModel vm = new MdtDecisionViewModel(desk.context, ids[0], ids[1]);
            vm.load();
            vm.start();
            fill(vm);
            vm.decidedOnProperty().set(LocalDate.now().plusDays(3));

            vm.record();

            assertThat(vm.problemProperty().get()).isEqualTo(new UserMessage("mdt.decidedOn.future"));
            assertThat(vm.askingProperty().get()).isTrue();
            assertThat(vm.decisions()).isEmpty();
        }
    }
}
