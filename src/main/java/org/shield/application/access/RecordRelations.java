package org.shield.application.access;

import java.util.UUID;
import org.shield.domain.security.CaseRelation;

/**
 * Port: how the signed-in user stands to the case a record belongs to (a case, a party, a route step, a
 * note, or a person through their cases), for record histories. Called inside a transaction.
 */
public interface RecordRelations {
    CaseRelation of(UUID recordId);

    /**
     * The records that belong to this one and share its history: for a case, its parties, route steps
     * and notes (and the approval requests about it). Empty for other records.
     */
    java.util.List<UUID> partsOf(UUID recordId);
}
