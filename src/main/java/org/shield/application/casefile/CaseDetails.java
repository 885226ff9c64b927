package org.shield.application.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.shield.domain.security.Permission;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.ExploitationType;
import org.shield.domain.casefile.Sensitivity;

/**
 * Everything on a case's overview, with the version an edit must send back. {@code summary} is null for
 * a user who may not read the investigation; {@code allowed} lists what the signed-in user may do here.
 */
public record CaseDetails(UUID id, long version, String caseNumber, String title, CaseStatus status,
        String closureReason, Set<ExploitationType> exploitationTypes, String unitCode, String leadInvestigator,
        LocalDate openedOn, LocalDate closedOn, String summary, Sensitivity sensitivity, Set<String> tags,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, Set<String> team,
        Set<Permission> allowed) {
    public CaseDetails {
        exploitationTypes = Set.copyOf(exploitationTypes);
        tags = Set.copyOf(tags);
        team = team == null ? Set.of() : Set.copyOf(team);
        allowed = allowed == null ? Set.of() : Set.copyOf(allowed);
    }

    /** True if the signed-in user may do this on the case (for showing or hiding actions; services still check). */
    public boolean allows(Permission p) {
        return allowed.contains(p);
    }

    @Override
    public String toString() {
        return "CaseDetails[" + id + " v" + version + "]";
    }
}
