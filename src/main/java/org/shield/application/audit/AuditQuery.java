package org.shield.application.audit;

import java.time.Instant;
import java.util.UUID;
import org.shield.domain.audit.AuditAction;

/** Filters of the audit viewer and export; nulls mean "any". {@code until} is exclusive. */
public record AuditQuery(String actor, UUID recordId, AuditAction action, Instant since, Instant until) {
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "AuditQuery[" + action + "]";
    }
}
