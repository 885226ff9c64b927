package org.shield.application.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.NotFoundException;
import org.shield.application.party.SaveOrganisationCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.screening.RecordMdtDecisionCommand;
import org.shield.application.screening.RecordScreeningCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.approval.ApprovalKind;
import org.shield.domain.care.VictimStage;
import org.shield.domain.casefile.ExploitationType;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.party.OrganisationType;
import org.shield.domain.screening.Answer;
import org.shield.domain.screening.DecisionMakingOrg;
import org.shield.domain.screening.ExploitationForm;
import org.shield.domain.screening.Population;
import org.shield.domain.screening.TraffickingStatus;
import org.shield.domain.security.Role;
import org.shield.testing.InProcessCli;
import org.shield.testing.SessionSwitch;
import org.shield.testing.TestVaults;

/**
 * The caseworker's victim list on a real vault: only their own victims, by pseudonym, with the stage the
 * records give; a supervisor sees the unit's; an investigator none. And the same from the command line.
 */
class VictimServiceIT {
    private static final char[] PASS = "synthetic victim list passphrase 5".toCharArray();

    @TempDir
    static Path tmp;
    static Path vault;
    static SessionSwitch sessions;
    static UUID caseId;
    static UUID mine;
    static UUID theirs;
    static UUID shelter;

    @BeforeAll
    static void setUp() throws Exception {
        vault = tmp.resolve("vault");
        try (Workspace admin = TestVaults.create(vault)) {
            admin.users().add("vi-cw", "TST", Set.of(Role.Caseworker), PASS, false);
            admin.users().add("vi-cw2", "TST", Set.of(Role.Caseworker), PASS, false);
            admin.users().add("vi-inv", "TST", Set.of(Role.Investigator), PASS, false);
            admin.users().add("vi-sup", "TST", Set.of(Role.Supervisor), PASS, false);
            admin.users().add("vi-cw3", "TST", Set.of(Role.Caseworker), PASS, false);
            caseId = admin.cases().create(new CreateCaseCommand("DEMO victim list case", null,
                    Set.of(ExploitationType.ForcedCriminalityOnlineScam), "TST", "vi-inv", null, null, null,
                    Set.of())).id();
            mine = admin.persons().save(new SavePersonCommand(null, 0, null, "Demo-Victimlist Mine", null, null, 30,
                    List.of(), Set.of("MM"), Set.of(), List.of(), List.of())).id();
            theirs = admin.persons().save(SavePersonCommand.newPerson(null, "Demo-Victimlist Theirs")).id();
            var p1 = admin.cases().addParty(new AddPartyCommand(caseId, mine, PartyRole.Victim, null, null));
            admin.cases().referParty(p1.partyId(), "vi-cw");
            var p2 = admin.cases().addParty(new AddPartyCommand(caseId, theirs, PartyRole.PossibleVictim, null, null));
            admin.cases().referParty(p2.partyId(), "vi-cw2");
            shelter = admin.organisations().save(new SaveOrganisationCommand(null, 0, "DEMO Victimlist Shelter",
                    OrganisationType.NGO, "DEMO town", "TH")).id();
        }
        sessions = new SessionSwitch(TestVaults.vaults(), vault, PASS);
    }

    @AfterAll
    static void close() {
        sessions.close();
    }

    @Test
    void stagesFollowTheRecordsAndEachCaseworkerSeesOnlyTheirVictims() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Workspace cw = sessions.as("vi-cw");
        VictimSummary before = cw.victims().list(null).stream().filter(v -> v.personId().equals(mine)).findFirst()
                .orElseThrow();
        assertThat(before.stage()).isIn(VictimStage.NotScreened, VictimStage.Screened, VictimStage.InReflection,
                VictimStage.Identified, VictimStage.InCare);
        assertThat(cw.victims().list(null)).extracting(VictimSummary::personId).containsExactly(mine);

        var checklist = cw.screening().checklist(Population.Adult, ExploitationForm.Labour);
        cw.screening().record(new RecordScreeningCommand(caseId, mine, Population.Adult, ExploitationForm.Labour,
                today, "DEMO screening", checklist.stream().map(i -> new RecordScreeningCommand.Item(i.code(),
                        Answer.Yes, null, null, "DEMO")).toList()));
        if (cw.care().stays(caseId, mine).isEmpty()) {
            cw.care().admit(caseId, mine, shelter, today, "DEMO room 1");
        }
        cw.care().addTask(caseId, mine, "DEMO overdue check-in", today.minusDays(1), "vi-cw");
        VictimSummary inReflection = cw.victims().list(VictimStage.InReflection).get(0);
        assertThat(inReflection.personId()).isEqualTo(mine);
        assertThat(inReflection.pseudonym()).startsWith("V-");
        assertThat(inReflection.nationality()).isEqualTo("MM");
        assertThat(inReflection.shelterName()).isEqualTo("DEMO Victimlist Shelter");
        assertThat(inReflection.reflectionDaysLeft()).isEqualTo(15);
        assertThat(inReflection.overdueTasks()).isEqualTo(1);
        assertThat(inReflection.exploitationTypes()).containsExactly(ExploitationType.ForcedCriminalityOnlineScam);
        assertThat(inReflection.caseworker()).isEqualTo("vi-cw");

        cw.screening().recordDecision(new RecordMdtDecisionCommand(caseId, mine,
                TraffickingStatus.ActualVictimOfTrafficking, DecisionMakingOrg.NonPoliceGovernmentalOrganization, null,
                today, "DEMO social worker, DEMO police officer", "DEMO indicators confirmed", null));
        assertThat(sessions.as("vi-cw").victims().list(null).get(0).stage())
                .as("a decision waiting for approval identifies nobody").isEqualTo(VictimStage.InReflection);
        Workspace sup = sessions.as("vi-sup");
        var request = sup.approvals().pending().stream().filter(a -> a.kind() == ApprovalKind.MdtDecision)
                .findFirst().orElseThrow();
        sup.approvals().approve(request.id(), request.version(), "DEMO agreed");
        assertThat(sup.victims().list(null)).extracting(VictimSummary::personId).contains(mine, theirs);
        assertThat(sup.victims().list(VictimStage.InCare)).extracting(VictimSummary::personId).contains(mine)
                .doesNotContain(theirs);
        assertThat(sup.victims().list(VictimStage.NotScreened)).extracting(VictimSummary::personId)
                .contains(theirs).doesNotContain(mine);

        Workspace cw2 = sessions.as("vi-cw2");
        assertThat(cw2.victims().list(null)).extracting(VictimSummary::personId).containsExactly(theirs);
        assertThatThrownBy(() -> cw2.victims().show(inReflection.pseudonym())).isInstanceOf(NotFoundException.class)
                .as("someone else's victim is answered like an unknown pseudonym");
        var shown = sessions.as("vi-cw").victims().show(inReflection.pseudonym());
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).stays()).hasSize(1);
        assertThat(shown.get(0).reflection().daysLeft()).isEqualTo(15);
        assertThat(shown.get(0).decisions()).hasSize(1);
        assertThat(shown.get(0).screenings()).isEqualTo(1);

        assertThatThrownBy(() -> sessions.as("vi-inv").victims().list(null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCarePlanAReturnAndItsFollowUpsMoveTheStageOnAndReTraffickingIsFlagged() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID returning;
        try (Workspace admin = sessionsClosedThenAdmin()) {
            returning = admin.persons().save(SavePersonCommand.newPerson(null, "Demo-Victimlist Return")).id();
            var p = admin.cases().addParty(new AddPartyCommand(caseId, returning, PartyRole.Victim, null, null));
            admin.cases().referParty(p.partyId(), "vi-cw3");
        }
        Workspace cw = sessions.as("vi-cw3");
        assertThat(stageOf(cw, returning)).isEqualTo(VictimStage.NotScreened);
        var plan = cw.carePlans().createPlan(new org.shield.application.care.CreatePlanCommand(caseId, returning,
                org.shield.domain.care.SupportPlanType.Health, "DEMO recover", "DEMO clinic visits", today.minusDays(120),
                today.plusDays(30)));
        assertThat(stageOf(cw, returning)).as("an open care plan").isEqualTo(VictimStage.InCare);
        cw.care().recordConsent(caseId, returning, org.shield.domain.care.ConsentPurpose.ReturnHome, null,
                today.minusDays(110), org.shield.domain.care.ConsentForm.Signed, null);
        var r = cw.repatriation().plan(caseId, returning, org.shield.domain.repatriation.ReturnPlan.to("LA"));
        assertThat(stageOf(cw, returning)).isEqualTo(VictimStage.Returning);
        cw.carePlans().closePlan(plan.id(), plan.version(), today.minusDays(101));
        cw.repatriation().handOver(r.id(), r.version(), today.minusDays(100), "DEMO border point", "DEMO caseworker",
                "DEMO receiving officer");
        assertThat(stageOf(cw, returning)).as("the 3-month follow-up is due").isEqualTo(VictimStage.FollowUp);
        var due = cw.repatriation().followUps(caseId, returning).get(0);
        cw.repatriation().recordFollowUp(due.id(), due.version(), today, "DEMO found working at a fictional compound",
                true);
        VictimSummary after = cw.victims().list(null).stream().filter(v -> v.personId().equals(returning)).findFirst()
                .orElseThrow();
        assertThat(after.stage()).isEqualTo(VictimStage.Returned);
        assertThat(after.reTrafficked()).isTrue();
    }

    private static VictimStage stageOf(Workspace ws, UUID personId) throws Exception {
        return ws.victims().list(null).stream().filter(v -> v.personId().equals(personId)).findFirst().orElseThrow()
                .stage();
    }

    private static Workspace sessionsClosedThenAdmin() throws Exception {
        sessions.close();
        return TestVaults.unlock(vault);
    }

    @Test
    void theCommandLineListsByPseudonymAndShowsNamesOnlyThroughARecordedReveal() throws Exception {
        sessions.close(); // the command line opens the vault itself
        var env = Map.of("SHIELD_PASSPHRASE", new String(PASS));
        var run = InProcessCli.run(tmp, env, "--vault", vault.toString(), "--user", "vi-cw2", "victim", "list",
                "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode list = new ObjectMapper().readTree(run.out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("pseudonym").asText()).startsWith("V-");
        assertThat(list.get(0).get("stage").asText()).isEqualTo("NotScreened");
        assertThat(list.get(0).get("caseworker").asText()).isEqualTo("vi-cw2");
        assertThat(list.get(0).has("name")).isFalse();
        assertThat(run.out()).doesNotContain("Demo-Victimlist");
        String pseudonym = list.get(0).get("pseudonym").asText();

        var show = InProcessCli.run(tmp, env, "--vault", vault.toString(), "--user", "vi-cw2", "victim", "show",
                pseudonym, "--format", "json");
        assertThat(show.code()).as(show.err()).isZero();
        JsonNode one = new ObjectMapper().readTree(show.out());
        assertThat(one.get("pseudonym").asText()).isEqualTo(pseudonym);
        assertThat(one.get("stays")).isEmpty();

        var other = InProcessCli.run(tmp, env, "--vault", vault.toString(), "--user", "vi-cw", "victim", "show",
                pseudonym);
        assertThat(other.code()).isNotZero();
        assertThat(other.err()).contains("No victim with the pseudonym " + pseudonym);

        var revealed = InProcessCli.run(tmp, Map.of("SHIELD_PASSPHRASE", TestVaults.PASSPHRASE), "--vault",
                vault.toString(), "--user", TestVaults.ADMIN, "victim", "list", "--stage", "NotScreened",
                "--reveal-names", "DEMO preparing the court file", "--format", "json");
        assertThat(revealed.code()).as(revealed.err()).isZero();
        JsonNode named = new ObjectMapper().readTree(revealed.out());
        assertThat(named.get(0).get("name").asText()).isEqualTo("Demo-Victimlist Theirs");
        try (Workspace admin = TestVaults.unlock(vault)) {
            assertThat(admin.audit().page(new org.shield.application.audit.AuditQuery(TestVaults.ADMIN, null,
                    org.shield.domain.audit.AuditAction.Reveal, null, null), 0, 10).items()).isNotEmpty();
        }
    }
}
