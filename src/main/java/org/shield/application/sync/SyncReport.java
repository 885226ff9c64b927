package org.shield.application.sync;

import java.time.Instant;

/** What one sync did: changes HQ stored, conflicts they opened, changes still waiting, and when it ended. */
public record SyncReport(long pushed, int conflicts, long pending, Instant at) {
}
