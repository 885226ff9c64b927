package org.shield.ui.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.UserMessage;
import org.shield.application.interview.InterviewDetails;
import org.shield.domain.interview.ConsentAnswer;
import org.shield.domain.interview.InterviewKind;
import org.shield.domain.interview.InterviewState;
import org.shield.ui.DeskFixture;

/** Scheduling after the register, and the editor's save, sign-off and addenda. Synthetic data only. */
class InterviewsViewModelTest {
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

    private static PartySummary party(InterviewsViewModel vm, UUID personId) {
        return vm.parties().stream().filter(p -> p.personId().equals(personId)).findFirst().orElseThrow();
    }

    @Test
    void registerShowsEarlierInterviewsOfThePersonBeforeAnythingIsScheduled() throws Exception {
        UUID[] first = InterviewFixtures.caseWithVictim(desk.workspace, "DEMO-TEST first interview case");
        InterviewFixtures.interview(desk.workspace, first[0], first[1], 0);
        UUID caseId = InterviewFixtures.caseWithParty(desk.workspace, "DEMO-TEST second case", first[1]);
        InterviewsViewModel vm = InterviewFixtures.interviews(desk, caseId, new ArrayList<>());
        vm.load();

        vm.startNew();
        assertThat(vm.newInterview().askingProperty().get()).isTrue();
        vm.newInterview().personProperty().set(party(vm, first[1]));

        assertThat(vm.newInterview().register()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(InterviewKind.Victim);
            assertThat(e.caseNumber()).isEqualTo(desk.session.cases().get(first[0]).caseNumber());
        });
        assertThat(vm.newInterview().canScheduleProperty().get()).isFalse();
        assertThat(vm.interviews()).isEmpty();
        assertThat(desk.workspace.interviews().list(caseId)).isEmpty();
    }

    @Test
    void schedulingPassesTheNumberOfEarlierInterviewsShownAndOpensTheNewInterview() throws Exception {
        UUID[] first = InterviewFixtures.caseWithVictim(desk.workspace, "DEMO-TEST register case");
        InterviewFixtures.interview(desk.workspace, first[0], first[1], 0);
        UUID caseId = InterviewFixtures.caseWithParty(desk.workspace, "DEMO-TEST schedule case", first[1]);
        InterviewsViewModel vm = InterviewFixtures.interviews(desk, caseId, new ArrayList<>());
        vm.startNew();
        vm.newInterview().personProperty().set(party(vm, first[1]));
        vm.newInterview().kindProperty().set(InterviewKind.Victim);

        vm.newInterview().schedule();

        assertThat(vm.interviews()).singleElement().satisfies(i -> assertThat(i.state()).isEqualTo(InterviewState.Open));
        assertThat(vm.editorProperty().get()).isNotNull();
        assertThat(vm.editorProperty().get().loadedProperty().get().personId()).isEqualTo(first[1]);
        assertThat(vm.noticeProperty().get()).isEqualTo(new UserMessage("ui.interview.scheduled"));
    }

    @Test
    void schedulingIsRefusedWhenTheRegisterGrewAfterItWasShown() throws Exception {
        UUID[] first = InterviewFixtures.caseWithVictim(desk.workspace, "DEMO-TEST grown register");
        InterviewFixtures.interview(desk.workspace, first[0], first[1], 0);
        UUID caseId = InterviewFixtures.caseWithParty(desk.workspace, "DEMO-TEST grown register 2", first[1]);
        InterviewsViewModel vm = InterviewFixtures.interviews(desk, caseId, new ArrayList<>());
        vm.startNew();
        vm.newInterview().personProperty().set(party(vm, first[1]));
        vm.newInterview().kindProperty().set(InterviewKind.Victim);
        assertThat(vm.newInterview().register()).hasSize(1);
        // meanwhile someone else interviews the same person: the user has seen one of two
        InterviewFixtures.interview(desk.workspace, first[0], first[1], 1);

        vm.newInterview().schedule();

        assertThat(vm.errorProperty().get()).isEqualTo(new UserMessage("interview.register.notSeen"));
        assertThat(desk.workspace.interviews().list(caseId)).isEmpty();
        assertThat(vm.editorProperty().get()).isNull();
    }

    @Test
    void emptyRegisterIsShownAsReadAndSchedulingNeedsTheKind() throws Exception {
        UUID[] c = InterviewFixtures.caseWithVictim(desk.workspace, "DEMO-TEST empty register");
        InterviewsViewModel vm = InterviewFixtures.interviews(desk, c[0], new ArrayList<>());
        vm.startNew();
        vm.newInterview().personProperty().set(party(vm, c[1]));

        assertThat(vm.newInterview().registerShownProperty().get()).isTrue();
        assertThat(vm.newInterview().register()).isEmpty();
        assertThat(vm.newInterview().canScheduleProperty().get()).isFalse();
        vm.newInterview().kindProperty().set(InterviewKind.MdtIdentification);
        assertThat(vm.newInterview().canScheduleProperty().get()).isTrue();
    }

    @Test
    void suspectInterviewOfARecordedVictimGoesToTheGuardAndSchedulesNothing() throws Exception {
        UUID[] c = InterviewFixtures.caseWithVictim(desk.workspace, "DEMO-TEST guard interview");
        List<String> guard = new ArrayList<>();
        InterviewsViewModel vm = InterviewFixtures.interviews(desk, c[0], guard);
        vm.startNew();
        PartySummary victim = party(vm, c[1]);
        vm.newInterview().personProperty().set(victim);
        vm.newInterview().kindProperty().set(InterviewKind.Suspect);

        vm.newInterview().schedule();

        assertThat(guard).containsExactly(c[1] + " " + victim.personName());
        assertThat(desk.workspace.interviews().list(c[0])).isEmpty();
    }

    private InterviewEditorViewModel scheduled(String title) throws Exception {
        UUID[] c = InterviewFixtures.caseWithVictim(desk.workspace, title);
        InterviewDetails d = InterviewFixtures.interview(desk.workspace, c[0], c[1], 0);
        InterviewsViewModel vm = InterviewFixtures.interviews(desk, c[0], new ArrayList<>());
        vm.open(d.id());
        return vm.editorProperty().get();
    }

    private static void fill(InterviewEditorViewModel e) {
        e.conditions().dateProperty().set(LocalDate.of(2026, 3, 1));
        e.conditions().startProperty().set("9:30");
        e.conditions().interviewersProperty().set("DEMO-TEST interviewer");
        e.consent().agreedProperty().set(ConsentAnswer.Yes);
        e.statement().textProperty().set("DEMO-TEST synthetic statement");
    }

    @Test
    void editorSavesTheEditedCopyWithItsVersion() throws Exception {
        InterviewEditorViewModel e = scheduled("DEMO-TEST save interview");
        assertThat(e.editableProperty().get()).isTrue();
        assertThat(e.canSaveProperty().get()).isFalse();
        fill(e);
        assertThat(e.dirtyProperty().get()).isTrue();
        assertThat(e.canSignOffProperty().get()).isFalse();

        e.save();

        InterviewDetails stored = desk.workspace.interviews().get(e.loadedProperty().get().id());
        assertThat(stored.statement().text()).isEqualTo("DEMO-TEST synthetic statement");
        assertThat(stored.consent().agreed()).isEqualTo(ConsentAnswer.Yes);
        assertThat(stored.conditions().start()).hasToString("09:30");
        assertThat(e.dirtyProperty().get()).isFalse();
        assertThat(e.canSignOffProperty().get()).isTrue();
    }

    @Test
    void saveOverAVersionChangedElsewhereKeepsTheEditsAndShowsTheConflict() throws Exception {
        InterviewEditorViewModel e = scheduled("DEMO-TEST conflict interview");
        InterviewDetails loaded = e.loadedProperty().get();
        desk.workspace.interviews().save(new org.shield.application.interview.SaveInterviewCommand(loaded.id(),
                loaded.version(), loaded.caseId(), loaded.personId(), loaded.kind(), loaded.conditions(),
                loaded.consent(), new org.shield.domain.interview.Statement(null, "DEMO-TEST saved elsewhere", null,
                        null, null), 0));
        fill(e);

        e.save();

        assertThat(e.conflictProperty().get()).isNotNull();
        assertThat(e.saveErrorProperty().get()).isEqualTo(new UserMessage("ui.conflict.message"));
        assertThat(e.statement().textProperty().get()).isEqualTo("DEMO-TEST synthetic statement");
    }

    @Test
    void signOffAfterConfirmationFreezesTheInterviewAndOnlyAddendaFollow() throws Exception {
        InterviewEditorViewModel e = scheduled("DEMO-TEST sign off");
        fill(e);
        e.save();
        desk.dialogs.answerConfirm(true);

        e.signOff();

        InterviewDetails d = e.loadedProperty().get();
        assertThat(d.state()).isEqualTo(InterviewState.SignedOff);
        assertThat(d.contentSha256()).isNotBlank();
        assertThat(e.frozenProperty().get()).isTrue();
        assertThat(e.editableProperty().get()).isFalse();
        assertThat(e.canSaveProperty().get()).isFalse();
        assertThat(e.canAddAddendumProperty().get()).isTrue();

        e.startAddendum();
        e.addendumPrompt().textProperty().set("DEMO-TEST addendum: the interpreter's name was misspelt");
        e.addendumPrompt().confirm();

        assertThat(e.addenda()).singleElement().satisfies(a -> {
            assertThat(a.body()).isEqualTo("DEMO-TEST addendum: the interpreter's name was misspelt");
            assertThat(a.author()).isEqualTo(desk.session.user().userName());
        });
        assertThat(desk.workspace.interviews().get(d.id()).contentSha256()).isEqualTo(d.contentSha256());
    }

    @Test
    void declinedSignOffLeavesTheInterviewOpen() throws Exception {
        InterviewEditorViewModel e = scheduled("DEMO-TEST sign off declined");
        fill(e);
        e.save();
        desk.dialogs.answerConfirm(false);

        e.signOff();

        assertThat(e.loadedProperty().get().state()).isEqualTo(InterviewState.Open);
        assertThat(e.editableProperty().get()).isTrue();
    }

    @Test
    void signOffRefusedByTheRulesIsExplained() throws Exception {
        InterviewEditorViewModel e = scheduled("DEMO-TEST sign off without consent");
        e.statement().textProperty().set("DEMO-TEST statement only");
        e.conditions().dateProperty().set(LocalDate.of(2026, 3, 2));
        e.save();
        desk.dialogs.answerConfirm(true);

        e.signOff();

        assertThat(e.errorProperty().get()).isEqualTo(new UserMessage("interview.signOff.noConsent"));
        assertThat(e.loadedProperty().get().state()).isEqualTo(InterviewState.Open);
    }

    @Test
    void endBeforeStartIsShownInlineAndCannotBeSaved() throws Exception {
        InterviewEditorViewModel e = scheduled("DEMO-TEST times");
        e.conditions().startProperty().set("14:00");
        e.conditions().endProperty().set("13:00");

        assertThat(e.conditions().timeProblemProperty().get()).isEqualTo(new UserMessage("interview.endBeforeStart"));
        assertThat(e.canSaveProperty().get()).isFalse();
        e.conditions().endProperty().set("half past");
        assertThat(e.conditions().timeProblemProperty().get()).isEqualTo(new UserMessage("ui.interview.time.invalid"));
    }
}
