package org.shield.application.security;

import java.util.Map;

/** What a vault verification read: rows per table. */
public record VerifyReport(Map<String, Long> rowsPerTable) {
    public VerifyReport {
        rowsPerTable = Map.copyOf(rowsPerTable);
    }

    public long totalRows() {
        return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
