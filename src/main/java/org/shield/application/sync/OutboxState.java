package org.shield.application.sync;

import java.time.Instant;

/**
 * What the laptop knows of its pushes: the highest sequence number HQ acknowledged, the clock reading of that
 * change, when HQ last acknowledged a push (null: never), and whether the first push must send a snapshot of the
 * records written before the outbox existed.
 */
public record OutboxState(long ackedSeq, Hlc hlc, Instant lastPush, boolean snapshotNeeded) {
}
