package org.shield.application.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A batch of changes a device pushes, in sequence order, with the device's clock when it sent it (HQ compares it
 * with its own) and its sync epoch (null before its first completed sync). The request body is signed with the
 * vault's Ed25519 key (header {@link SyncApi#SIGNATURE}).
 */
public record PushBatch(UUID deviceId, Instant sentAt, UUID epoch, List<Change> changes) {
    public PushBatch {
        changes = List.copyOf(changes);
    }
}
