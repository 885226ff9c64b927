package org.shield.application.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.shield.application.common.ApplicationException;
import org.shield.application.screening.RecordMdtDecisionCommand;
import org.shield.application.screening.RecordScreeningCommand;
import org.shield.application.security.Workspace;
import org.shield.application.victim.VictimSummary;
import org.shield.domain.care.ConsentForm;
import org.shield.domain.care.ConsentPurpose;
import org.shield.domain.screening.Answer;
import org.shield.domain.screening.DecisionMakingOrg;
import org.shield.domain.screening.ExploitationForm;
import org.shield.domain.screening.Indicator;
import org.shield.domain.screening.Population;
import org.shield.domain.screening.TraffickingStatus;

/**
 * The demo caseworker's side of the demo vault: victims at every stage of care — not screened, screened, in
 * the reflection period, awaiting and past an MDT decision, in a shelter — with consents and tasks, some
 * overdue. Everything is invented. Runs as the caseworker, so every record is theirs.
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
            int step = k % 6;
            if (step == 0) {
                cw.care().addTask(v.caseId(), v.personId(), "DEMO first meeting with an interpreter",
                        today.plusDays(2), null);
                continue; // referred, not screened yet
            }
            screen(v, today.minusDays(20 + k), step >= 3);
            if (step == 1) {
                continue;
            }
            UUID shelter = shelters.get(k % shelters.size());
            LocalDate admitted = step == 2 ? today.minusDays(12) : today.minusDays(30 + k);
            cw.care().admit(v.caseId(), v.personId(), shelter, admitted, "DEMO room " + (k + 1));
            cw.care().recordConsent(v.caseId(), v.personId(), ConsentPurpose.CaseManagement, null, admitted,
                    ConsentForm.Signed, null);
            cw.care().addTask(v.caseId(), v.personId(), "DEMO medical check-up", admitted.plusDays(7), null);
            if (step == 2) {
                cw.care().addTask(v.caseId(), v.personId(), "DEMO prepare the MDT meeting before the reflection "
                        + "period ends", today.plusDays(1), null);
            }
            if (step >= 3) {
                cw.screening().recordDecision(new RecordMdtDecisionCommand(v.caseId(), v.personId(),
                        TraffickingStatus.ActualVictimOfTrafficking, DecisionMakingOrg.NonPoliceGovernmentalOrganization,
                        null, admitted.plusDays(10), "DEMO social worker, DEMO police officer, DEMO interpreter",
                        "DEMO: forced-labour and scam-compound indicators confirmed at the MDT interview (invented).",
                        null));
                cw.care().recordConsent(v.caseId(), v.personId(), ConsentPurpose.AnonymousStatistics, null,
                        admitted.plusDays(1), ConsentForm.VerbalWithWitness, "DEMO shelter nurse");
                cw.care().addTask(v.caseId(), v.personId(), "DEMO call the family (with consent)",
                        today.minusDays(3), null);
            }
        }
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
