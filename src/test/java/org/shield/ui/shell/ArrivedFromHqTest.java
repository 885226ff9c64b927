package org.shield.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.AddNoteCommand;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.evidence.AddExhibitCommand;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.evidence.RecordCustodyCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.evidence.CustodyAction;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.ExhibitSource;
import org.shield.domain.evidence.ExhibitType;
import org.shield.domain.security.Role;
import org.shield.testing.HqInProcess;
import org.shield.ui.DeskFixture;
import org.shield.ui.casefile.CaseViewModel;

/**
 * What a sync brings shows in the records open on this laptop (issue 7): a case open in its tab reads its notes,
 * exhibits and custody steps again after a sync applied a colleague's, without being reopened; a case with edits
 * not saved yet is left as it is, so nothing typed is lost. Real vaults and an HQ in this JVM; synthetic data only.
 */
class ArrivedFromHqTest {
    private static final String UNIT = "TST";
    @TempDir
    Path tmp;
    private HqInProcess hq;
    private DeskFixture desk;
    private Workspace other;

    @BeforeEach
    void start() throws Exception {
        hq = new HqInProcess();
        desk = DeskFixture.over(hq.laptop(tmp.resolve("laptop-a"), "sup.a", Role.Supervisor, UNIT));
        other = hq.laptop(tmp.resolve("laptop-b"), "sup.b", Role.Supervisor, UNIT);
    }

    @AfterEach
    void stop() {
        desk.close();
        other.close();
        hq.close();
    }

    private ExhibitDetails bag(Workspace ws, UUID caseId, String description) throws Exception {
        return ws.evidence().add(new AddExhibitCommand(caseId, ExhibitType.Physical, null, description,
                ExhibitSource.NONE, null, ExhibitFlags.NONE, null, null, null, null, null, false),
                ProgressListener.NONE, new CancellationToken());
    }

    @Test
    void anOpenCaseShowsWhatTheSyncBroughtAndAnEditedOneKeepsWhatWasTyped() throws Exception {
        Workspace here = desk.session.workspace();
        UUID caseId = here.cases().create(new CreateCaseCommand("DEMO case open during a sync", null, Set.of(), UNIT,
                null, null, "DEMO summary", null, Set.of())).id();
        ExhibitDetails mine = bag(here, caseId, "DEMO bag taken in here");
        UUID edited = here.cases().create(new CreateCaseCommand("DEMO case being edited", null, Set.of(), UNIT, null,
                null, "DEMO summary", null, Set.of())).id();
        MainViewModel main = new MainViewModel(desk.context, () -> null, new org.shield.ui.FakeAuditExporter());
        main.sync().syncNow();
        other.sync().syncNow();

        main.openCase(caseId);
        CaseViewModel open = (CaseViewModel) main.documents().get(0);
        open.evidence().selectedProperty().set(open.evidence().exhibits().get(0));
        assertThat(open.evidence().custody()).hasSize(1);
        assertThat(open.notes().notes()).isEmpty();
        main.openCase(edited);
        CaseViewModel editing = (CaseViewModel) main.documents().get(1);
        editing.overview().titleProperty().set("DEMO title typed and not saved");

        // the colleague adds a note and an exhibit, records a step on this laptop's exhibit, and retitles the other
        other.cases().addNote(new AddNoteCommand(caseId, "DEMO note from the other laptop", null));
        bag(other, caseId, "DEMO bag taken in on the other laptop");
        other.evidence().recordCustody(new RecordCustodyCommand(mine.id(), CustodyAction.Analysed, null, null, null,
                "DEMO looked at on the other laptop", null, false), ProgressListener.NONE, new CancellationToken());
        var d = other.cases().get(edited);
        other.cases().update(new org.shield.application.casefile.UpdateCaseCommand(d.id(), d.version(),
                "DEMO title saved on the other laptop", d.status(), d.closureReason(), d.closedOn(),
                d.exploitationTypes(), d.unitCode(), d.leadInvestigator(), d.openedOn(), d.summary(),
                d.sensitivity(), d.tags()));
        other.sync().syncNow();
        main.sync().syncNow();

        assertThat(open.notes().notes()).extracting(n -> n.body()).containsExactly("DEMO note from the other laptop");
        assertThat(open.evidence().exhibits()).hasSize(2);
        assertThat(open.evidence().selectedProperty().get().id()).as("the selection stays").isEqualTo(mine.id());
        assertThat(open.evidence().custody()).extracting(s -> s.action())
                .containsExactly(CustodyAction.Collected, CustodyAction.Analysed);
        assertThat(editing.overview().titleProperty().get()).as("what was typed here stays")
                .isEqualTo("DEMO title typed and not saved");
        assertThat(editing.dirtyProperty().get()).isTrue();
    }

    @Test
    void aCaseAndARevealedIdentityThatLeftTheLaptopCloseTheirTabsAndSayWhy() throws Exception {
        // a second desk: an investigator's laptop, on the team of a case a supervisor leads on another laptop
        Workspace lead = hq.laptop(tmp.resolve("laptop-lead"), "sup.c", Role.Supervisor, UNIT, "inv.d",
                Role.Investigator);
        try (lead; DeskFixture inv = DeskFixture.over(hq.laptop(tmp.resolve("laptop-inv"), "inv.d", Role.Investigator,
                UNIT))) {
            UUID caseId = lead.cases().create(new CreateCaseCommand("DEMO case the investigator is taken off", null,
                    Set.of(), UNIT, null, null, "DEMO summary", null, Set.of())).id();
            UUID victim = lead.cases().addNewPersonAsParty(new org.shield.application.party.SavePersonCommand(null, 0,
                    null, "Demo-Test Victim Taken Away", null, null, null, java.util.List.of(), null, null, null, null),
                    caseId, org.shield.domain.casefile.PartyRole.Victim, null, null).personId();
            lead.cases().assignTeam(caseId, lead.cases().get(caseId).version(), null, Set.of("inv.d"));
            lead.sync().syncNow();
            MainViewModel main = new MainViewModel(inv.context, () -> null, new org.shield.ui.FakeAuditExporter());
            main.sync().syncNow();
            main.openCase(caseId);
            assertThat(main.documents()).hasSize(1);
            assertThat(((CaseViewModel) main.documents().get(0)).errorProperty().get()).isNull();
            // the victim's identity, revealed with a purpose, in a tab of its own
            main.openRevealedPerson(inv.workspace.persons().reveal(victim, "DEMO purpose: arranging an interview"),
                    "DEMO purpose: arranging an interview");
            assertThat(main.documents()).hasSize(2);

            lead.cases().assignTeam(caseId, lead.cases().get(caseId).version(), null, Set.of());
            lead.sync().syncNow();
            main.sync().syncNow();

            assertThat(main.documents()).as("what left the laptop does not stay on screen").isEmpty();
            assertThat(inv.dialogs.notices()).extracting(org.shield.application.common.UserMessage::key)
                    .containsExactly("ui.document.leftLaptop", "ui.document.leftLaptop");
            assertThat(inv.dialogs.errors()).isEmpty();
        }
    }
}
