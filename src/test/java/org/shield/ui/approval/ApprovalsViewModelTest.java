package org.shield.ui.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.approval.ApprovalSummary;
import org.shield.domain.approval.ApprovalKind;
import org.shield.domain.approval.ApprovalState;
import org.shield.domain.casefile.CaseStatus;
import org.shield.ui.DeskFixture;
import org.shield.ui.SyntheticAccounts;

class ApprovalsViewModelTest {
    @TempDir
    Path dir;
    DeskFixture desk;
    UUID caseId;
    final AtomicInteger pendingCount = new AtomicInteger(-1);

    @BeforeEach
    void supervisorWithAClosureRequest() throws Exception {
        caseId = SyntheticAccounts.vaultWithClosureRequest(dir.resolve("vault"));
        desk = DeskFixture.unlock(dir.resolve("vault"));
    }

    @AfterEach
    void closeVault() {
        desk.close();
    }

    private ApprovalsViewModel loaded() {
        ApprovalsViewModel vm = new ApprovalsViewModel(desk.context, desk.navigator, pendingCount::set);
        vm.load();
        return vm;
    }

    @Test
    void supervisorSeesTheWaitingRequestAndItsCount() {
        ApprovalsViewModel vm = loaded();

        assertThat(vm.decides()).isTrue();
        assertThat(vm.pending()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ApprovalKind.CaseClosure);
            assertThat(a.caseId()).isEqualTo(caseId);
            assertThat(a.requestedBy()).isEqualTo(SyntheticAccounts.INVESTIGATOR);
            assertThat(a.requestReason()).startsWith("synthetic reason");
        });
        assertThat(pendingCount.get()).isEqualTo(1);
    }

    @Test
    void approvingClosesTheCase() throws Exception {
        ApprovalsViewModel vm = loaded();
        vm.selectedProperty().set(vm.pending().get(0));

        vm.approve();

        assertThat(vm.pending()).isEmpty();
        assertThat(pendingCount.get()).isZero();
        assertThat(vm.noticeProperty().get().key()).isEqualTo("ui.approvals.approved");
        assertThat(desk.session.cases().get(caseId).status()).isEqualTo(CaseStatus.Closed);
    }

    @Test
    void returningNeedsAReasonAndLeavesTheCaseOpen() throws Exception {
        ApprovalsViewModel vm = loaded();
        vm.selectedProperty().set(vm.pending().get(0));

        assertThat(vm.canReturnProperty().get()).isFalse();
        vm.giveBack();
        assertThat(vm.pending()).hasSize(1);

        vm.reasonProperty().set("synthetic: the route notes are missing");
        vm.giveBack();

        assertThat(vm.pending()).isEmpty();
        assertThat(desk.session.cases().get(caseId).status()).isEqualTo(CaseStatus.Active);
    }

    @Test
    void aRequestDecidedElsewhereMeanwhileIsRefusedAndTheListReloads() throws Exception {
        ApprovalsViewModel vm = loaded();
        ApprovalSummary listed = vm.pending().get(0);
        desk.session.approvals().giveBack(listed.id(), listed.version(), "synthetic: decided in another window");
        vm.selectedProperty().set(listed);

        vm.approve();

        assertThat(desk.dialogs.errors()).isNotEmpty();
        assertThat(vm.pending()).isEmpty();
        assertThat(desk.session.cases().get(caseId).status()).isEqualTo(CaseStatus.Active);
    }

    @Test
    void theRequesterSeesTheDecisionInTheirOwnRequests() throws Exception {
        ApprovalsViewModel supervisor = loaded();
        supervisor.selectedProperty().set(supervisor.pending().get(0));
        supervisor.reasonProperty().set("synthetic: add the shelter referral first");
        supervisor.giveBack();
        desk.close();

        desk = DeskFixture.over(SyntheticAccounts.unlockInvestigator(dir.resolve("vault")));
        ApprovalsViewModel investigator = loaded();

        assertThat(investigator.decides()).isFalse();
        assertThat(investigator.mine()).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(ApprovalState.Returned);
            assertThat(a.decisionReason()).isEqualTo("synthetic: add the shelter referral first");
        });
    }
}
