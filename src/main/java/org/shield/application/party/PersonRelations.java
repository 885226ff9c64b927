package org.shield.application.party;

import java.util.UUID;
import org.shield.domain.security.CaseRelation;

/**
 * Port: how the signed-in user stands to a person through the cases the person is a party in (the most
 * visible of those cases counts). Implemented by the case side; called inside a transaction.
 */
@FunctionalInterface
public interface PersonRelations {
    CaseRelation of(UUID personId);
}
