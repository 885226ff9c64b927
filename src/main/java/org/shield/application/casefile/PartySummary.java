package org.shield.application.casefile;

import java.util.UUID;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.casefile.RoleInProcess;

/**
 * A person's role in a case. {@code personName} is what screens show: the pseudonym for a protected
 * victim or witness (then {@code pseudonym} is set), the name otherwise. {@code referredTo} is the
 * caseworker a victim is referred to.
 */
public record PartySummary(UUID partyId, UUID personId, String personName, String pseudonym, PartyRole role,
        RoleInProcess roleInProcess, String note, String referredTo, long version) {
    public boolean protectedIdentity() {
        return pseudonym != null;
    }

    @Override
    public String toString() {
        return "PartySummary[" + partyId + "]";
    }
}
