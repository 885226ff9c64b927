package org.shield.application.victim;

import java.util.Set;
import java.util.UUID;
import org.shield.domain.care.VictimStage;
import org.shield.domain.casefile.ExploitationType;

/**
 * One victim (or possible victim) in one case, as the caseworker's lists show them: by pseudonym, never by
 * name. {@code nationality} is the first recorded citizenship (ISO 3166 alpha-2) or null;
 * {@code reflectionDaysLeft} is null unless the reflection period is running; {@code shelterName} is the
 * current shelter or null.
 */
public record VictimSummary(UUID caseId, String caseNumber, UUID personId, String pseudonym, VictimStage stage,
        String nationality, Set<ExploitationType> exploitationTypes, String shelterName, Integer reflectionDaysLeft,
        boolean reflectionReminder, int openTasks, int overdueTasks, String caseworker, boolean reTrafficked) {
    public VictimSummary {
        exploitationTypes = Set.copyOf(exploitationTypes);
    }

    /** Ids only: the parts hold names (witnesses, shelters) that must not reach a log line. */
    @Override
    public String toString() {
        return "VictimSummary[" + caseId + "/" + personId + "]";
    }
}
