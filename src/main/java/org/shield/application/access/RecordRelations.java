package org.shield.application.access;

import java.util.UUID;
import org.shield.domain.security.CaseRelation;

/**
 * Port: how the signed-in user stands to the case a record belongs to (a case, a party, a route step, a
 * note, or a person through their cases), for record histories. Called inside a transaction.
 */
@FunctionalInterface
public interface RecordRelations {
    CaseRelation of(UUID recordId);
}
