package org.shield.application.casefile;

import java.util.UUID;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.casefile.RoleInProcess;

/** A person's role in a case, with the person's display name. */
public record PartySummary(UUID partyId, UUID personId, String personName, PartyRole role,
        RoleInProcess roleInProcess, String note, long version) {
    @Override
    public String toString() {
        return "PartySummary[" + partyId + "]";
    }
}
