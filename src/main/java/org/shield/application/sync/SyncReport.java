package org.shield.application.sync;

import java.time.Instant;

/**
 * What one sync did: changes HQ stored, records applied from HQ, conflicts the push opened, changes still waiting,
 * records from HQ kept back (they point at something not here yet), when it ended, and the cases that left this
 * laptop because the user may no longer see them (ADR 0019, need-to-know), and the records of this vault that took
 * a new number because HQ sent another with theirs (ADR 0002, "A number given twice").
 */
public record SyncReport(long pushed, long pulled, int conflicts, long pending, long keptBack, Instant at,
        long casesRemoved, java.util.List<Renumbered> renumbered) {
    public SyncReport {
        renumbered = java.util.List.copyOf(renumbered);
    }
}
