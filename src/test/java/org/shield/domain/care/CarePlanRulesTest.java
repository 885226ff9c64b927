package org.shield.domain.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shield.domain.common.DomainRuleViolation;

/** The rules care plans, delivered services, assessments and care notes keep themselves. */
class CarePlanRulesTest {
    private static final UUID CASE = UUID.randomUUID();
    private static final UUID PERSON = UUID.randomUUID();
    private static final LocalDate START = LocalDate.of(2026, 1, 31);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final Instant AT = Instant.parse("2026-03-01T03:00:00Z");

    private static CarePlan plan() {
        return new CarePlan(CASE, PERSON, SupportPlanType.Health, "DEMO regain health", "DEMO weekly check-ups",
                START, START.plusMonths(3), "cw", AT);
    }

    private static void violates(String key, Runnable r) {
        assertThatThrownBy(r::run).isInstanceOf(DomainRuleViolation.class)
                .satisfies(e -> assertThat(((DomainRuleViolation) e).key()).isEqualTo(key));
    }

    @Test
    void aPlanNeedsATypeObjectivesAndAStart() {
        violates("plan.type.required", () -> new CarePlan(CASE, PERSON, null, "DEMO x", null, START, null, "cw", AT));
        violates("plan.objectives.required", () -> new CarePlan(CASE, PERSON, SupportPlanType.Legal, "  ", null, START,
                null, "cw", AT));
        violates("plan.startedOn.required", () -> new CarePlan(CASE, PERSON, SupportPlanType.Legal, "DEMO x", null,
                null, null, "cw", AT));
        violates("plan.endBeforeStart", () -> new CarePlan(CASE, PERSON, SupportPlanType.Legal, "DEMO x", null, START,
                START.minusDays(1), "cw", AT));
    }

    @Test
    void aPlanClosesOnOrAfterItsStartAndNotInTheFuture() {
        CarePlan p = plan();
        violates("plan.endBeforeStart", () -> p.close(START.minusDays(1), TODAY, "cw", AT));
        violates("plan.actualEndOn.future", () -> p.close(TODAY.plusDays(1), TODAY, "cw", AT));
        violates("plan.actualEndOn.required", () -> p.close(null, TODAY, "cw", AT));
        assertThat(p.isOpen()).isTrue();
        p.close(START, TODAY, "cw", AT);
        assertThat(p.isOpen()).isFalse();
        assertThat(p.getActualEndOn()).isEqualTo(START);
    }

    @Test
    void aClosedPlanIsKeptAsItEnded() {
        CarePlan p = plan();
        p.close(TODAY, TODAY, "cw", AT);
        violates("plan.closed", () -> p.revise(SupportPlanType.Legal, "DEMO other", null, null, "cw", AT));
        violates("plan.closed", () -> p.close(TODAY, TODAY, "cw", AT));
        assertThat(p.getType()).isEqualTo(SupportPlanType.Health);
    }

    @Test
    void anOpenPlanIsRevised() {
        CarePlan p = plan();
        p.revise(SupportPlanType.SocialCare, "DEMO new objectives", "  ", null, "cw2", AT.plusSeconds(60));
        assertThat(p.getType()).isEqualTo(SupportPlanType.SocialCare);
        assertThat(p.getObjectives()).isEqualTo("DEMO new objectives");
        assertThat(p.getActions()).isNull();
        assertThat(p.getUpdatedBy()).isEqualTo("cw2");
        assertThat(p.auditState()).doesNotContainKeys("objectives", "actions");
    }

    @Test
    void aServiceIsRecordedOnlyAgainstAnOpenPlanOfTheSameVictimFromItsStart() {
        CarePlan p = plan();
        violates("service.beforePlanStart", () -> service(p, CASE, PERSON, START.minusDays(1)));
        violates("service.otherVictimsPlan", () -> service(p, CASE, UUID.randomUUID(), START));
        violates("service.otherVictimsPlan", () -> service(p, UUID.randomUUID(), PERSON, START));
        violates("service.deliveredOn.future", () -> service(p, CASE, PERSON, TODAY.plusDays(1)));
        CareServiceDelivery s = service(p, CASE, PERSON, START);
        assertThat(s.getPlanId()).isEqualTo(p.getId());
        p.close(TODAY, TODAY, "cw", AT);
        violates("service.planClosed", () -> service(p, CASE, PERSON, TODAY));
    }

    @Test
    void aServiceNamesWhoProvidedIt() {
        violates("service.providedBy.required", () -> new CareServiceDelivery(plan(), CASE, PERSON,
                ServiceType.Medical, START, " ", null, null, TODAY, "cw", AT));
    }

    @Test
    void anAssessmentIsNeverChanged() {
        CareAssessment a = new CareAssessment(CASE, PERSON, AssessmentKind.ReTraffickingRisk, AssessmentScope.Community,
                TODAY, RiskLevel.High, "DEMO broker still in the village", TODAY, "cw", AT);
        violates("assessment.appendOnly", () -> a.touch("cw", AT));
        violates("assessment.assessedOn.future", () -> new CareAssessment(CASE, PERSON, AssessmentKind.Needs,
                AssessmentScope.Individual, TODAY.plusDays(1), RiskLevel.Low, "DEMO", TODAY, "cw", AT));
        violates("assessment.findings.required", () -> new CareAssessment(CASE, PERSON, AssessmentKind.Needs,
                AssessmentScope.Individual, TODAY, RiskLevel.Low, "", TODAY, "cw", AT));
        assertThat(a.auditState()).doesNotContainKey("findings");
    }

    @Test
    void aCareNoteIsCorrectedByANewNoteAboutTheSameVictim() {
        CareNote n = new CareNote(CASE, PERSON, CareNoteKind.Counselling, "DEMO first session", null, "cw", AT);
        violates("careNote.appendOnly", () -> n.touch("cw", AT));
        CareNote fix = new CareNote(CASE, PERSON, CareNoteKind.Counselling, "DEMO first session, corrected", n, "cw",
                AT);
        assertThat(fix.getCorrectsNoteId()).isEqualTo(n.getId());
        violates("careNote.correctsOtherVictim", () -> new CareNote(CASE, UUID.randomUUID(), CareNoteKind.Medical,
                "DEMO", n, "cw", AT));
    }

    private static CareServiceDelivery service(CarePlan p, UUID caseId, UUID personId, LocalDate day) {
        return new CareServiceDelivery(p, caseId, personId, ServiceType.Psychosocial, day, "DEMO counsellor",
                null, null, TODAY, "cw", AT);
    }
}
