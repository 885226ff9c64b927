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
import org.shield.domain.approval.ApprovalKind;
import org.shield.domain.approval.ApprovalState;
import org.shield.domain.screening.Answer;
import org.shield.domain.screening.DecisionMakingOrg;
import org.shield.domain.screening.TraffickingStatus;
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
            admin.users().add("sc-sup", "TST", Set.of(Role.Supervisor), PASS, false);
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
        List<ScreeningDetails> history = s.history(caseId, referredVictim);
        assertThat(history).extracting(ScreeningDetails::id).containsSubsequence(first.id(), second.id());
        ScreeningDetails kept = history.stream().filter(h -> h.id().equals(first.id())).findFirst().orElseThrow();
        assertThat(kept.grounds().forcedLabourYes()).as("the earlier screening is unchanged").isEmpty();
        assertThat(history.stream().filter(h -> h.id().equals(second.id())).findFirst().orElseThrow().answers())
                .filteredOn(a -> a.answer() == Answer.Yes)
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

    @Test
    void anMdtDecisionTakesEffectOnlyWhenASupervisorApprovesIt() throws Exception {
        ScreeningService cw = sessions.as("sc-cw").screening();
        ScreeningDetails screened = cw.record(new RecordScreeningCommand(caseId, referredVictim, Population.Adult,
                ExploitationForm.Labour, null, null, answers(cw, Set.of(IndicatorList.IloForcedLabour))));
        MdtDecisionDetails d = cw.recordDecision(new RecordMdtDecisionCommand(caseId, referredVictim,
                TraffickingStatus.ActualVictimOfTrafficking, DecisionMakingOrg.NonPoliceGovernmentalOrganization, null,
                LocalDate.of(2026, 11, 27), "DEMO social worker, DEMO police officer, DEMO interpreter",
                "DEMO eleven forced-labour indicators present, confirmed at the MDT interview", screened.id()));
        assertThat(d.state()).isEqualTo(ApprovalState.Pending);
        assertThat(cw.currentDecision(caseId, referredVictim)).isEmpty();
        assertThatThrownBy(() -> cw.recordDecision(new RecordMdtDecisionCommand(caseId, referredVictim,
                TraffickingStatus.PossibleVictimOfTrafficking, DecisionMakingOrg.NGO, null, LocalDate.of(2026, 11, 27),
                "DEMO members", "DEMO a second decision while one waits", null)))
                .isInstanceOf(ValidationException.class);

        var sup = sessions.as("sc-sup");
        var request = sup.approvals().pending().stream().filter(a -> a.kind() == ApprovalKind.MdtDecision)
                .findFirst().orElseThrow();
        assertThat(request.subjectLabel()).startsWith("V-");
        sup.approvals().approve(request.id(), request.version(), "DEMO agreed");
        assertThat(sup.screening().currentDecision(caseId, referredVictim)).get()
                .satisfies(x -> assertThat(x.status()).isEqualTo(TraffickingStatus.ActualVictimOfTrafficking));

        MdtDecisionDetails second = sessions.as("sc-cw").screening().recordDecision(new RecordMdtDecisionCommand(
                caseId, referredVictim, TraffickingStatus.NotAVictimOfTrafficking, DecisionMakingOrg.Police, null,
                LocalDate.of(2026, 11, 28), "DEMO members", "DEMO a later view", null));
        var sup2 = sessions.as("sc-sup");
        var again = sup2.approvals().pending().stream().filter(a -> a.kind() == ApprovalKind.MdtDecision)
                .findFirst().orElseThrow();
        sup2.approvals().giveBack(again.id(), again.version(), "DEMO the MDT record is incomplete");
        assertThat(sup2.screening().decisions(caseId, referredVictim)).extracting(MdtDecisionDetails::state)
                .containsExactly(ApprovalState.Approved, ApprovalState.Returned);
        assertThat(sup2.screening().currentDecision(caseId, referredVictim)).get()
                .satisfies(x -> assertThat(x.id()).isEqualTo(d.id()));
        assertThat(second.id()).isNotEqualTo(d.id());
    }
}
