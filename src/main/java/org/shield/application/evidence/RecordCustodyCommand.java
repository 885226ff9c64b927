package org.shield.application.evidence;

import java.time.Instant;
import java.util.UUID;
import org.shield.domain.evidence.CustodyAction;

/**
 * Records a custody step a person took (sealed, transferred, received, analysed, returned, destroyed,
 * redaction derived). {@code toCustodian} is the receiving user for a transfer; {@code occurredAt} null
 * means now; {@code checkHash} re-hashes the stored content at this step (digital exhibits).
 */
public record RecordCustodyCommand(UUID exhibitId, CustodyAction action, String toCustodian, Instant occurredAt,
        String place, String purpose, String storageAfter, boolean checkHash) {
}
