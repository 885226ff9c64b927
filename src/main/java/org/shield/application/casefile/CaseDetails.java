package org.shield.application.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.ExploitationType;
import org.shield.domain.casefile.Sensitivity;

/** Everything on a case's overview, with the version an edit must send back. */
public record CaseDetails(UUID id, long version, String caseNumber, String title, CaseStatus status,
        String closureReason, Set<ExploitationType> exploitationTypes, String unitCode, String leadInvestigator,
        LocalDate openedOn, LocalDate closedOn, String summary, Sensitivity sensitivity, Set<String> tags,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
    public CaseDetails {
        exploitationTypes = Set.copyOf(exploitationTypes);
        tags = Set.copyOf(tags);
    }

    @Override
    public String toString() {
        return "CaseDetails[" + id + " v" + version + "]";
    }
}
