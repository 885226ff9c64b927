package org.shield.hq.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shield.application.sync.Change;
import org.shield.application.sync.DeviceState;
import org.shield.application.sync.Hlc;
import org.shield.domain.common.UuidV7;
import org.shield.hq.FieldMerge;
import org.shield.hq.HqStore;
import org.shield.hq.MergeRecord;

/**
 * One push in one transaction (ADR 0019; {@link HqStore#push}). Lock order: the device's row, then the feed row,
 * so two pushes of one device wait for each other and every writer takes feed positions in commit order. The
 * records a batch touches are read once, merged in memory and written back in JDBC batches.
 */
final class PushWriter {
    private final Connection c;
    private final HqStore.Device device;
    private final Instant now;

    PushWriter(Connection c, HqStore.Device device, Instant now) {
        this.c = c;
        this.device = device;
        this.now = now;
    }

    HqStore.PushOutcome push(List<HqStore.Incoming> changes, long clockOffsetMs, boolean clockFlagged)
            throws SQLException {
        long stored;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT stored_seq, state FROM hq_device WHERE id = ? FOR UPDATE")) {
            ps.setObject(1, device.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !DeviceState.Active.name().equals(rs.getString(2))) {
                    return new HqStore.PushOutcome(0, 0, 0, HqStore.Refusal.NOT_ACTIVE);
                }
                stored = rs.getLong(1);
            }
        }
        if (changes.isEmpty()) {
            return new HqStore.PushOutcome(stored, 0, 0, HqStore.Refusal.NONE);
        }
        long first = changes.get(0).change().seq();
        if (first > stored + 1) {
            return new HqStore.PushOutcome(stored, 0, 0, HqStore.Refusal.GAP);
        }
        List<HqStore.Incoming> fresh = new ArrayList<>();
        Map<Long, UUID> known = knownIds(first, Math.min(stored, changes.get(changes.size() - 1).change().seq()));
        for (HqStore.Incoming in : changes) {
            Change ch = in.change();
            if (ch.seq() <= stored) {
                if (!ch.changeId().equals(known.get(ch.seq()))) {
                    return new HqStore.PushOutcome(stored, 0, 0, HqStore.Refusal.MISMATCH);
                }
            } else {
                fresh.add(in);
            }
        }
        if (fresh.isEmpty()) {
            return new HqStore.PushOutcome(stored, 0, 0, HqStore.Refusal.NONE);
        }
        long pos;
        Hlc clock;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT next_pos, hlc FROM hq_feed_state WHERE id = 1 FOR UPDATE");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("hq_feed_state is missing its row");
            }
            pos = rs.getLong(1);
            clock = Hlc.parse(rs.getString(2));
        }
        Map<String, MergeRecord> records = new LinkedHashMap<>();
        int conflicts = 0;
        long nowMs = now.toEpochMilli();
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO hq_change (device_id, seq, change_id, table_name,"
                + " row_key, op, changes, user_name, device_at, device_hlc, hq_hlc, received_at, clock_flagged)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (HqStore.Incoming in : fresh) {
                Change ch = in.change();
                clock = clockFlagged ? clock.tick(nowMs) : clock.receive(Hlc.parse(ch.hlc()), nowMs);
                MergeRecord r = record(records, ch.table(), ch.rowKey());
                MergeRecord.Value author = new MergeRecord.Value(null, device.id(), device.userName(),
                        clock.toString(), ch.changeId(), now);
                conflicts += FieldMerge.apply(r, in.parsed(), author, pos++, now, UuidV7::next);
                ins.setObject(1, device.id());
                ins.setLong(2, ch.seq());
                ins.setObject(3, ch.changeId());
                ins.setString(4, ch.table());
                ins.setString(5, ch.rowKey());
                ins.setString(6, ch.op());
                ins.setString(7, ch.changes());
                ins.setString(8, device.userName());
                ins.setTimestamp(9, Timestamp.from(ch.deviceAt()));
                ins.setString(10, ch.hlc());
                ins.setString(11, clock.toString());
                ins.setTimestamp(12, Timestamp.from(now));
                ins.setBoolean(13, clockFlagged);
                ins.addBatch();
            }
            ins.executeBatch();
        }
        write(records.values());
        try (PreparedStatement ps = c.prepareStatement("UPDATE hq_feed_state SET next_pos = ?, hlc = ? WHERE id = 1")) {
            ps.setLong(1, pos);
            ps.setString(2, clock.toString());
            ps.executeUpdate();
        }
        long upTo = fresh.get(fresh.size() - 1).change().seq();
        try (PreparedStatement ps = c.prepareStatement(clockFlagged
                ? "UPDATE hq_device SET stored_seq = ?, clock_offset_ms = ?, clock_flagged_at = ? WHERE id = ?"
                : "UPDATE hq_device SET stored_seq = ?, clock_offset_ms = ?, clock_flagged_at = NULL WHERE id = ?")) {
            int i = 1;
            ps.setLong(i++, upTo);
            ps.setLong(i++, clockOffsetMs);
            if (clockFlagged) {
                ps.setTimestamp(i++, Timestamp.from(now));
            }
            ps.setObject(i, device.id());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO hq_audit (at, actor, device_id, action, detail) VALUES (?, ?, ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, device.userName());
            ps.setObject(3, device.id());
            ps.setString(4, "ChangesStored");
            ps.setString(5, "seq " + fresh.get(0).change().seq() + "-" + upTo + ", " + fresh.size() + " changes, "
                    + records.size() + " records, " + conflicts + " conflicts" + (clockFlagged ? ", clock off" : ""));
            ps.executeUpdate();
        }
        return new HqStore.PushOutcome(upTo, fresh.size(), conflicts, HqStore.Refusal.NONE);
    }

    private Map<Long, UUID> knownIds(long from, long to) throws SQLException {
        Map<Long, UUID> out = new HashMap<>();
        if (to < from) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq, change_id FROM hq_change WHERE device_id = ? AND seq BETWEEN ? AND ?")) {
            ps.setObject(1, device.id());
            ps.setLong(2, from);
            ps.setLong(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getObject(2, UUID.class));
                }
            }
        }
        return out;
    }

    private MergeRecord record(Map<String, MergeRecord> records, String table, String rowKey) throws SQLException {
        String key = table + '\u0000' + rowKey;
        MergeRecord r = records.get(key);
        if (r == null) {
            r = load(table, rowKey);
            records.put(key, r);
        }
        return r;
    }

    private MergeRecord load(String table, String rowKey) throws SQLException {
        MergeRecord r;
        int open;
        try (PreparedStatement ps = c.prepareStatement("SELECT pos, deleted, created_by, updated_at, open_conflicts"
                + " FROM hq_record WHERE table_name = ? AND row_key = ?")) {
            ps.setString(1, table);
            ps.setString(2, rowKey);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new MergeRecord(table, rowKey);
                }
                r = new MergeRecord(table, rowKey, rs.getLong(1), rs.getBoolean(2), rs.getObject(3, UUID.class),
                        rs.getTimestamp(4).toInstant());
                open = rs.getInt(5);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT col, val, device_id, user_name, hlc, change_id, at"
                + " FROM hq_field WHERE table_name = ? AND row_key = ?")) {
            ps.setString(1, table);
            ps.setString(2, rowKey);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    r.loadField(rs.getString(1), value(rs, 2));
                }
            }
        }
        if (open > 0) {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.col, c.opened_at, v.val, v.device_id,"
                    + " v.user_name, v.hlc, v.change_id, v.at FROM hq_conflict c JOIN hq_conflict_value v"
                    + " ON v.conflict_id = c.id WHERE c.table_name = ? AND c.row_key = ? AND c.resolved_at IS NULL")) {
                ps.setString(1, table);
                ps.setString(2, rowKey);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String col = rs.getString(2);
                        MergeRecord.Conflict k = r.conflicts().get(col);
                        if (k == null) {
                            k = new MergeRecord.Conflict(rs.getObject(1, UUID.class), col,
                                    rs.getTimestamp(3).toInstant(), true);
                            r.loadConflict(k);
                        }
                        MergeRecord.Value v = value(rs, 4);
                        k.values.put(v.device(), v);
                        k.storedDevices.add(v.device());
                    }
                }
            }
        }
        return r;
    }

    /** A value from columns val, device_id, user_name, hlc, change_id, at starting at {@code i}. */
    private static MergeRecord.Value value(ResultSet rs, int i) throws SQLException {
        return new MergeRecord.Value(rs.getString(i), rs.getObject(i + 1, UUID.class), rs.getString(i + 2),
                rs.getString(i + 3), rs.getObject(i + 4, UUID.class), rs.getTimestamp(i + 5).toInstant());
    }

    private void write(Iterable<MergeRecord> records) throws SQLException {
        try (PreparedStatement insRecord = c.prepareStatement("INSERT INTO hq_record (table_name, row_key, pos, deleted,"
                + " open_conflicts, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement updRecord = c.prepareStatement("UPDATE hq_record SET pos = ?, deleted = ?,"
                        + " open_conflicts = ?, updated_at = ? WHERE table_name = ? AND row_key = ?");
                PreparedStatement insField = c.prepareStatement("INSERT INTO hq_field (val, device_id, user_name, hlc,"
                        + " change_id, at, table_name, row_key, col) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement updField = c.prepareStatement("UPDATE hq_field SET val = ?, device_id = ?,"
                        + " user_name = ?, hlc = ?, change_id = ?, at = ? WHERE table_name = ? AND row_key = ? AND col = ?");
                PreparedStatement insHistory = c.prepareStatement("INSERT INTO hq_field_history (val, device_id,"
                        + " user_name, hlc, change_id, at, table_name, row_key, col, superseded_by, superseded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement insConflict = c.prepareStatement("INSERT INTO hq_conflict (id, table_name, row_key,"
                        + " col, opened_at) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement insValue = c.prepareStatement("INSERT INTO hq_conflict_value (val, device_id,"
                        + " user_name, hlc, change_id, at, conflict_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement updValue = c.prepareStatement("UPDATE hq_conflict_value SET val = ?, device_id = ?,"
                        + " user_name = ?, hlc = ?, change_id = ?, at = ? WHERE conflict_id = ? AND device_id = ?")) {
            for (MergeRecord r : records) {
                if (!r.dirty()) {
                    continue;
                }
                if (r.stored) {
                    updRecord.setLong(1, r.pos());
                    updRecord.setBoolean(2, r.deleted());
                    updRecord.setInt(3, r.openConflicts());
                    updRecord.setTimestamp(4, Timestamp.from(r.updatedAt()));
                    updRecord.setString(5, r.table);
                    updRecord.setString(6, r.rowKey);
                    updRecord.addBatch();
                } else {
                    insRecord.setString(1, r.table);
                    insRecord.setString(2, r.rowKey);
                    insRecord.setLong(3, r.pos());
                    insRecord.setBoolean(4, r.deleted());
                    insRecord.setInt(5, r.openConflicts());
                    insRecord.setObject(6, r.createdBy());
                    insRecord.setTimestamp(7, Timestamp.from(r.updatedAt()));
                    insRecord.addBatch();
                }
                for (String col : r.dirtyFields()) {
                    PreparedStatement ps = r.isStoredField(col) ? updField : insField;
                    bindValue(ps, r.fields().get(col));
                    ps.setString(7, r.table);
                    ps.setString(8, r.rowKey);
                    ps.setString(9, col);
                    ps.addBatch();
                }
                for (MergeRecord.History h : r.history()) {
                    bindValue(insHistory, h.old());
                    insHistory.setString(7, r.table);
                    insHistory.setString(8, r.rowKey);
                    insHistory.setString(9, h.col());
                    insHistory.setObject(10, h.supersededBy());
                    insHistory.setTimestamp(11, Timestamp.from(h.at()));
                    insHistory.addBatch();
                }
                for (MergeRecord.Conflict k : r.conflicts().values()) {
                    if (!k.stored) {
                        insConflict.setObject(1, k.id);
                        insConflict.setString(2, r.table);
                        insConflict.setString(3, r.rowKey);
                        insConflict.setString(4, k.col);
                        insConflict.setTimestamp(5, Timestamp.from(k.openedAt));
                        insConflict.addBatch();
                    }
                    for (UUID d : k.dirtyDevices) {
                        if (k.storedDevices.contains(d)) {
                            bindValue(updValue, k.values.get(d));
                            updValue.setObject(7, k.id);
                            updValue.setObject(8, d);
                            updValue.addBatch();
                        } else {
                            bindValue(insValue, k.values.get(d));
                            insValue.setObject(7, k.id);
                            insValue.addBatch();
                        }
                    }
                }
            }
            insRecord.executeBatch();
            updRecord.executeBatch();
            insField.executeBatch();
            updField.executeBatch();
            insHistory.executeBatch();
            insConflict.executeBatch();
            insValue.executeBatch();
            updValue.executeBatch();
        }
    }

    /** Binds val, device_id, user_name, hlc, change_id, at as parameters 1 to 6. */
    private static void bindValue(PreparedStatement ps, MergeRecord.Value v) throws SQLException {
        ps.setString(1, v.val());
        ps.setObject(2, v.device());
        ps.setString(3, v.user());
        ps.setString(4, v.hlc());
        ps.setObject(5, v.changeId());
        ps.setTimestamp(6, Timestamp.from(v.at()));
    }
}
