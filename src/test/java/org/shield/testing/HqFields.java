package org.shield.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.shield.hq.store.RecordFields;
import org.shield.hq.store.ValueSeal;

/** HQ's current field values as stored ({@code hq_record.fields}), opened as HQ opens them: for tests that look. */
public final class HqFields {
    private HqFields() {
    }

    /** The record's values by column (a null value as null); null when HQ holds no such record. */
    public static Map<String, String> of(Connection c, ValueSeal seal, String table, String rowKey)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT fields FROM hq_record WHERE table_name = ? AND row_key = ?")) {
            ps.setString(1, table);
            ps.setString(2, rowKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? RecordFields.values(seal, table, rowKey, rs.getString(1)) : null;
            }
        }
    }

    /** Every record of a table: row key to its values by column. */
    public static Map<String, Map<String, String>> ofTable(Connection c, ValueSeal seal, String table)
            throws SQLException {
        Map<String, Map<String, String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT row_key, fields FROM hq_record WHERE table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), RecordFields.values(seal, table, rs.getString(1), rs.getString(2)));
                }
            }
        }
        return out;
    }
}
