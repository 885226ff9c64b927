package org.shield.application.casefile;

import java.util.UUID;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.casefile.RoleInProcess;

/** Put a known person into a case in a role. */
public record AddPartyCommand(UUID caseId, UUID personId, PartyRole role, RoleInProcess roleInProcess, String note) {

    /** Never the content: these fields can name people. */
    @Override
    public String toString() {
        return "AddPartyCommand[case " + caseId + "]";
    }
}
