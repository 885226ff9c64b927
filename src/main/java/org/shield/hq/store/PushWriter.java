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
import org.shield.hq.PushCodec;
import org.shield.hq.SyncScope;

/**
 * One push in one transaction (ADR 0019; {@link HqStore#push}). Lock order: the device's row, then the feed row,
 * so two pushes of one device wait for each other and every writer takes feed positions in commit order. The
 * records a batch touches are read once, merged in memory and written back in JDBC batches.
 */
final class PushWriter {
    /** Keys per query when reading the records a batch touches. */
    private static final int IN_LIST = 200;
    private final Connection c;
    private final ValueSeal seal;
    private final HqStore.Device device;
    private final Instant now;

    /** Values are sealed as they are written and opened as they are read, with {@code seal}. */
    PushWriter(Connection c, ValueSeal seal, HqStore.Device device, Instant now) {
        this.c = c;
        this.seal = seal;
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
        java.util.Set<UUID> held = heldIds(changes);
        for (HqStore.Incoming in : changes) {
            Change ch = in.change();
            if (ch.seq() <= stored) {
                if (!ch.changeId().equals(known.get(ch.seq())) && !held.contains(ch.changeId())) {
                    return new HqStore.PushOutcome(stored, 0, 0, HqStore.Refusal.MISMATCH);
                }
            } else if (!held.contains(ch.changeId())) {
                fresh.add(in);
            }
        }
        long last = changes.get(changes.size() - 1).change().seq();
        if (fresh.isEmpty()) {
            if (last > stored) { // renumbered changes HQ already holds under their old numbers (a vault started over)
                setStored(last);
            }
            return new HqStore.PushOutcome(Math.max(stored, last), 0, 0, HqStore.Refusal.NONE);
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
        Map<String, MergeRecord> onFile = loadAll(fresh);
        int conflicts = 0;
        long nowMs = now.toEpochMilli();
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO hq_change (device_id, seq, change_id, table_name,"
                + " row_key, op, changes, user_name, device_at, device_hlc, hq_hlc, received_at, clock_flagged)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (HqStore.Incoming in : fresh) {
                Change ch = in.change();
                clock = clockFlagged ? clock.tick(nowMs) : clock.receive(Hlc.parse(ch.hlc()), nowMs);
                MergeRecord r = records.computeIfAbsent(ch.table() + '\u0000' + ch.rowKey(),
                        k -> onFile.getOrDefault(k, new MergeRecord(ch.table(), ch.rowKey())));
                MergeRecord.Value author = new MergeRecord.Value(null, device.id(), device.userName(),
                        clock.toString(), ch.changeId(), now);
                conflicts += FieldMerge.apply(r, in.parsed(), author, pos++, now, UuidV7::next);
                ins.setObject(1, device.id());
                ins.setLong(2, ch.seq());
                ins.setObject(3, ch.changeId());
                ins.setString(4, ch.table());
                ins.setString(5, ch.rowKey());
                ins.setString(6, ch.op());
                ins.setString(7, seal.seal(ch.changes(), ValueSeal.change(ch.changeId())));
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
        for (MergeRecord r : records.values()) {
            if (r.dirty()) {
                scope(r, records);
            }
        }
        write(records.values());
        boolean relationsChanged = access(records.values());
        // the relations version moves under the feed row lock this push holds: in commit order, and with the rows
        try (PreparedStatement ps = c.prepareStatement("UPDATE hq_feed_state SET next_pos = ?, hlc = ?,"
                + " relations_version = relations_version + ? WHERE id = 1")) {
            ps.setLong(1, pos);
            ps.setString(2, clock.toString());
            ps.setInt(3, relationsChanged ? 1 : 0);
            ps.executeUpdate();
        }
        long upTo = last;
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

    /**
     * Which of these change ids HQ already holds from this device, under any number: looked up by the unique index on
     * the change id alone (one array parameter), as a lookup of the device's rows filtered by a list of ids was
     * planned, on a freshly filled table, as a scan of all of them.
     */
    private java.util.Set<UUID> heldIds(List<HqStore.Incoming> changes) throws SQLException {
        java.util.Set<UUID> out = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT change_id, device_id FROM hq_change WHERE change_id = ANY(?)")) {
            for (int i = 0; i < changes.size(); i += RecordKeys.PER_QUERY) {
                java.sql.Array ids = c.createArrayOf("UUID", changes.subList(i, Math.min(changes.size(),
                        i + RecordKeys.PER_QUERY)).stream().map(in -> in.change().changeId()).toArray());
                try {
                    ps.setArray(1, ids);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            if (device.id().equals(rs.getObject(2, UUID.class))) {
                                out.add(rs.getObject(1, UUID.class));
                            }
                        }
                    }
                } finally {
                    ids.free();
                }
            }
        }
        return out;
    }

    private void setStored(long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE hq_device SET stored_seq = ? WHERE id = ?")) {
            ps.setLong(1, seq);
            ps.setObject(2, device.id());
            ps.executeUpdate();
        }
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

    /**
     * The records these changes touch that HQ holds, with their fields and open conflicts, keyed by table and row
     * key: two queries per table and {@value RecordKeys#PER_QUERY} records ({@link RecordKeys}).
     */
    private Map<String, MergeRecord> loadAll(List<HqStore.Incoming> changes) throws SQLException {
        RecordKeys keys = new RecordKeys();
        for (HqStore.Incoming in : changes) {
            keys.add(in.change().table(), in.change().rowKey());
        }
        return load(keys);
    }

    /**
     * After a conflict on a record was resolved ({@link ConflictStore#resolve}, in the same transaction, its new value
     * written): the record's case and person, and the need-to-know relations and exhibit content that derive from its
     * fields, are written again, as a push of that value would. True if a relation changed: the relations version
     * must then move, under the feed row lock the caller holds.
     */
    boolean rederive(String table, String rowKey) throws SQLException {
        Map<String, MergeRecord> loaded = load(new RecordKeys().add(table, rowKey));
        MergeRecord r = loaded.get(table + '\u0000' + rowKey);
        if (r == null) {
            return false;
        }
        r.markChanged();
        UUID caseBefore = r.caseId();
        UUID personBefore = r.personId();
        scope(r, loaded);
        if (!java.util.Objects.equals(caseBefore, r.caseId()) || !java.util.Objects.equals(personBefore, r.personId())) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE hq_record SET case_id = ?, person_id = ?"
                    + " WHERE table_name = ? AND row_key = ?")) {
                ps.setObject(1, r.caseId());
                ps.setObject(2, r.personId());
                ps.setString(3, table);
                ps.setString(4, rowKey);
                ps.executeUpdate();
            }
        }
        return access(List.of(r));
    }

    private Map<String, MergeRecord> load(RecordKeys keys) throws SQLException {
        Map<String, MergeRecord> out = new HashMap<>();
        List<MergeRecord> inConflict = new ArrayList<>();
        keys.query(c, "SELECT table_name, row_key, pos, deleted, created_by, updated_at, open_conflicts, case_id,"
                + " person_id, fields FROM hq_record WHERE table_name = ? AND row_key = ANY(?)", rs -> {
                    MergeRecord r = new MergeRecord(rs.getString(1), rs.getString(2), rs.getLong(3),
                            rs.getBoolean(4), rs.getObject(5, UUID.class), rs.getTimestamp(6).toInstant());
                    r.scope(rs.getObject(8, UUID.class), rs.getObject(9, UUID.class));
                    RecordFields.open(seal, r.table, r.rowKey, rs.getString(10)).forEach(r::loadField);
                    out.put(r.table + '\u0000' + r.rowKey, r);
                    if (rs.getInt(7) > 0) {
                        inConflict.add(r);
                    }
                });
        for (MergeRecord r : inConflict) {
            loadConflicts(r);
        }
        return out;
    }

    private void loadConflicts(MergeRecord r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.col, c.opened_at, v.val, v.device_id,"
                + " v.user_name, v.hlc, v.change_id, v.at FROM hq_conflict c JOIN hq_conflict_value v"
                + " ON v.conflict_id = c.id WHERE c.table_name = ? AND c.row_key = ? AND c.resolved_at IS NULL")) {
            ps.setString(1, r.table);
            ps.setString(2, r.rowKey);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String col = rs.getString(2);
                    MergeRecord.Conflict k = r.conflicts().get(col);
                    if (k == null) {
                        k = new MergeRecord.Conflict(rs.getObject(1, UUID.class), col,
                                rs.getTimestamp(3).toInstant(), true);
                        r.loadConflict(k);
                    }
                    MergeRecord.Value v = value(rs, 4, ValueSeal.competing(r.table, r.rowKey, col));
                    k.values.put(v.device(), v);
                    k.storedDevices.add(v.device());
                }
            }
        }
    }

    /** A value from columns val (opened for {@code place}), device_id, user_name, hlc, change_id, at from {@code i}. */
    private MergeRecord.Value value(ResultSet rs, int i, byte[] place) throws SQLException {
        return new MergeRecord.Value(seal.open(rs.getString(i), place), rs.getObject(i + 1, UUID.class),
                rs.getString(i + 2),
                rs.getString(i + 3), rs.getObject(i + 4, UUID.class), rs.getTimestamp(i + 5).toInstant());
    }

    private void write(Iterable<MergeRecord> records) throws SQLException {
        try (PreparedStatement insRecord = c.prepareStatement("INSERT INTO hq_record (table_name, row_key, pos, deleted,"
                + " open_conflicts, created_by, updated_at, case_id, person_id, fields)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement updRecord = c.prepareStatement("UPDATE hq_record SET pos = ?, deleted = ?,"
                        + " open_conflicts = ?, updated_at = ?, case_id = ?, person_id = ? WHERE table_name = ?"
                        + " AND row_key = ?");
                // the fields are sealed as one value: a record whose fields changed has them all written again
                PreparedStatement updFields = c.prepareStatement("UPDATE hq_record SET pos = ?, deleted = ?,"
                        + " open_conflicts = ?, updated_at = ?, case_id = ?, person_id = ?, fields = ?"
                        + " WHERE table_name = ? AND row_key = ?");
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
                    boolean withFields = !r.dirtyFields().isEmpty();
                    PreparedStatement ps = withFields ? updFields : updRecord;
                    ps.setLong(1, r.pos());
                    ps.setBoolean(2, r.deleted());
                    ps.setInt(3, r.openConflicts());
                    ps.setTimestamp(4, Timestamp.from(r.updatedAt()));
                    ps.setObject(5, r.caseId());
                    ps.setObject(6, r.personId());
                    int i = 7;
                    if (withFields) {
                        ps.setString(i++, RecordFields.seal(seal, r.table, r.rowKey, r.fields()));
                    }
                    ps.setString(i++, r.table);
                    ps.setString(i, r.rowKey);
                    ps.addBatch();
                } else {
                    insRecord.setString(1, r.table);
                    insRecord.setString(2, r.rowKey);
                    insRecord.setLong(3, r.pos());
                    insRecord.setBoolean(4, r.deleted());
                    insRecord.setInt(5, r.openConflicts());
                    insRecord.setObject(6, r.createdBy());
                    insRecord.setTimestamp(7, Timestamp.from(r.updatedAt()));
                    insRecord.setObject(8, r.caseId());
                    insRecord.setObject(9, r.personId());
                    insRecord.setString(10, RecordFields.seal(seal, r.table, r.rowKey, r.fields()));
                    insRecord.addBatch();
                }
                for (MergeRecord.History h : r.history()) {
                    bindValue(insHistory, h.old(), ValueSeal.history(r.table, r.rowKey, h.col()));
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
                            bindValue(updValue, k.values.get(d), ValueSeal.competing(r.table, r.rowKey, k.col));
                            updValue.setObject(7, k.id);
                            updValue.setObject(8, d);
                            updValue.addBatch();
                        } else {
                            bindValue(insValue, k.values.get(d), ValueSeal.competing(r.table, r.rowKey, k.col));
                            insValue.setObject(7, k.id);
                            insValue.addBatch();
                        }
                    }
                }
            }
            insRecord.executeBatch();
            updRecord.executeBatch();
            updFields.executeBatch();
            insHistory.executeBatch();
            insConflict.executeBatch();
            insValue.executeBatch();
            updValue.executeBatch();
        }
    }

    /** Sets the case (and person) a record belongs to, for need-to-know ({@link SyncScope}). */
    private void scope(MergeRecord r, Map<String, MergeRecord> records) throws SQLException {
        SyncScope.Rule rule = SyncScope.rule(r.table);
        UUID caseId = null;
        UUID personId = null;
        if ("case_file".equals(r.table)) {
            caseId = uuid(PushCodec.keyPart(r.rowKey, "id"));
        } else if (r.fields().containsKey("case_id")) {
            caseId = PushCodec.uuid(r.fields().get("case_id").val());
        } else if (rule.caseParent() != null && r.fields().containsKey(rule.caseParentColumn())) {
            UUID parent = PushCodec.uuid(r.fields().get(rule.caseParentColumn()).val());
            caseId = parent == null ? null : caseOf(rule.caseParent(), parent, records);
        }
        if ("person".equals(r.table)) {
            personId = uuid(PushCodec.keyPart(r.rowKey, "id"));
        } else if (rule.kind() == SyncScope.Kind.PERSON_PART && r.fields().containsKey("person_id")) {
            personId = PushCodec.uuid(r.fields().get("person_id").val());
        }
        r.scope(caseId, personId);
    }

    private UUID caseOf(String table, UUID id, Map<String, MergeRecord> records) throws SQLException {
        String key = "{\"id\":\"" + id + "\"}";
        MergeRecord inBatch = records.get(table + '\u0000' + key);
        if (inBatch != null) {
            return inBatch.caseId();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT case_id FROM hq_record WHERE table_name = ? AND row_key = ?")) {
            ps.setString(1, table);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        }
    }

    private static UUID uuid(String s) {
        try {
            return s == null ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Keeps the relations need-to-know reads (a case's unit and lead, its team, its parties and referrals), and the
     * content each exhibit carries, in step with the records they come from. True if it wrote any relation (a
     * case, a team member, a party): the relations version must then move.
     */
    private boolean access(Iterable<MergeRecord> records) throws SQLException {
        boolean relations = false;
        List<MergeRecord> cases = new ArrayList<>();
        for (MergeRecord r : records) {
            if (r.dirty() && r.caseId() != null && "case_file".equals(r.table)) {
                cases.add(r);
            }
        }
        Map<UUID, KnownCase> known = knownCases(cases);
        // each record names its own relation row (a case, a team member, a party), so the deletes of a kind can all
        // run before its inserts
        try (PreparedStatement delCase = c.prepareStatement("DELETE FROM hq_case WHERE case_id = ?");
                PreparedStatement insCase = c.prepareStatement(
                        "INSERT INTO hq_case (case_id, unit_code, lead, first_pos) VALUES (?, ?, ?, ?)");
                PreparedStatement delTeam = c.prepareStatement(
                        "DELETE FROM hq_case_team WHERE case_id = ? AND user_name = ?");
                PreparedStatement insTeam = c.prepareStatement(
                        "INSERT INTO hq_case_team (case_id, user_name) VALUES (?, ?)");
                PreparedStatement delParty = c.prepareStatement("DELETE FROM hq_case_party WHERE party_id = ?");
                PreparedStatement insParty = c.prepareStatement("INSERT INTO hq_case_party (party_id, case_id,"
                        + " person_id, referred_to) VALUES (?, ?, ?, ?)");
                PreparedStatement delContent = c.prepareStatement(
                        "DELETE FROM hq_exhibit_content WHERE row_key = ?");
                PreparedStatement insContent = c.prepareStatement(
                        "INSERT INTO hq_exhibit_content (row_key, sha256, device_id) VALUES (?, ?, ?)")) {
            for (MergeRecord r : records) {
                if (!r.dirty() || r.caseId() == null) {
                    continue;
                }
                switch (r.table) {
                    case "case_file" -> {
                        add(delCase, r.caseId());
                        String unit = r.textOf("unit_code");
                        String lead = r.textOf("lead_investigator");
                        KnownCase was = known.get(r.caseId());
                        if (unit != null) {
                            add(insCase, r.caseId(), unit, lead, was == null ? r.pos() : was.firstPos());
                        }
                        // an edit that leaves the unit and lead as they were (most edits) changes no relation
                        relations |= was == null ? unit != null : unit == null || !unit.equals(was.unit())
                                || !java.util.Objects.equals(lead, was.lead());
                    }
                    case "case_team" -> {
                        relations = true;
                        String user = PushCodec.keyPart(r.rowKey, "user_name");
                        add(delTeam, r.caseId(), user);
                        if (!r.deleted() && user != null) {
                            add(insTeam, r.caseId(), user);
                        }
                    }
                    case "case_party" -> {
                        relations = true;
                        UUID party = uuid(PushCodec.keyPart(r.rowKey, "id"));
                        UUID person = PushCodec.uuid(r.fields().containsKey("person_id")
                                ? r.fields().get("person_id").val() : null);
                        add(delParty, party);
                        boolean tombstone = r.fields().containsKey("deleted_at")
                                && r.fields().get("deleted_at").val() != null;
                        if (!r.deleted() && !tombstone && party != null && person != null) {
                            add(insParty, party, r.caseId(), person, r.textOf("referred_to"));
                        }
                    }
                    case "exhibit" -> {
                        // the content each exhibit carries and the device that set it: what content HQ takes from whom
                        add(delContent, r.rowKey);
                        MergeRecord.Value sha = r.fields().get("sha256");
                        String hash = r.textOf("sha256");
                        if (!r.deleted() && sha != null && hash != null) {
                            add(insContent, r.rowKey, hash, sha.device());
                        }
                    }
                    default -> {
                    }
                }
            }
            for (PreparedStatement ps : List.of(delCase, insCase, delTeam, insTeam, delParty, insParty, delContent,
                    insContent)) {
                ps.executeBatch();
            }
        }
        return relations;
    }

    /** A case as need-to-know holds it before this push. */
    private record KnownCase(long firstPos, String unit, String lead) {
    }

    /** When each of these cases first reached HQ, its unit and lead, for those HQ already held. */
    private Map<UUID, KnownCase> knownCases(List<MergeRecord> cases) throws SQLException {
        Map<UUID, KnownCase> out = new HashMap<>();
        for (int i = 0; i < cases.size(); i += IN_LIST) {
            List<MergeRecord> chunk = cases.subList(i, Math.min(cases.size(), i + IN_LIST));
            try (PreparedStatement ps = c.prepareStatement("SELECT case_id, first_pos, unit_code, lead FROM hq_case"
                    + " WHERE case_id IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int k = 0; k < chunk.size(); k++) {
                    ps.setObject(k + 1, chunk.get(k).caseId());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getObject(1, UUID.class), new KnownCase(rs.getLong(2), rs.getString(3),
                                rs.getString(4)));
                    }
                }
            }
        }
        return out;
    }

    private static void add(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        ps.addBatch();
    }

    /** Binds val (sealed for {@code place}), device_id, user_name, hlc, change_id, at as parameters 1 to 6. */
    private void bindValue(PreparedStatement ps, MergeRecord.Value v, byte[] place) throws SQLException {
        ps.setString(1, seal.seal(v.val(), place));
        ps.setObject(2, v.device());
        ps.setString(3, v.user());
        ps.setString(4, v.hlc());
        ps.setObject(5, v.changeId());
        ps.setTimestamp(6, Timestamp.from(v.at()));
    }
}
