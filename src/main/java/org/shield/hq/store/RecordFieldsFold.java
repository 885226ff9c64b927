package org.shield.hq.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.shield.application.common.StorageException;
import org.shield.hq.MergeRecord;

/**
 * Folds, at HQ's start, the field rows an HQ before record-level fields wrote ({@code hq_field}, sealed or still
 * plaintext) into their records' one sealed value ({@code hq_record.fields}, migration V14; ADR 0019, "Throughput
 * after sealing"). {@value #BATCH} records at a time, in order of their key, each batch in its own transaction that
 * first locks {@code hq_seal_state}'s row: two HQ processes starting together fold one batch after the other, and a
 * start killed half way leaves whole batches folded and the rest as they were. A record's rows are deleted in the
 * transaction that writes its fields; a field the record's sealed value already holds is newer than its row (written
 * by this version) and is kept. When no row is left, {@code hq_seal_state.fields_folded} says so and later starts skip
 * the walk. Pushes are served only after the start's walk: no HQ of this version writes {@code hq_field}.
 */
public final class RecordFieldsFold {
    static final int BATCH = 200;

    private RecordFieldsFold() {
    }

    /** Folds every field row into its record; returns how many records this process folded (0 once all are). */
    public static int foldAll(DataSource ds, ValueSeal seal) throws StorageException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (folded(c)) {
                    c.commit();
                    return 0;
                }
                c.commit();
                int records = 0;
                String[] last = null;
                while (true) {
                    lockState(c);
                    List<String[]> keys = nextKeys(c, last);
                    if (keys.isEmpty()) {
                        try (PreparedStatement ps = c.prepareStatement(
                                "UPDATE hq_seal_state SET fields_folded = TRUE WHERE id = 1")) {
                            ps.executeUpdate();
                        }
                        c.commit();
                        return records;
                    }
                    records += fold(c, seal, keys);
                    c.commit();
                    last = keys.get(keys.size() - 1);
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw JdbcHqStore.failure(e);
        }
    }

    private static boolean folded(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT fields_folded FROM hq_seal_state WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static void lockState(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM hq_seal_state WHERE id = 1 FOR UPDATE");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
        }
    }

    /** The next records (table, row key) that have field rows, after {@code last} in key order. */
    private static List<String[]> nextKeys(Connection c, String[] last) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT table_name, row_key FROM hq_field"
                + (last == null ? "" : " WHERE (table_name, row_key) > (?, ?)") + " ORDER BY table_name, row_key"
                + " LIMIT " + BATCH)) {
            if (last != null) {
                ps.setString(1, last[0]);
                ps.setString(2, last[1]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return out;
    }

    private static int fold(Connection c, ValueSeal seal, List<String[]> keys) throws SQLException {
        RecordKeys batch = new RecordKeys();
        keys.forEach(k -> batch.add(k[0], k[1]));
        Map<String, Map<String, MergeRecord.Value>> records = new LinkedHashMap<>();
        batch.query(c, "SELECT table_name, row_key, fields FROM hq_record WHERE table_name = ? AND row_key = ANY(?)",
                rs -> records.put(rs.getString(1) + '\u0000' + rs.getString(2), new LinkedHashMap<>(
                        RecordFields.open(seal, rs.getString(1), rs.getString(2), rs.getString(3)))));
        Map<String, Map<String, MergeRecord.Value>> rows = new HashMap<>();
        batch.query(c, "SELECT table_name, row_key, col, val, device_id, user_name, hlc, change_id, at FROM hq_field"
                + " WHERE table_name = ? AND row_key = ANY(?)", rs -> {
                    String table = rs.getString(1);
                    String rowKey = rs.getString(2);
                    String col = rs.getString(3);
                    Timestamp at = rs.getTimestamp(9);
                    rows.computeIfAbsent(table + '\u0000' + rowKey, k -> new HashMap<>()).put(col,
                            new MergeRecord.Value(seal.open(rs.getString(4), ValueSeal.field(table, rowKey, col)),
                                    rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7),
                                    rs.getObject(8, UUID.class), at.toInstant()));
                });
        int folded = 0;
        try (PreparedStatement upd = c.prepareStatement(
                "UPDATE hq_record SET fields = ? WHERE table_name = ? AND row_key = ?");
                PreparedStatement del = c.prepareStatement(
                        "DELETE FROM hq_field WHERE table_name = ? AND row_key = ?")) {
            for (String[] k : keys) {
                String id = k[0] + '\u0000' + k[1];
                Map<String, MergeRecord.Value> fields = records.get(id);
                if (fields == null) {
                    continue; // rows without their record (never written so): kept, not read, never lost
                }
                rows.getOrDefault(id, Map.of()).forEach(fields::putIfAbsent);
                upd.setString(1, RecordFields.seal(seal, k[0], k[1], fields));
                upd.setString(2, k[0]);
                upd.setString(3, k[1]);
                upd.addBatch();
                del.setString(1, k[0]);
                del.setString(2, k[1]);
                del.addBatch();
                folded++;
            }
            upd.executeBatch();
            del.executeBatch();
        }
        return folded;
    }
}
