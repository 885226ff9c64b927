package org.shield.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.UpdateCaseCommand;
import org.shield.application.common.UserMessage;
import org.shield.domain.approval.ApprovalKind;
import org.shield.domain.approval.ApprovalState;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.security.Role;
import org.shield.ui.DeskFixture;
import org.shield.ui.history.RecordHistoryViewModel;

/** The overview's closure request, status choices, team and history. Synthetic data only. */
class CaseClosureViewModelTest {
    @TempDir
    static Path dir;
    static DeskFixture desk;

    @BeforeAll
    static void openVault() throws Exception {
        desk = DeskFixture.create(dir.resolve("vault"));
        desk.workspace.users().add("demo-investigator", "TST", Set.of(Role.Investigator),
                "synthetic investigator passphrase 3".toCharArray(), false);
    }

    @AfterAll
    static void closeVault() {
        desk.close();
    }

    private CaseViewModel openCase(String title) throws Exception {
        UUID id = desk.session.cases().create(CreateCaseCommand.titled(title)).id();
        CaseViewModel vm = new CaseViewModel(desk.context, desk.navigator);
        vm.open(id);
        return vm;
    }

    @Test
    void closingStatusesAreNotOfferedOnAnOpenCase() throws Exception {
        CaseViewModel vm = openCase("DEMO-TEST status choices");

        assertThat(vm.overview().statusChoices()).contains(CaseStatus.Active)
                .doesNotContain(CaseStatus.Closed, CaseStatus.ClosedReferred);
    }

    @Test
    void closureRequestNeedsAReasonThenIsFiledAndListedAsPending() throws Exception {
        CaseViewModel vm = openCase("DEMO-TEST closure request");
        CaseClosureViewModel closure = vm.closure();
        assertThat(closure.availableProperty().get()).isTrue();

        closure.start();
        closure.statusProperty().set(CaseStatus.ClosedReferred);
        assertThat(closure.canRequestProperty().get()).isFalse();
        closure.reasonProperty().set("DEMO-TEST referred to the demo shelter");
        closure.request();

        assertThat(closure.noticeProperty().get()).isEqualTo(new UserMessage("ui.case.closure.requested"));
        assertThat(closure.approvals()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ApprovalKind.CaseClosure);
            assertThat(a.state()).isEqualTo(ApprovalState.Pending);
            assertThat(a.requestedValue()).isEqualTo("ClosedReferred");
        });
        assertThat(closure.availableProperty().get()).as("one pending request at a time").isFalse();
        assertThat(desk.session.cases().get(vm.caseIdProperty().get()).status()).isEqualTo(CaseStatus.Active);
    }

    @Test
    void aCaseLoadedAfterAnApprovalRequestShowsIt() throws Exception {
        UUID id = desk.session.cases().create(CreateCaseCommand.titled("DEMO-TEST listed request")).id();
        desk.workspace.approvals().requestClosure(id, CaseStatus.Closed, "DEMO-TEST nothing more to do");
        CaseViewModel vm = new CaseViewModel(desk.context, desk.navigator);

        vm.open(id);

        assertThat(vm.closure().approvals()).extracting(a -> a.requestReason())
                .containsExactly("DEMO-TEST nothing more to do");
    }

    @Test
    void teamIsChosenFromTheInvestigatorsAndSaved() throws Exception {
        CaseViewModel vm = openCase("DEMO-TEST team");
        CaseTeamViewModel team = vm.team();

        team.start();
        assertThat(team.candidates()).contains("demo-investigator", "test-admin");
        team.setMember("demo-investigator", true);
        team.assign();

        CaseDetails d = vm.overview().loadedProperty().get();
        assertThat(d.team()).containsExactly("demo-investigator");
        assertThat(vm.overview().dirtyProperty().get()).isFalse();
    }

    @Test
    void historyShowsEachChangedFieldWithOldAndNewValue() throws Exception {
        CaseViewModel vm = openCase("DEMO-TEST history before");
        CaseDetails d = vm.overview().loadedProperty().get();
        desk.session.cases().update(new UpdateCaseCommand(d.id(), d.version(), "DEMO-TEST history after",
                d.status(), null, null, d.exploitationTypes(), d.unitCode(), d.leadInvestigator(), d.openedOn(),
                d.summary(), d.sensitivity(), d.tags()));

        vm.showHistory();

        RecordHistoryViewModel history = vm.history();
        assertThat(history.showingProperty().get()).isTrue();
        assertThat(history.rows()).anyMatch(r -> r.action() == AuditAction.Create);
        assertThat(history.rows()).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.Update);
            assertThat(r.field()).isEqualTo("title");
            assertThat(r.oldValue()).isEqualTo("DEMO-TEST history before");
            assertThat(r.newValue()).isEqualTo("DEMO-TEST history after");
        });
    }
}
