package org.shield.application.sync;

import java.time.Instant;

/**
 * What one sync did: changes HQ stored, records applied from HQ, conflicts the push opened, changes still waiting,
 * records from HQ kept back (they point at something not here yet), and when it ended.
 */
public record SyncReport(long pushed, long pulled, int conflicts, long pending, long keptBack, Instant at) {
}
