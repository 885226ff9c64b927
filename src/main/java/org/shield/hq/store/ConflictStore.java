package org.shield.hq.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shield.application.sync.ConflictView;
import org.shield.application.sync.Hlc;
import org.shield.domain.common.UuidV7;
import org.shield.hq.HqStore;
import org.shield.hq.MergeRecord;

/** Open conflicts and their resolution at HQ ({@link HqStore#openConflicts}, {@link HqStore#resolve}). */
final class ConflictStore {
    private ConflictStore() {
    }

    static List<HqStore.OpenConflict> open(Connection c, ValueSeal seal) throws SQLException {
        Map<UUID, List<ConflictView.Competing>> values = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT v.conflict_id, v.device_id, v.user_name, v.val, v.at,"
                + " k.table_name, k.row_key, k.col FROM hq_conflict_value v JOIN hq_conflict k ON k.id = v.conflict_id WHERE k.resolved_at IS NULL"
                + " ORDER BY v.at, v.device_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new ConflictView.Competing(rs.getObject(2, UUID.class), rs.getString(3),
                                seal.open(rs.getString(4), ValueSeal.competing(rs.getString(6), rs.getString(7),
                                        rs.getString(8))), rs.getTimestamp(5).toInstant()));
            }
        }
        List<HqStore.OpenConflict> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT k.id, k.table_name, k.row_key, k.col, k.opened_at,"
                + " r.fields, r.pos, r.deleted, r.case_id, r.person_id, r.open_conflicts FROM hq_conflict k"
                + " JOIN hq_record r ON r.table_name = k.table_name AND r.row_key = k.row_key"
                + " WHERE k.resolved_at IS NULL ORDER BY k.opened_at, k.id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                UUID id = rs.getObject(1, UUID.class);
                MergeRecord.Value field = RecordFields.open(seal, rs.getString(2), rs.getString(3),
                        rs.getString(6)).get(rs.getString(4));
                String current = field == null ? null : field.val();
                ConflictView view = new ConflictView(id, rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), current, values.getOrDefault(id, List.of()));
                out.add(new HqStore.OpenConflict(view, new HqStore.FeedRow(rs.getString(2), rs.getString(3),
                        rs.getLong(7), rs.getBoolean(8), rs.getObject(9, UUID.class), rs.getObject(10, UUID.class),
                        rs.getInt(11))));
            }
        }
        return out;
    }

    static Map<UUID, String> leads(Connection c, Collection<UUID> cases) throws SQLException {
        Map<UUID, String> out = new LinkedHashMap<>();
        for (UUID id : cases) {
            try (PreparedStatement ps = c.prepareStatement("SELECT lead FROM hq_case WHERE case_id = ?")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getString(1) != null) {
                        out.put(id, rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    static boolean resolve(Connection c, ValueSeal seal, UUID conflictId, String value, UUID device, String user,
            Instant now) throws SQLException {
        long pos;
        Hlc clock;
        try (PreparedStatement ps = c.prepareStatement("SELECT next_pos, hlc FROM hq_feed_state WHERE id = 1 FOR UPDATE");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            pos = rs.getLong(1);
            clock = Hlc.parse(rs.getString(2)).tick(now.toEpochMilli());
        }
        String table;
        String rowKey;
        String col;
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, row_key, col FROM hq_conflict WHERE id = ?"
                + " AND resolved_at IS NULL FOR UPDATE")) {
            ps.setObject(1, conflictId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                table = rs.getString(1);
                rowKey = rs.getString(2);
                col = rs.getString(3);
            }
        }
        UUID changeId = UuidV7.next();
        List<Object[]> superseded = new ArrayList<>();
        Map<String, MergeRecord.Value> fields;
        try (PreparedStatement ps = c.prepareStatement("SELECT fields FROM hq_record WHERE table_name = ?"
                + " AND row_key = ? FOR UPDATE")) {
            ps.setString(1, table);
            ps.setString(2, rowKey);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("a conflict names a record HQ does not hold");
                }
                fields = new LinkedHashMap<>(RecordFields.open(seal, table, rowKey, rs.getString(1)));
            }
        }
        MergeRecord.Value current = fields.get(col);
        if (current != null) {
            superseded.add(new Object[] {current.val(), current.device(), current.user(), current.hlc(),
                current.changeId(), Timestamp.from(current.at())});
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT val, device_id, user_name, hlc, change_id, at FROM"
                + " hq_conflict_value WHERE conflict_id = ?")) {
            ps.setObject(1, conflictId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] v = row(rs, seal, ValueSeal.competing(table, rowKey, col));
                    boolean isCurrent = !superseded.isEmpty() && v[4].equals(superseded.get(0)[4]);
                    if (!isCurrent) {
                        superseded.add(v);
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO hq_field_history (val, device_id, user_name, hlc,"
                + " change_id, at, table_name, row_key, col, superseded_by, superseded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Object[] v : superseded) {
                ps.setString(1, seal.seal((String) v[0], ValueSeal.history(table, rowKey, col)));
                for (int i = 1; i < 6; i++) {
                    ps.setObject(i + 1, v[i]);
                }
                ps.setString(7, table);
                ps.setString(8, rowKey);
                ps.setString(9, col);
                ps.setObject(10, changeId);
                ps.setTimestamp(11, Timestamp.from(now));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        fields.put(col, new MergeRecord.Value(value, device, user, clock.toString(), changeId, now));
        exec(c, "UPDATE hq_record SET fields = ? WHERE table_name = ? AND row_key = ?",
                RecordFields.seal(seal, table, rowKey, fields), table, rowKey);
        exec(c, "UPDATE hq_conflict SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?",
                Timestamp.from(now), user, seal.seal(value, ValueSeal.resolution(table, rowKey, col)), conflictId);
        // a resolved unit, lead, party, referral or exhibit hash changes who may see what, as a push of it would
        boolean relationsChanged = new PushWriter(c, seal, null, now).rederive(table, rowKey);
        exec(c, "UPDATE hq_record SET pos = ?, open_conflicts = open_conflicts - 1, updated_at = ?"
                + " WHERE table_name = ? AND row_key = ?", pos, Timestamp.from(now), table, rowKey);
        exec(c, "UPDATE hq_feed_state SET next_pos = ?, hlc = ?, relations_version = relations_version + ?"
                + " WHERE id = 1", pos + 1, clock.toString(), relationsChanged ? 1 : 0);
        exec(c, "INSERT INTO hq_audit (at, actor, device_id, action, detail) VALUES (?, ?, ?, ?, ?)",
                Timestamp.from(now), user, device, "ConflictResolved", conflictId + " " + table + "." + col);
        return true;
    }

    /** A value's columns, its val opened for {@code place}. */
    private static Object[] row(ResultSet rs, ValueSeal seal, byte[] place) throws SQLException {
        return new Object[] {seal.open(rs.getString(1), place), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getString(4),
            rs.getObject(5, UUID.class), rs.getTimestamp(6)};
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
