package org.shield.application.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.audit.AuditQuery;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.ValidationException;
import org.shield.application.party.SaveOrganisationCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.care.AssessmentKind;
import org.shield.domain.care.AssessmentScope;
import org.shield.domain.care.CareNoteKind;
import org.shield.domain.care.RiskLevel;
import org.shield.domain.care.ServiceType;
import org.shield.domain.care.SupportPlanType;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.party.OrganisationType;
import org.shield.domain.security.Role;
import org.shield.testing.SessionSwitch;
import org.shield.testing.TestVaults;

/** Assessments, care plans, delivered services and care notes through the services of a real vault. */
class CarePlansAndNotesIT {
    private static final char[] PASS = "synthetic care plan passphrase 9".toCharArray();

    @TempDir
    static Path dir;
    static SessionSwitch sessions;
    static UUID caseId;
    static UUID victim;
    static UUID otherVictim;
    static UUID clinic;

    @BeforeAll
    static void setUp() throws Exception {
        Path vault = dir.resolve("v");
        try (Workspace admin = TestVaults.create(vault)) {
            admin.users().add("cp-cw", "TST", Set.of(Role.Caseworker), PASS, false);
            admin.users().add("cp-cw2", "TST", Set.of(Role.Caseworker), PASS, false);
            admin.users().add("cp-cw-oth", "OTH", Set.of(Role.Caseworker), PASS, false);
            admin.users().add("cp-inv", "TST", Set.of(Role.Investigator), PASS, false);
            admin.users().add("cp-sup", "TST", Set.of(Role.Supervisor), PASS, false);
            caseId = admin.cases().create(new CreateCaseCommand("DEMO care plan case", null, Set.of(), "TST", "cp-inv",
                    null, null, null, Set.of())).id();
            victim = admin.persons().save(SavePersonCommand.newPerson(null, "Demo-Plan Victim")).id();
            otherVictim = admin.persons().save(SavePersonCommand.newPerson(null, "Demo-Plan Other")).id();
            var party = admin.cases().addParty(new AddPartyCommand(caseId, victim, PartyRole.Victim, null, null));
            admin.cases().referParty(party.partyId(), "cp-cw");
            var other = admin.cases().addParty(new AddPartyCommand(caseId, otherVictim, PartyRole.PossibleVictim, null,
                    null));
            admin.cases().referParty(other.partyId(), "cp-cw2");
            clinic = admin.organisations().save(new SaveOrganisationCommand(null, 0, "DEMO Border Clinic",
                    OrganisationType.HealthServiceOrganisation, "DEMO town", "TH")).id();
        }
        sessions = new SessionSwitch(TestVaults.vaults(), vault, PASS);
    }

    @AfterAll
    static void close() {
        sessions.close();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC); // the test vault's clock is UTC
    }

    @Test
    void aNewAssessmentKeepsTheEarlierOnesNewestFirst() throws Exception {
        CarePlanService cw = sessions.as("cp-cw").carePlans();
        AssessmentDetails first = cw.assess(new RecordAssessmentCommand(caseId, victim,
                AssessmentKind.ReTraffickingRisk, AssessmentScope.Community, today().minusDays(20), RiskLevel.High,
                "DEMO the broker still lives in the home village"));
        cw.assess(new RecordAssessmentCommand(caseId, victim, AssessmentKind.ReTraffickingRisk,
                AssessmentScope.Community, today(), RiskLevel.Medium, "DEMO broker arrested; family supportive"));
        var history = cw.assessments(caseId, victim);
        assertThat(history).extracting(AssessmentDetails::level).containsExactly(RiskLevel.Medium, RiskLevel.High);
        assertThat(history.get(1).id()).isEqualTo(first.id());
        assertThat(history.get(1).findings()).isEqualTo(first.findings());
        assertThat(history.get(0).assessedBy()).isEqualTo("cp-cw");
        assertThatThrownBy(() -> cw.assess(new RecordAssessmentCommand(caseId, victim, AssessmentKind.Needs,
                AssessmentScope.Individual, today().plusDays(1), RiskLevel.Low, "DEMO future")))
                .isInstanceOf(ValidationException.class);

        var trail = sessions.as("cp-sup").audit().history(caseId);
        assertThat(trail).as("assessments are part of the case's history, without their findings")
                .anySatisfy(h -> assertThat(h.recordType()).isEqualTo("CareAssessment"))
                .flatExtracting(h -> h.changes()).noneMatch(c -> "findings".equals(c.field()));
    }

    @Test
    void aPlanIsRevisedWithTheLoadedVersionAndClosedOnOrAfterItsStart() throws Exception {
        CarePlanService cw = sessions.as("cp-cw").carePlans();
        PlanDetails plan = cw.createPlan(new CreatePlanCommand(caseId, victim, SupportPlanType.Health,
                "DEMO recover from injuries", "DEMO weekly clinic visits", today().minusDays(10), today().plusDays(80)));
        assertThat(plan.open()).isTrue();
        PlanDetails revised = cw.revisePlan(new RevisePlanCommand(plan.id(), plan.version(), SupportPlanType.Health,
                "DEMO recover from injuries and sleep problems", "DEMO weekly clinic visits, counselling",
                today().plusDays(60)));
        assertThat(revised.version()).isGreaterThan(plan.version());
        assertThat(revised.plannedEndOn()).isEqualTo(today().plusDays(60));
        assertThatThrownBy(() -> cw.revisePlan(new RevisePlanCommand(plan.id(), plan.version(), SupportPlanType.Legal,
                "DEMO stale edit", null, null))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cw.closePlan(plan.id(), plan.version(), today()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cw.closePlan(plan.id(), revised.version(), today().minusDays(11)))
                .isInstanceOf(ValidationException.class);

        PlanDetails closed = cw.closePlan(plan.id(), revised.version(), today());
        assertThat(closed.open()).isFalse();
        assertThat(closed.actualEndOn()).isEqualTo(today());
        assertThatThrownBy(() -> cw.revisePlan(new RevisePlanCommand(plan.id(), closed.version(),
                SupportPlanType.Health, "DEMO after closing", null, null))).isInstanceOf(ValidationException.class);
        assertThat(sessions.as("cp-sup").carePlans().plans(caseId, victim)).extracting(PlanDetails::id)
                .contains(plan.id());
        var history = sessions.as("cp-sup").audit().history(plan.id());
        assertThat(history).as("the plan's own history: created, revised, closed").hasSize(3);
        assertThat(history.get(1).changes()).anySatisfy(c -> assertThat(c.field()).isEqualTo("textsRevised"))
                .noneSatisfy(c -> assertThat(c.field()).isEqualTo("objectives"));
    }

    @Test
    void aServiceIsRecordedOnlyAgainstAnOpenPlanOfTheSameVictim() throws Exception {
        CarePlanService cw = sessions.as("cp-cw").carePlans();
        PlanDetails plan = cw.createPlan(new CreatePlanCommand(caseId, victim, SupportPlanType.Livelihood,
                "DEMO find work at home", null, today().minusDays(5), null));
        ServiceDeliveryDetails s = cw.recordService(new RecordServiceCommand(caseId, victim, plan.id(),
                ServiceType.Medical, today().minusDays(1), "DEMO Dr. Example, general practitioner", clinic, null));
        assertThat(s.providerName()).isEqualTo("DEMO Border Clinic");
        cw.recordService(new RecordServiceCommand(caseId, victim, plan.id(), ServiceType.Interpretation, today(),
                "DEMO interpreter (Burmese)", null, "DEMO at the clinic"));
        assertThat(cw.services(plan.id())).extracting(ServiceDeliveryDetails::type)
                .containsExactly(ServiceType.Interpretation, ServiceType.Medical);

        assertThatThrownBy(() -> cw.recordService(new RecordServiceCommand(caseId, victim, plan.id(),
                ServiceType.Education, today().minusDays(6), "DEMO teacher", null, null)))
                .as("not before the plan started").isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> sessions.as("cp-cw2").carePlans().recordService(new RecordServiceCommand(caseId,
                otherVictim, plan.id(), ServiceType.Education, today(), "DEMO teacher", null, null)))
                .as("another victim's plan").isInstanceOf(ValidationException.class);
        CarePlanService again = sessions.as("cp-cw").carePlans();
        PlanDetails current = again.plans(caseId, victim).stream().filter(p -> p.id().equals(plan.id())).findFirst()
                .orElseThrow();
        again.closePlan(plan.id(), current.version(), today());
        assertThatThrownBy(() -> again.recordService(new RecordServiceCommand(caseId, victim, plan.id(),
                ServiceType.Financial, today(), "DEMO shelter accountant", null, null)))
                .as("a closed plan").isInstanceOf(ValidationException.class);
        assertThat(again.services(plan.id())).hasSize(2);
    }

    @Test
    void plansAreForTheVictimsCaseworkerAndTheUnitsSupervisorsNotInvestigators() throws Exception {
        assertThatThrownBy(() -> sessions.as("cp-inv").carePlans().plans(caseId, victim))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.as("cp-cw2").carePlans().assessments(caseId, victim))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sessions.as("cp-sup").carePlans().assessments(caseId, victim)).isNotNull();
    }

    @Test
    void theCaseworkerOfTheVictimReadsAndCorrectsNotesBothStay() throws Exception {
        CareNoteService cw = sessions.as("cp-cw").careNotes();
        assertThat(cw.mayRead(caseId, victim)).isTrue();
        assertThat(cw.mayRead(caseId)).isTrue();
        CareNoteDetails first = cw.write(caseId, victim, CareNoteKind.Counselling, "DEMO first session: sleeps badly");
        CareNoteDetails fix = cw.correct(first.id(), null, "DEMO first session: sleeps badly, nightmares");
        assertThat(fix.kind()).isEqualTo(CareNoteKind.Counselling);
        assertThat(fix.correctsNoteId()).isEqualTo(first.id());
        cw.write(caseId, victim, CareNoteKind.Medical, "DEMO bruises on both arms, treated");
        assertThat(cw.notes(caseId, victim)).extracting(CareNoteDetails::id).as("oldest first, both kept")
                .containsSubsequence(first.id(), fix.id());

        var trail = sessions.as("cp-sup").audit().history(caseId);
        assertThat(trail).as("notes are in the case's history, never their text")
                .anySatisfy(h -> assertThat(h.recordType()).isEqualTo("CareNote"))
                .flatExtracting(h -> h.changes()).noneMatch(c -> c.newValue() != null
                        && c.newValue().contains("sleeps badly"));
    }

    @Test
    void anInvestigatorCannotReadNotesAndTheDenialIsRecorded() throws Exception {
        CareNoteService inv = sessions.as("cp-inv").careNotes();
        assertThat(inv.mayRead(caseId, victim)).isFalse();
        assertThat(inv.mayRead(caseId)).isFalse();
        assertThatThrownBy(() -> inv.notes(caseId, victim)).isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).userMessage().key())
                        .isEqualTo("careNote.caseworkersOnly"));
        assertThatThrownBy(() -> inv.write(caseId, victim, CareNoteKind.Counselling, "DEMO from an investigator"))
                .isInstanceOf(AccessDeniedException.class);

        var denied = sessions.as("cp-sup").audit().page(new AuditQuery("cp-inv", null, AuditAction.AccessDenied,
                null, null), 0, 20);
        assertThat(denied.items()).anySatisfy(r -> {
            assertThat(r.recordType()).isEqualTo("CareNote");
            assertThat(r.changes()).anySatisfy(c -> assertThat(c.newValue()).isEqualTo("CARE_NOTE_VIEW"));
        });
    }

    @Test
    void noOneButTheReferredCaseworkerReadsNotes() throws Exception {
        sessions.as("cp-cw").careNotes().write(caseId, victim, CareNoteKind.Medical, "DEMO blood test ordered");
        assertThat(sessions.as("cp-cw2").careNotes().mayRead(caseId, victim)).as("another victim's caseworker")
                .isFalse();
        assertThatThrownBy(() -> sessions.as("cp-cw2").careNotes().notes(caseId, victim))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.as("cp-cw-oth").careNotes().notes(caseId, victim))
                .as("a caseworker of another unit, not referred").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.as("cp-sup").careNotes().notes(caseId, victim))
                .as("not even the unit's supervisor").isInstanceOf(AccessDeniedException.class);
        assertThat(sessions.as("cp-cw2").careNotes().notes(caseId, otherVictim)).isEmpty();
    }
}
