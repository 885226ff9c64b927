package org.shield.application.casefile;

import java.util.UUID;
import org.shield.domain.casefile.PartyRole;

/** A person's place in one case, for deciding what a user may see of that person. */
public record PartyLink(UUID partyId, UUID caseId, PartyRole role, String referredTo) {
}
