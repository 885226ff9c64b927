package org.shield.application.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An open conflict as HQ shows it to a user who may resolve it (ADR 0019): the field (table, record key, column),
 * when it opened, the value HQ shows until it is resolved, and every competing value with who saved it and when.
 * Values are JSON text. {@link #toString()} leaves the values out.
 */
public record ConflictView(UUID id, String table, String rowKey, String column, Instant openedAt, String current,
        List<Competing> values) {
    public ConflictView {
        values = List.copyOf(values);
    }

    /** One device's value. */
    public record Competing(UUID deviceId, String userName, String value, Instant at) {
        @Override
        public String toString() {
            return "Competing[" + deviceId + ", " + userName + "]";
        }
    }

    @Override
    public String toString() {
        return "ConflictView[" + id + ", " + table + "." + column + ", " + values.size() + " values]";
    }
}
