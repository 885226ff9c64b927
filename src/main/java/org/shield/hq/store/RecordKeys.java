package org.shield.hq.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of many records named by table and row key, one query per table and up to {@value #PER_QUERY}
 * keys: {@code table_name = ? AND row_key = ANY(?)} with the keys as one array parameter. The same text every time,
 * so PostgreSQL and H2 plan it once, as an index lookup per key. The earlier form (a chain of
 * {@code (table_name = ? AND row_key = ?) OR ...} of varying length) was planned afresh on every call and, on a
 * table just filled by a bulk push whose statistics were not yet gathered, as a scan of the whole table: about one
 * second a page (ADR 0019, "Throughput").
 */
final class RecordKeys {
    /** Keys per query. */
    static final int PER_QUERY = 1000;

    private final Map<String, List<String>> byTable = new LinkedHashMap<>();

    /** Adds a record; a key added twice is looked up once. */
    RecordKeys add(String table, String rowKey) {
        List<String> keys = byTable.computeIfAbsent(table, t -> new ArrayList<>());
        keys.add(rowKey);
        return this;
    }

    boolean isEmpty() {
        return byTable.isEmpty();
    }

    /** What to do with each row a query returns. */
    @FunctionalInterface
    interface Rows {
        void row(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code sql} for every table and chunk of keys and hands each row over. The statement's first parameter is
     * the table name and its second the array of row keys, as in {@code ... WHERE table_name = ? AND row_key =
     * ANY(?)}; any further condition uses no parameter.
     */
    void query(Connection c, String sql, Rows rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map.Entry<String, List<String>> e : byTable.entrySet()) {
                List<String> keys = e.getValue().stream().distinct().toList();
                for (int i = 0; i < keys.size(); i += PER_QUERY) {
                    Array arr = c.createArrayOf("VARCHAR",
                            keys.subList(i, Math.min(keys.size(), i + PER_QUERY)).toArray());
                    try {
                        ps.setString(1, e.getKey());
                        ps.setArray(2, arr);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rows.row(rs);
                            }
                        }
                    } finally {
                        arr.free();
                    }
                }
            }
        }
    }
}
