package org.shield.application.evidence;

import java.time.Instant;
import java.util.UUID;
import org.shield.domain.evidence.CustodyAction;
import org.shield.domain.evidence.HashCheck;

/**
 * One step of a chain of custody, in chain order ({@code sequence} from 1). {@code numberBefore} and
 * {@code numberAfter}: the exhibit's numbers either side of a {@link CustodyAction#Relabelled} step (null for others).
 */
public record CustodyEventDetails(UUID id, UUID exhibitId, String exhibitNumber, int sequence, UUID previousEventId,
        CustodyAction action, String fromCustodian, String toCustodian, Instant occurredAt, String place,
        String purpose, String storageAfter, String hashChecked, HashCheck hashResult, String recordedBy,
        Instant recordedAt, String numberBefore, String numberAfter) {
}
