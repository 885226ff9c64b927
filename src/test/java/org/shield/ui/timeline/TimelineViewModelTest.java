package org.shield.ui.timeline;

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
import org.shield.application.casefile.AddNoteCommand;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.RecordEventCommand;
import org.shield.application.interview.SaveInterviewCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.timeline.TimelineItem;
import org.shield.application.timeline.TimelineKind;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.casefile.TraffickingEventType;
import org.shield.domain.interview.Consent;
import org.shield.domain.interview.InterviewConditions;
import org.shield.domain.interview.InterviewKind;
import org.shield.domain.interview.Statement;
import org.shield.ui.DeskFixture;

/** The merged case timeline: every kind shown at first, a check box per kind, opening hands the item on. */
class TimelineViewModelTest {
    @TempDir
    static Path dir;
    static DeskFixture desk;
    static UUID caseId;

    @BeforeAll
    static void caseWithRouteNoteAndInterview() throws Exception {
        desk = DeskFixture.create(dir.resolve("vault"));
        caseId = desk.session.cases().create(CreateCaseCommand.titled("DEMO-TEST timeline")).id();
        desk.session.cases().recordEvent(new RecordEventCommand(caseId, TraffickingEventType.values()[0],
                LocalDate.of(2025, 1, 10), "DEMO-TEST border town", null, null, null, null));
        desk.session.cases().addNote(new AddNoteCommand(caseId, "DEMO-TEST note", null));
        UUID victim = desk.session.cases().addNewPersonAsParty(new SavePersonCommand(null, 0, null, "Demo-Test Victim",
                null, null, null, List.of(), null, null, null, null), caseId, PartyRole.Victim, null, null).personId();
        desk.workspace.interviews().save(new SaveInterviewCommand(null, 0, caseId, victim, InterviewKind.Victim,
                new InterviewConditions(LocalDate.of(2025, 2, 1), null, null, null, null, null, null, null, false, null,
                        null), Consent.NONE, Statement.NONE, 0));
    }

    @AfterAll
    static void closeVault() {
        desk.close();
    }

    @Test
    void everyKindIsShownInTimeOrderAtFirst() {
        TimelineViewModel vm = new TimelineViewModel(desk.context, () -> caseId, i -> { });

        vm.load();

        assertThat(vm.items()).extracting(TimelineItem::kind)
                .containsExactly(TimelineKind.Route, TimelineKind.Interview, TimelineKind.Note);
        assertThat(vm.items().get(0).dateOnly()).isTrue();
        for (TimelineKind k : TimelineKind.values()) {
            assertThat(vm.showing(k).get()).isTrue();
        }
    }

    @Test
    void switchingAKindOffHidesItsItemsAndOnAgainShowsThem() {
        TimelineViewModel vm = new TimelineViewModel(desk.context, () -> caseId, i -> { });
        vm.load();

        vm.showing(TimelineKind.Interview).set(false);
        assertThat(vm.items()).extracting(TimelineItem::kind).containsExactly(TimelineKind.Route, TimelineKind.Note);
        vm.showing(TimelineKind.Route).set(false);
        assertThat(vm.items()).extracting(TimelineItem::kind).containsExactly(TimelineKind.Note);

        vm.showing(TimelineKind.Interview).set(true);
        vm.load();
        assertThat(vm.items()).extracting(TimelineItem::kind).containsExactly(TimelineKind.Interview, TimelineKind.Note);
    }

    @Test
    void openingAnItemHandsItToTheCase() {
        List<TimelineItem> opened = new ArrayList<>();
        TimelineViewModel vm = new TimelineViewModel(desk.context, () -> caseId, opened::add);
        vm.load();

        vm.open(vm.items().get(1));

        assertThat(opened).singleElement().satisfies(i -> assertThat(i.kind()).isEqualTo(TimelineKind.Interview));
    }

    @Test
    void whatAnItemIsComesFromTheCodeListOfItsKind() {
        TimelineViewModel vm = new TimelineViewModel(desk.context, () -> caseId, i -> { });
        vm.load();

        assertThat(vm.items()).extracting(TimelineViewModel::whatKey).containsExactly(
                "enum.TraffickingEventType." + TraffickingEventType.values()[0].name(), "enum.InterviewKind.Victim",
                "ui.caseTimeline.note.note");
    }
}
