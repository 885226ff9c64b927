package org.shield.application.sync;

import java.util.List;
import java.util.Map;

/**
 * One record as HQ's change feed sends it (ADR 0019): its table and primary key (JSON text), whether the row was
 * removed, its current values (column to JSON text; a column absent was never set, or is withheld from this user),
 * and the columns that are in an open conflict. {@link #toString()} leaves the values out.
 */
public record FeedRecord(String table, String rowKey, boolean deleted, Map<String, String> fields,
        List<String> conflicts) {
    public FeedRecord {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    @Override
    public String toString() {
        return "FeedRecord[" + table + ", " + fields.size() + " fields]";
    }
}
