package org.shield.application.victim;

import java.util.List;
import org.shield.application.care.ConsentDetails;
import org.shield.application.care.ReflectionStatus;
import org.shield.application.care.StayDetails;
import org.shield.application.care.TaskSummary;
import org.shield.application.screening.MdtDecisionDetails;

/**
 * One victim in one case as {@code victim show} and the caseworker's document open it: the summary, shelter
 * stays, reflection period (null before any admission), consents, tasks, MDT decisions (oldest first) and how
 * many screenings were recorded.
 */
public record VictimOverview(VictimSummary summary, List<StayDetails> stays, ReflectionStatus reflection,
        List<ConsentDetails> consents, List<TaskSummary> tasks, List<MdtDecisionDetails> decisions,
        int screenings) {
    public VictimOverview {
        stays = List.copyOf(stays);
        consents = List.copyOf(consents);
        tasks = List.copyOf(tasks);
        decisions = List.copyOf(decisions);
    }

    /** Ids only: the parts hold names (witnesses, shelters) that must not reach a log line. */
    @Override
    public String toString() {
        return "VictimOverview[" + summary().caseId() + "/" + summary().personId() + "]";
    }
}
