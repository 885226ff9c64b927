package org.shield.application.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.shield.application.care.CreatePlanCommand;
import org.shield.application.care.PlanDetails;
import org.shield.application.care.RecordAssessmentCommand;
import org.shield.application.care.RecordServiceCommand;
import org.shield.application.common.ApplicationException;
import org.shield.application.repatriation.RepatriationDetails;
import org.shield.application.screening.RecordMdtDecisionCommand;
import org.shield.application.screening.RecordScreeningCommand;
import org.shield.application.security.Workspace;
import org.shield.application.victim.VictimSummary;
import org.shield.domain.care.AssessmentKind;
import org.shield.domain.care.AssessmentScope;
import org.shield.domain.care.ConsentForm;
import org.shield.domain.care.DepartureReason;
import org.shield.domain.care.RiskLevel;
import org.shield.domain.care.ServiceType;
import org.shield.domain.care.SupportPlanType;
import org.shield.domain.legal.TestifyWillingness;
import org.shield.domain.repatriation.ReturnPlan;
import org.shield.domain.care.ConsentPurpose;
import org.shield.domain.screening.Answer;
import org.shield.domain.screening.DecisionMakingOrg;
import org.shield.domain.screening.ExploitationForm;
import org.shield.domain.screening.Indicator;
import org.shield.domain.screening.Population;
import org.shield.domain.screening.TraffickingStatus;

/**
 * The demo caseworker's side of the demo vault: victims at every stage of care — not screened, screened, in
 * the reflection period, identified and in a shelter with assessments and a care plan, returning, returned
 * with a follow-up due — with consents and tasks, some overdue. Everything is invented. Runs as the caseworker, so every record is theirs.
 */
public final class DemoCareData {
    private final Workspace cw;
    private final Clock clock;

    public DemoCareData(Workspace caseworker, Clock clock) {
        this.cw = caseworker;
        this.clock = clock;
    }

    /** Gives the caseworker's victims their care records; MDT decisions wait for a supervisor. */
    public void generate(List<UUID> shelters) throws ApplicationException {
        LocalDate today = LocalDate.now(clock);
        List<VictimSummary> mine = cw.victims().list(null);
        for (int k = 0; k < mine.size(); k++) {
            VictimSummary v = mine.get(k);
            UUID c = v.caseId();
            UUID p = v.personId();
            int step = k % 6;
            if (step == 0) {
                cw.care().addTask(c, p, "DEMO first meeting with an interpreter", today.plusDays(2), null);
                continue; // referred, not screened yet
            }
            screen(v, today.minusDays(step == 5 ? 210 : 20 + k), step >= 3);
            if (step == 1) {
                continue;
            }
            UUID shelter = shelters.get(k % shelters.size());
            LocalDate admitted = step == 2 ? today.minusDays(12) : step == 5 ? today.minusDays(200)
                    : today.minusDays(30 + k);
            cw.care().admit(c, p, shelter, admitted, "DEMO room " + (k + 1));
            cw.care().recordConsent(c, p, ConsentPurpose.CaseManagement, null, admitted, ConsentForm.Signed, null);
            cw.care().addTask(c, p, "DEMO medical check-up", admitted.plusDays(7), null);
            if (step == 2) {
                cw.care().addTask(c, p, "DEMO prepare the MDT meeting before the reflection period ends",
                        today.plusDays(1), null);
                continue;
            }
            cw.screening().recordDecision(new RecordMdtDecisionCommand(c, p, TraffickingStatus.ActualVictimOfTrafficking,
                    DecisionMakingOrg.NonPoliceGovernmentalOrganization, null, admitted.plusDays(10),
                    "DEMO social worker, DEMO police officer, DEMO interpreter",
                    "DEMO: forced-labour and scam-compound indicators confirmed at the MDT interview (invented).",
                    null));
            cw.care().recordConsent(c, p, ConsentPurpose.AnonymousStatistics, null, admitted.plusDays(1),
                    ConsentForm.VerbalWithWitness, "DEMO shelter nurse");
            cw.care().addTask(c, p, "DEMO call the family (with consent)", today.minusDays(3), null);
            care(c, p, admitted);
            if (step >= 4) {
                returnHome(c, p, step == 5, today);
            }
        }
    }

    /** Assessments, a care plan with services delivered, and the willingness to testify. */
    private void care(UUID c, UUID p, LocalDate admitted) throws ApplicationException {
        cw.carePlans().assess(new RecordAssessmentCommand(c, p, AssessmentKind.Needs, AssessmentScope.Individual,
                admitted.plusDays(2), RiskLevel.Medium, "DEMO needs medical care and counselling (invented)."));
        cw.carePlans().assess(new RecordAssessmentCommand(c, p, AssessmentKind.ReTraffickingRisk,
                AssessmentScope.Community, admitted.plusDays(9), RiskLevel.High,
                "DEMO the fictional broker still recruits in the home village (invented)."));
        PlanDetails plan = cw.carePlans().createPlan(new CreatePlanCommand(c, p, SupportPlanType.Health,
                "DEMO recover physically and emotionally", "DEMO weekly counselling; clinic check-ups",
                admitted.plusDays(3), admitted.plusDays(120)));
        cw.carePlans().recordService(new RecordServiceCommand(c, p, plan.id(), ServiceType.Medical,
                admitted.plusDays(4), "DEMO shelter nurse", null, "DEMO check-up (invented)"));
        cw.carePlans().recordService(new RecordServiceCommand(c, p, plan.id(), ServiceType.Psychosocial,
                admitted.plusDays(8), "DEMO counsellor", null, null));
        var support = cw.legal().support(c, p);
        cw.legal().setWillingness(c, p, support.version(), TestifyWillingness.WillingWithProtection,
                admitted.plusDays(11));
    }

    /** A return planned with consent; handed over 100 days ago when {@code handedOver} (a follow-up is due). */
    private void returnHome(UUID c, UUID p, boolean handedOver, LocalDate today) throws ApplicationException {
        LocalDate consentOn = handedOver ? today.minusDays(110) : today.minusDays(5);
        cw.care().recordConsent(c, p, ConsentPurpose.ReturnHome, null, consentOn, ConsentForm.Signed, null);
        RepatriationDetails r = cw.repatriation().plan(c, p, ReturnPlan.to("MM"));
        if (!handedOver) {
            return;
        }
        PlanDetails plan = cw.carePlans().plans(c, p).get(0);
        cw.carePlans().closePlan(plan.id(), plan.version(), today.minusDays(102));
        var stay = cw.care().stays(c, p).get(0);
        cw.care().leave(stay.id(), stay.version(), today.minusDays(101), DepartureReason.Repatriated, null);
        cw.repatriation().handOver(r.id(), r.version(), today.minusDays(100), "DEMO border point (fictional)",
                "DEMO caseworker", "DEMO receiving NGO officer");
    }

    /** A screening with the ILO forced-labour list and scam-compound signs answered, some yes. */
    private void screen(VictimSummary v, LocalDate on, boolean strong) throws ApplicationException {
        List<Indicator> checklist = cw.screening().checklist(Population.Adult, ExploitationForm.Labour);
        List<RecordScreeningCommand.Item> items = new java.util.ArrayList<>();
        int n = 0;
        for (Indicator i : checklist) {
            boolean yes = strong ? n % 3 != 2 : n % 4 == 0;
            Answer a = yes ? Answer.Yes : n % 5 == 1 ? Answer.Unknown : Answer.No;
            items.add(new RecordScreeningCommand.Item(i.code(), a, null, null, yes ? "DEMO: said so in the first "
                    + "interview (invented)" : null));
            n++;
        }
        cw.screening().record(new RecordScreeningCommand(v.caseId(), v.personId(), Population.Adult,
                ExploitationForm.Labour, on, "DEMO screening at the shelter (invented)", items));
    }
}
