package org.shield.application.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * One captured change as it travels from a laptop to HQ (ADR 0019): its place in the device's gap-free sequence,
 * its id, the table, the row's primary key and the changed columns as {@code {column: [old, new]}} (both JSON text,
 * as the outbox holds them), the operation, the device's clock when it was made and its hybrid logical clock.
 * {@link #toString()} leaves the content out: it holds personal data.
 */
public record Change(long seq, UUID changeId, String table, String rowKey, String op, String changes,
        Instant deviceAt, String hlc) {
    public Change withHlc(Hlc h) {
        return new Change(seq, changeId, table, rowKey, op, changes, deviceAt, h.toString());
    }

    @Override
    public String toString() {
        return "Change[" + seq + ", " + changeId + ", " + table + ", " + op + "]";
    }
}
