package org.shield.hq.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shield.domain.security.CaseRelation;
import org.shield.hq.HqStore;

/** The reads of HQ's change feed and need-to-know ({@link HqStore}), each on the connection it is given. */
final class FeedReader {
    private static final int IN_LIST = 200;

    private FeedReader() {
    }

    /** The relations version (see {@link HqStore#relationsVersion()}). */
    static long relationsVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT relations_version FROM hq_feed_state WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }

    /**
     * The version first, then the relations with each case's first position (from {@code hq_case}, in the same
     * queries): the relations are at least as new as the version, which is what a cache keyed by it needs.
     */
    static HqStore.Access access(Connection c, String user, String unit) throws SQLException {
        long version = relationsVersion(c);
        Map<UUID, boolean[]> rel = new HashMap<>();
        Map<UUID, Long> firstPos = new HashMap<>();
        collect(c, "SELECT case_id, first_pos FROM hq_case WHERE lead = ?", user, rel, firstPos, 0);
        collect(c, "SELECT t.case_id, k.first_pos FROM hq_case_team t LEFT JOIN hq_case k ON k.case_id = t.case_id"
                + " WHERE t.user_name = ?", user, rel, firstPos, 0);
        collect(c, "SELECT case_id, first_pos FROM hq_case WHERE unit_code = ?", unit, rel, firstPos, 1);
        collect(c, "SELECT p.case_id, k.first_pos FROM hq_case_party p LEFT JOIN hq_case k ON k.case_id = p.case_id"
                + " WHERE p.referred_to = ?", user, rel, firstPos, 2);
        Map<UUID, HqStore.RelatedCase> out = new HashMap<>();
        rel.forEach((k, v) -> out.put(k, new HqStore.RelatedCase(new CaseRelation(v[0], v[1], v[2]),
                firstPos.getOrDefault(k, 0L))));
        return new HqStore.Access(version, out);
    }

    private static void collect(Connection c, String sql, String arg, Map<UUID, boolean[]> rel,
            Map<UUID, Long> firstPos, int which) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    rel.computeIfAbsent(id, k -> new boolean[3])[which] = true;
                    long p = rs.getLong(2);
                    if (!rs.wasNull()) {
                        firstPos.put(id, p);
                    }
                }
            }
        }
    }

    static List<HqStore.FeedRow> recordsAfter(Connection c, long after, int limit) throws SQLException {
        List<HqStore.FeedRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, row_key, pos, deleted, case_id, person_id,"
                + " open_conflicts, created_by FROM hq_record WHERE pos > ? ORDER BY pos LIMIT ?")) {
            ps.setLong(1, after);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HqStore.FeedRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4),
                            rs.getObject(5, UUID.class), rs.getObject(6, UUID.class), rs.getInt(7),
                            rs.getObject(8, UUID.class)));
                }
            }
        }
        return out;
    }

    static List<HqStore.FeedRow> recordsOfPersons(Connection c, Collection<UUID> persons) throws SQLException {
        List<HqStore.FeedRow> out = new ArrayList<>();
        for (List<UUID> chunk : chunks(new ArrayList<>(persons))) {
            try (PreparedStatement ps = c.prepareStatement("SELECT table_name, row_key, pos, deleted, case_id,"
                    + " person_id, open_conflicts FROM hq_record WHERE person_id IN (" + marks(chunk.size())
                    + ") ORDER BY pos")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setObject(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new HqStore.FeedRow(rs.getString(1), rs.getString(2), rs.getLong(3),
                                rs.getBoolean(4), rs.getObject(5, UUID.class), rs.getObject(6, UUID.class),
                                rs.getInt(7)));
                    }
                }
            }
        }
        return out;
    }

    static Map<String, Map<String, String>> fields(Connection c, ValueSeal seal, Collection<HqStore.FeedRow> rows)
            throws SQLException {
        Map<String, Map<String, String>> out = new HashMap<>();
        keysOf(rows).query(c, "SELECT table_name, row_key, fields FROM hq_record WHERE table_name = ?"
                + " AND row_key = ANY(?)", rs -> out.put(rs.getString(1) + '\u0000' + rs.getString(2),
                        RecordFields.values(seal, rs.getString(1), rs.getString(2), rs.getString(3))));
        return out;
    }

    static Map<String, List<String>> conflictColumns(Connection c, Collection<HqStore.FeedRow> rows)
            throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        keysOf(rows.stream().filter(r -> r.openConflicts() > 0).toList()).query(c, "SELECT table_name, row_key, col"
                + " FROM hq_conflict WHERE table_name = ? AND row_key = ANY(?) AND resolved_at IS NULL ORDER BY col",
                rs -> out.computeIfAbsent(rs.getString(1) + '\u0000' + rs.getString(2), k -> new ArrayList<>())
                        .add(rs.getString(3)));
        return out;
    }

    private static RecordKeys keysOf(Collection<HqStore.FeedRow> rows) {
        RecordKeys keys = new RecordKeys();
        rows.forEach(r -> keys.add(r.table(), r.rowKey()));
        return keys;
    }

    static Map<UUID, List<HqStore.Party>> parties(Connection c, Collection<UUID> persons) throws SQLException {
        Map<UUID, List<HqStore.Party>> out = new HashMap<>();
        for (List<UUID> chunk : chunks(new ArrayList<>(persons))) {
            try (PreparedStatement ps = c.prepareStatement("SELECT person_id, case_id, referred_to FROM hq_case_party"
                    + " WHERE person_id IN (" + marks(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setObject(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                                .add(new HqStore.Party(rs.getObject(2, UUID.class), rs.getString(3)));
                    }
                }
            }
        }
        return out;
    }

    static Map<UUID, String> pseudonyms(Connection c, ValueSeal seal, Collection<UUID> persons) throws SQLException {
        Map<UUID, String> out = new HashMap<>();
        for (List<UUID> chunk : chunks(new ArrayList<>(persons))) {
            try (PreparedStatement ps = c.prepareStatement("SELECT person_id, fields, row_key FROM hq_record"
                    + " WHERE table_name = 'person' AND fields IS NOT NULL AND person_id IN (" + marks(chunk.size())
                    + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setObject(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String pseudonym = RecordFields.values(seal, "person", rs.getString(3), rs.getString(2))
                                .get("pseudonym");
                        if (pseudonym != null) {
                            out.put(rs.getObject(1, UUID.class), pseudonym);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_LIST) {
            out.add(all.subList(i, Math.min(all.size(), i + IN_LIST)));
        }
        return out;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
