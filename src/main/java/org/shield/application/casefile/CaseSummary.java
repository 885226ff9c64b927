package org.shield.application.casefile;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.ExploitationType;

/** A row of the case list. */
public record CaseSummary(UUID id, String caseNumber, String title, CaseStatus status,
        Set<ExploitationType> exploitationTypes, String unitCode, String leadInvestigator,
        LocalDate openedOn, LocalDate closedOn) {
    public CaseSummary {
        exploitationTypes = Set.copyOf(exploitationTypes);
    }

    @Override
    public String toString() {
        return "CaseSummary[" + id + "]";
    }
}
