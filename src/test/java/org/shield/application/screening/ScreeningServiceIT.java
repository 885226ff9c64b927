package org.shield.application.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.ValidationException;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.screening.Answer;
import org.shield.domain.screening.ExploitationForm;
import org.shield.domain.screening.Indicator;
import org.shield.domain.screening.IndicatorList;
import org.shield.domain.screening.Population;
import org.shield.domain.security.Role;
import org.shield.testing.SessionSwitch;
import org.shield.testing.TestVaults;

/** Screening through the services of a real vault: the caseworker's path, history, and who may do it. */
class ScreeningServiceIT {
    private static final char[] PASS = "synthetic screening passphrase 5".toCharArray();

    @TempDir
    static Path dir;
    static SessionSwitch sessions;
    static UUID caseId;
    static UUID referredVictim;
    static UUID otherVictim;
    static UUID suspect;

    @BeforeAll
    static void setUp() throws Exception {
        Path vault = dir.resolve("v");
        try (Workspace admin = TestVaults.create(vault)) {
            admin.users().add("sc-cw", "TST", Set.of(Role.Caseworker), PASS, false);
            admin.users().add("sc-inv", "TST", Set.of(Role.Investigator), PASS, false);
            admin.users().add("sc-outsider", "TST", Set.of(Role.Investigator), PASS, false);
            caseId = admin.cases().create(new CreateCaseCommand("DEMO screening case", null, Set.of(), "TST", "sc-inv",
                    null, null, null, Set.of())).id();
            referredVictim = admin.persons().save(SavePersonCommand.newPerson(null, "Demo-Screen Victim")).id();
            otherVictim = admin.persons().save(SavePersonCommand.newPerson(null, "Demo-Screen Other")).id();
            suspect = admin.persons().save(SavePersonCommand.newPerson(null, "Demo-Screen Suspect")).id();
            var v = admin.cases().addParty(new AddPartyCommand(caseId, referredVictim, PartyRole.PossibleVictim, null,
                    null));
            admin.cases().addParty(new AddPartyCommand(caseId, otherVictim, PartyRole.Victim, null, null));
            admin.cases().addParty(new AddPartyCommand(caseId, suspect, PartyRole.Suspect, null, null));
            admin.cases().referParty(v.partyId(), "sc-cw");
        }
        sessions = new SessionSwitch(TestVaults.vaults(), vault, PASS);
    }

    @AfterAll
    static void close() {
        sessions.close();
    }

    /** Every item of the adult labour checklist answered: yes for the items of these lists, else no. */
    private static List<RecordScreeningCommand.Item> answers(ScreeningService s, Set<IndicatorList> yes) {
        List<RecordScreeningCommand.Item> items = new ArrayList<>();
        for (Indicator i : s.checklist(Population.Adult, ExploitationForm.Labour)) {
            Answer a = yes.contains(i.list()) ? Answer.Yes : Answer.No;
            items.add(new RecordScreeningCommand.Item(i.code(), a, null, null, a == Answer.Yes ? "DEMO from the MDT "
                    + "interview" : null));
        }
        return items;
    }

    @Test
    void aCaseworkerScreensTheirVictimAndEveryReassessmentIsKept() throws Exception {
        ScreeningService s = sessions.as("sc-cw").screening();
        ScreeningDetails first = s.record(new RecordScreeningCommand(caseId, referredVictim, Population.Adult,
                ExploitationForm.Labour, LocalDate.of(2026, 11, 20), "DEMO first screening", answers(s, Set.of())));
        assertThat(first.personLabel()).startsWith("V-");
        assertThat(first.grounds().forcedLabourYes()).isEmpty();
        ScreeningDetails second = s.record(new RecordScreeningCommand(caseId, referredVictim, Population.Adult,
                ExploitationForm.Labour, LocalDate.of(2026, 11, 27), "DEMO after the MDT interview", answers(s,
                Set.of(IndicatorList.IloForcedLabour, IndicatorList.ScamCompound))));
        assertThat(second.grounds().forcedLabourYes()).hasSize(11);
        assertThat(second.grounds().scamSignsYes()).hasSize(8);
        assertThat(s.history(caseId, referredVictim)).extracting(ScreeningDetails::id)
                .containsExactly(first.id(), second.id());
        assertThat(s.history(caseId, referredVictim).get(0).grounds().forcedLabourYes())
                .as("the earlier screening is unchanged").isEmpty();
        assertThat(s.history(caseId, referredVictim).get(1).answers()).filteredOn(a -> a.answer() == Answer.Yes)
                .allSatisfy(a -> assertThat(a.note()).isEqualTo("DEMO from the MDT interview"));
    }

    @Test
    void onlyVictimsAreScreenedAndOnlyByThoseWhoMay() throws Exception {
        ScreeningService cw = sessions.as("sc-cw").screening();
        List<RecordScreeningCommand.Item> items = answers(cw, Set.of());
        assertThatThrownBy(() -> cw.record(new RecordScreeningCommand(caseId, otherVictim, Population.Adult,
                ExploitationForm.Labour, null, null, items))).isInstanceOf(AccessDeniedException.class);
        ScreeningService inv = sessions.as("sc-inv").screening();
        assertThatThrownBy(() -> inv.record(new RecordScreeningCommand(caseId, suspect, Population.Adult,
                ExploitationForm.Labour, null, null, items))).isInstanceOf(ValidationException.class);
        inv.record(new RecordScreeningCommand(caseId, otherVictim, Population.Adult, ExploitationForm.Labour, null,
                null, items));
        ScreeningService outsider = sessions.as("sc-outsider").screening();
        assertThatThrownBy(() -> outsider.history(caseId, otherVictim)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void answersMustBelongToThePersonsChecklist() throws Exception {
        ScreeningService inv = sessions.as("sc-inv").screening();
        assertThatThrownBy(() -> inv.record(new RecordScreeningCommand(caseId, otherVictim, Population.Adult,
                ExploitationForm.Labour, null, null, List.of(new RecordScreeningCommand.Item("NOT_AN_INDICATOR",
                Answer.Yes, null, null, null))))).isInstanceOf(ValidationException.class);
        String item = inv.checklist(Population.Adult, ExploitationForm.Labour).get(0).code();
        assertThatThrownBy(() -> inv.record(new RecordScreeningCommand(caseId, otherVictim, Population.Adult,
                ExploitationForm.Labour, null, null, List.of(new RecordScreeningCommand.Item(item, Answer.Yes, null,
                null, null), new RecordScreeningCommand.Item(item, Answer.No, null, null, null)))))
                .isInstanceOf(ValidationException.class);
        assertThat(inv.hasOperationalIndicators(Population.Adult, ExploitationForm.Labour))
                .as("no ILO/EC list is loaded until verified").isFalse();
        assertThatThrownBy(() -> inv.record(new RecordScreeningCommand(caseId, otherVictim, Population.Adult,
                ExploitationForm.Labour, null, null, List.of()))).isInstanceOf(ValidationException.class);
    }
}
