package org.shield.hq.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.shield.application.common.StorageException;

/**
 * Seals, at HQ's start, every value a version of HQ before sealing wrote in plaintext (ADR 0019, "HQ encrypts values
 * at rest"). Each table is walked in order of its key, {@value #BATCH} rows at a time, each batch in its own
 * transaction; a value is replaced only while it is still unsealed ({@code NOT LIKE '~%'}, chunks {@code sealed =
 * FALSE}), so two HQ processes starting together, a push sealing a newer value meanwhile, or a start killed half way
 * and run again, all end with every value sealed once. When a start has walked every table, {@code hq_seal_state}
 * says so (migration V11) and later starts skip the walk. Field rows ({@code hq_field}) are not walked here: they are
 * folded, plaintext or not, into their records' one sealed value ({@link RecordFieldsFold}).
 */
public final class LegacySealing {
    static final int BATCH = 500;
    private static final int CHUNKS_PER_COMMIT = 4;

    /** A text column: where its rows come from, their key, the value and the columns naming its place. */
    private record Text(String from, List<String> key, String table, List<String> keyColumns, String val,
            String valColumn, List<String> place, Function<String[], byte[]> aad) {
    }

    private static final List<Text> TEXTS = List.of(
            new Text("hq_field_history", List.of("id"), "hq_field_history", List.of("id"), "val", "val",
                    List.of("table_name", "row_key", "col"), p -> ValueSeal.history(p[0], p[1], p[2])),
            new Text("hq_conflict_value v JOIN hq_conflict k ON k.id = v.conflict_id",
                    List.of("v.conflict_id", "v.device_id"), "hq_conflict_value", List.of("conflict_id", "device_id"),
                    "v.val", "val", List.of("k.table_name", "k.row_key", "k.col"),
                    p -> ValueSeal.competing(p[0], p[1], p[2])),
            new Text("hq_conflict", List.of("id"), "hq_conflict", List.of("id"), "resolution", "resolution",
                    List.of("table_name", "row_key", "col"), p -> ValueSeal.resolution(p[0], p[1], p[2])),
            new Text("hq_change", List.of("change_id"), "hq_change", List.of("change_id"), "changes", "changes",
                    List.of("change_id"), p -> ValueSeal.change(UUID.fromString(p[0]))),
            new Text("hq_tls", List.of("id"), "hq_tls", List.of("id"), "password", "password", List.of("id"),
                    p -> ValueSeal.tlsPassword()));

    private LegacySealing() {
    }

    /** Seals every unsealed value; returns how many this process sealed (0 once a start has sealed them all). */
    public static int sealAll(DataSource ds, ValueSeal seal) throws StorageException {
        try {
            if (done(ds)) {
                return 0;
            }
            int sealed = 0;
            for (Text t : TEXTS) {
                sealed += sealText(ds, seal, t);
            }
            sealed += sealChunks(ds, seal);
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                update(c, "UPDATE hq_seal_state SET legacy_sealed = TRUE WHERE id = 1");
                c.commit();
            }
            return sealed;
        } catch (SQLException e) {
            throw JdbcHqStore.failure(e);
        }
    }

    private static boolean done(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT legacy_sealed FROM hq_seal_state WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static int sealText(DataSource ds, ValueSeal seal, Text t) throws SQLException {
        String keys = String.join(", ", t.key());
        String select = "SELECT " + keys + ", " + t.val() + ", " + String.join(", ", t.place()) + " FROM " + t.from()
                + " WHERE " + t.val() + " IS NOT NULL AND " + t.val() + " NOT LIKE '~%'";
        String order = " ORDER BY " + keys + " LIMIT " + BATCH;
        String after = " AND (" + keys + ") > (" + marks(t.key().size()) + ")";
        String update = "UPDATE " + t.table() + " SET " + t.valColumn() + " = ? WHERE "
                + String.join(" = ? AND ", t.keyColumns()) + " = ? AND " + t.valColumn() + " NOT LIKE '~%'";
        int n = t.key().size();
        int sealed = 0;
        Object[] last = null;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            while (true) {
                List<Object[]> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(select + (last == null ? "" : after) + order)) {
                    for (int i = 0; last != null && i < n; i++) {
                        ps.setObject(i + 1, last[i]);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Object[] row = new Object[n + 1];
                            for (int i = 0; i < n; i++) {
                                row[i] = rs.getObject(i + 1);
                            }
                            String[] place = new String[t.place().size()];
                            for (int i = 0; i < place.length; i++) {
                                place[i] = rs.getString(n + 2 + i);
                            }
                            row[n] = seal.seal(rs.getString(n + 1), t.aad().apply(place));
                            rows.add(row);
                        }
                    }
                }
                if (rows.isEmpty()) {
                    c.commit();
                    return sealed;
                }
                try (PreparedStatement ps = c.prepareStatement(update)) {
                    for (Object[] row : rows) {
                        ps.setString(1, (String) row[n]);
                        for (int i = 0; i < n; i++) {
                            ps.setObject(i + 2, row[i]);
                        }
                        ps.addBatch();
                    }
                    for (int count : ps.executeBatch()) {
                        sealed += Math.max(count, 0);
                    }
                }
                c.commit();
                last = rows.get(rows.size() - 1);
            }
        }
    }

    /** Chunks one at a time (each up to 8 MiB), under the chunk's row lock, a few to a transaction. */
    private static int sealChunks(DataSource ds, ValueSeal seal) throws SQLException {
        int sealed = 0;
        String lastSha = null;
        long lastStart = 0;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            while (true) {
                List<Object[]> keys = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT sha256, chunk_start FROM hq_content_chunk"
                        + " WHERE sealed = FALSE" + (lastSha == null ? "" : " AND (sha256, chunk_start) > (?, ?)")
                        + " ORDER BY sha256, chunk_start LIMIT " + BATCH)) {
                    if (lastSha != null) {
                        ps.setString(1, lastSha);
                        ps.setLong(2, lastStart);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            keys.add(new Object[] {rs.getString(1), rs.getLong(2)});
                        }
                    }
                }
                c.commit();
                if (keys.isEmpty()) {
                    return sealed;
                }
                int inTx = 0;
                for (Object[] k : keys) {
                    sealed += sealChunk(c, seal, (String) k[0], (Long) k[1]);
                    if (++inTx % CHUNKS_PER_COMMIT == 0) {
                        c.commit();
                    }
                }
                c.commit();
                lastSha = (String) keys.get(keys.size() - 1)[0];
                lastStart = (Long) keys.get(keys.size() - 1)[1];
            }
        }
    }

    private static int sealChunk(Connection c, ValueSeal seal, String sha256, long start) throws SQLException {
        byte[] data;
        try (PreparedStatement ps = c.prepareStatement("SELECT data FROM hq_content_chunk WHERE sha256 = ?"
                + " AND chunk_start = ? AND sealed = FALSE FOR UPDATE")) {
            ps.setString(1, sha256);
            ps.setLong(2, start);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return 0; // sealed by another process meanwhile, or dropped
                }
                data = rs.getBytes(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE hq_content_chunk SET data = ?, sealed = TRUE"
                + " WHERE sha256 = ? AND chunk_start = ? AND sealed = FALSE")) {
            ps.setBytes(1, seal.sealBytes(data, ValueSeal.chunk(sha256, start)));
            ps.setString(2, sha256);
            ps.setLong(3, start);
            return ps.executeUpdate();
        }
    }

    private static void update(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
