package org.shield.ui.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.common.UserMessage;
import org.shield.application.interview.InterviewDetails;
import org.shield.application.interview.InterviewSummary;
import org.shield.application.interview.SaveInterviewCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.interview.Consent;
import org.shield.domain.interview.ConsentAnswer;
import org.shield.domain.interview.InterviewConditions;
import org.shield.domain.interview.InterviewState;
import org.shield.domain.interview.Statement;
import org.shield.testing.TestVaults;
import org.shield.ui.DeskFixture;
import org.shield.ui.SyntheticAccounts;
import org.shield.ui.approval.ApprovalsViewModel;

/**
 * Where the unit requires it, an investigator's signed-off interview waits for a supervisor: only the
 * supervisor sees "Countersign" and "Return for correction", and the Approvals page lists it. Synthetic data.
 */
class InterviewCountersignViewModelTest {
    @TempDir
    Path dir;
    Path vault;
    UUID caseId;
    UUID interviewId;

    @BeforeEach
    void investigatorSignsOffWhereCountersignIsRequired() throws Exception {
        vault = dir.resolve("vault");
        try (Workspace admin = TestVaults.create(vault)) {
            SyntheticAccounts.addInvestigator(admin);
            admin.interviews().requireCountersign(true);
        }
        try (Workspace inv = SyntheticAccounts.unlockInvestigator(vault)) {
            UUID[] c = InterviewFixtures.caseWithVictim(inv, "DEMO-TEST countersign case");
            caseId = c[0];
            InterviewDetails d = InterviewFixtures.interview(inv, caseId, c[1], 0);
            d = inv.interviews().save(new SaveInterviewCommand(d.id(), d.version(), caseId, c[1], d.kind(),
                    new InterviewConditions(LocalDate.of(2026, 3, 1), null, null, null, "DEMO-TEST interviewer", null,
                            null, null, false, null, null),
                    new Consent(ConsentAnswer.Yes, null, null, null, null, null, null, null, null),
                    new Statement(null, "DEMO-TEST statement", null, null, null), 0));
            interviewId = inv.interviews().signOff(d.id(), d.version()).id();
        }
    }

    private InterviewEditorViewModel editor(DeskFixture desk) throws Exception {
        InterviewsViewModel vm = InterviewFixtures.interviews(desk, caseId, new ArrayList<>());
        vm.open(interviewId);
        return vm.editorProperty().get();
    }

    @Test
    void theInvestigatorWhoSignedOffCannotCountersign() throws Exception {
        try (DeskFixture desk = DeskFixture.over(SyntheticAccounts.unlockInvestigator(vault))) {
            InterviewEditorViewModel e = editor(desk);

            assertThat(e.loadedProperty().get().state()).isEqualTo(InterviewState.AwaitingCountersign);
            assertThat(e.frozenProperty().get()).isTrue();
            assertThat(e.canCountersignProperty().get()).isFalse();
            assertThat(e.canAddAddendumProperty().get()).isTrue();
        }
    }

    @Test
    void supervisorCountersignsAndTheInterviewIsFinal() throws Exception {
        try (DeskFixture desk = DeskFixture.unlock(vault)) {
            InterviewEditorViewModel e = editor(desk);
            assertThat(e.canCountersignProperty().get()).isTrue();

            e.countersign();

            assertThat(e.loadedProperty().get().state()).isEqualTo(InterviewState.SignedOff);
            assertThat(e.loadedProperty().get().countersignedBy()).isEqualTo(TestVaults.ADMIN);
            assertThat(e.canCountersignProperty().get()).isFalse();
            assertThat(e.noticeProperty().get()).isEqualTo(new UserMessage("ui.interview.countersigned"));
        }
    }

    @Test
    void supervisorReturnsItWithAReasonAndItReopens() throws Exception {
        try (DeskFixture desk = DeskFixture.unlock(vault)) {
            InterviewEditorViewModel e = editor(desk);
            e.startReturn();
            assertThat(e.returnPrompt().askingProperty().get()).isTrue();
            assertThat(e.returnPrompt().canConfirmProperty().get()).isFalse();
            e.returnPrompt().textProperty().set("DEMO-TEST the end time is missing");

            e.returnPrompt().confirm();

            InterviewDetails d = e.loadedProperty().get();
            assertThat(d.state()).isEqualTo(InterviewState.Open);
            assertThat(d.returnedReason()).isEqualTo("DEMO-TEST the end time is missing");
            assertThat(e.frozenProperty().get()).isFalse();
        }
    }

    @Test
    void approvalsListTheInterviewForTheSupervisorAndCountItInTheBadge() throws Exception {
        try (DeskFixture desk = DeskFixture.unlock(vault)) {
            List<Integer> counts = new ArrayList<>();
            ApprovalsViewModel vm = new ApprovalsViewModel(desk.context, desk.navigator, counts::add);

            vm.load();

            assertThat(vm.countersigns()).isTrue();
            assertThat(vm.awaitingCountersign()).extracting(InterviewSummary::id).containsExactly(interviewId);
            assertThat(counts).last().isEqualTo(1);
            vm.openInterview(vm.awaitingCountersign().get(0));
            assertThat(desk.navigator.calls).contains("interview:" + caseId + ":" + interviewId);
        }
    }
}
