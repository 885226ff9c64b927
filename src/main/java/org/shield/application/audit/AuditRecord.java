package org.shield.application.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;

/**
 * One audit entry as the viewer shows it. Identity values of persons are masked ({@link AuditService#MASK}):
 * the trail keeps them, but reading them is a reveal, not an audit.
 */
public record AuditRecord(long sequence, Instant at, String actor, AuditAction action, String recordType,
        UUID recordId, List<ChangeSet.Change> changes) {
    public AuditRecord {
        changes = List.copyOf(changes);
    }

    @Override
    public String toString() {
        return "AuditRecord[" + sequence + " " + action + "]";
    }
}
