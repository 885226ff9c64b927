package org.shield.hq.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.hq.HqStore;

/**
 * Exhibit content at HQ (ADR 0019, migration V6): chunks appended at the offset HQ holds, the whole content hashed
 * again when its last byte arrives, ranges read back. Statements for {@link JdbcHqStore}, each inside its caller's
 * transaction; the same SQL on PostgreSQL and H2.
 */
final class ContentChunks {
    private ContentChunks() {
    }

    static Optional<HqStore.ContentState> state(Connection c, String sha256, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT size_bytes, held_bytes, complete FROM hq_content"
                + " WHERE sha256 = ?" + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new HqStore.ContentState(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)))
                        : Optional.empty();
            }
        }
    }

    /** How long an upload may stand still before another device holding the same content may take it over. */
    static final java.time.Duration IDLE_UPLOAD = java.time.Duration.ofMinutes(15);

    /**
     * The content as {@code device} may resume it: another device's unfinished upload counts as nothing held, and so
     * does accepted content that another device uploaded, until this device has proved it holds the same bytes: then
     * its proof so far, as if it were an upload of its own (V15).
     */
    static Optional<HqStore.ContentState> stateFor(Connection c, String sha256, UUID device) throws SQLException {
        HqStore.ContentState s;
        try (PreparedStatement ps = c.prepareStatement("SELECT size_bytes, held_bytes, complete, device_id"
                + " FROM hq_content WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                s = new HqStore.ContentState(rs.getLong(1), rs.getLong(2), rs.getBoolean(3));
                if (device.equals(rs.getObject(4, UUID.class))) {
                    return Optional.of(s);
                }
            }
        }
        if (!s.complete()) {
            return Optional.empty();
        }
        return proof(c, sha256, device).map(p -> p.complete ? new HqStore.ContentState(p.size, p.size, true)
                : new HqStore.ContentState(p.size, p.proven, false));
    }

    /** A device's proof that it holds content another device uploaded: how far its bytes matched (V15). */
    private record Proof(long size, long proven, boolean matches, boolean complete) {
    }

    private static Optional<Proof> proof(Connection c, String sha256, UUID device) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT size_bytes, proven_bytes, matches, complete"
                + " FROM hq_content_proof WHERE sha256 = ? AND device_id = ?")) {
            ps.setString(1, sha256);
            ps.setObject(2, device);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Proof(rs.getLong(1), rs.getLong(2), rs.getBoolean(3),
                        rs.getBoolean(4))) : Optional.empty();
            }
        }
    }

    /**
     * A chunk of content HQ accepted from another device, sent by {@code device} to prove that it holds the same bytes
     * (ADR 0019, "A second device proves it holds the bytes"). Called with the content's row locked. Nothing of the
     * chunk is kept: it is compared with the bytes HQ holds at that offset and only how far the device got, and
     * whether every byte so far matched, is written. The answers are those an upload of new content gets, in the same
     * order (a mismatch is told only when the last byte arrives, as a whole hash that differs), so that a device learns
     * nothing from them about what HQ holds. Every byte matched: {@link HqStore.ChunkOutcome#PROVEN}.
     */
    private static HqStore.ChunkResult prove(Connection c, ValueSeal seal, String sha256, long heldSize, long size,
            long offset, byte[] data, UUID device, Instant now) throws SQLException {
        Optional<Proof> found = proof(c, sha256, device);
        if (found.isPresent() && found.get().complete()) {
            return new HqStore.ChunkResult(HqStore.ChunkOutcome.COMPLETE_ALREADY, heldSize);
        }
        Proof p;
        if (found.isEmpty()) {
            if (offset != 0) {
                return new HqStore.ChunkResult(HqStore.ChunkOutcome.OFFSET, 0);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO hq_content_proof (sha256, device_id,"
                    + " size_bytes, proven_bytes, matches, complete, started_at, last_chunk_at)"
                    + " VALUES (?, ?, ?, 0, TRUE, FALSE, ?, ?)")) {
                ps.setString(1, sha256);
                ps.setObject(2, device);
                ps.setLong(3, size);
                ps.setTimestamp(4, Timestamp.from(now));
                ps.setTimestamp(5, Timestamp.from(now));
                ps.executeUpdate();
            }
            p = new Proof(size, 0, true, false);
        } else {
            p = found.get();
        }
        if (p.size() != size || offset + data.length > size) {
            return new HqStore.ChunkResult(HqStore.ChunkOutcome.SIZE, p.proven());
        }
        if (offset != p.proven()) {
            return new HqStore.ChunkResult(HqStore.ChunkOutcome.OFFSET, p.proven());
        }
        boolean matches = p.matches() && size == heldSize
                && java.util.Arrays.equals(data, range(c, seal, sha256, offset, data.length));
        long reached = offset + data.length;
        if (reached < size) {
            update(c, "UPDATE hq_content_proof SET proven_bytes = ?, matches = ?, last_chunk_at = ?"
                    + " WHERE sha256 = ? AND device_id = ?", reached, matches, Timestamp.from(now), sha256, device);
            return new HqStore.ChunkResult(HqStore.ChunkOutcome.STORED, reached);
        }
        if (!matches) {
            update(c, "DELETE FROM hq_content_proof WHERE sha256 = ? AND device_id = ?", sha256, device);
            return new HqStore.ChunkResult(HqStore.ChunkOutcome.HASH_MISMATCH, 0);
        }
        update(c, "UPDATE hq_content_proof SET proven_bytes = ?, matches = TRUE, complete = TRUE, last_chunk_at = ?"
                + " WHERE sha256 = ? AND device_id = ?", reached, Timestamp.from(now), sha256, device);
        return new HqStore.ChunkResult(HqStore.ChunkOutcome.PROVEN, reached);
    }

    /** Who is sending an unfinished content and when a chunk of it last arrived, read under the row lock. */
    private static Object[] uploader(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT device_id, COALESCE(last_chunk_at, started_at) FROM hq_content WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Object[] {rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()};
            }
        }
    }

    static HqStore.ChunkResult append(Connection c, ValueSeal seal, String sha256, long size, long offset, byte[] data,
            UUID device, Instant now) throws SQLException {
        Optional<HqStore.ContentState> held = state(c, sha256, true);
        if (held.isEmpty()) {
            if (offset != 0) {
                return new HqStore.ChunkResult(HqStore.ChunkOutcome.OFFSET, 0);
            }
            // two first chunks at once: the second insert fails on the key and its sender asks again
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO hq_content (sha256, size_bytes, held_bytes,"
                    + " complete, device_id, started_at, last_chunk_at) VALUES (?, ?, 0, FALSE, ?, ?, ?)")) {
                ps.setString(1, sha256);
                ps.setLong(2, size);
                ps.setObject(3, device);
                ps.setTimestamp(4, Timestamp.from(now));
                ps.setTimestamp(5, Timestamp.from(now));
                ps.executeUpdate();
            }
            held = state(c, sha256, true);
        }
        HqStore.ContentState s = held.orElseThrow();
        Object[] by = uploader(c, sha256);
        if (s.complete()) {
            return device.equals(by[0]) ? new HqStore.ChunkResult(HqStore.ChunkOutcome.COMPLETE_ALREADY, s.held())
                    : prove(c, seal, sha256, s.size(), size, offset, data, device, now);
        }
        if (!device.equals(by[0])) {
            // one device sends the whole of a content; an upload left standing is handed over when restarted at 0
            if (offset != 0 || ((Instant) by[1]).plus(IDLE_UPLOAD).isAfter(now)) {
                return new HqStore.ChunkResult(HqStore.ChunkOutcome.BUSY, 0);
            }
            update(c, "DELETE FROM hq_content_chunk WHERE sha256 = ?", sha256);
            try (PreparedStatement ps = c.prepareStatement("UPDATE hq_content SET size_bytes = ?, held_bytes = 0,"
                    + " device_id = ?, started_at = ?, last_chunk_at = ? WHERE sha256 = ?")) {
                ps.setLong(1, size);
                ps.setObject(2, device);
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setTimestamp(4, Timestamp.from(now));
                ps.setString(5, sha256);
                ps.executeUpdate();
            }
            s = new HqStore.ContentState(size, 0, false);
        }
        if (s.size() != size || offset + data.length > size) {
            return new HqStore.ChunkResult(HqStore.ChunkOutcome.SIZE, s.held());
        }
        if (offset != s.held()) {
            return new HqStore.ChunkResult(HqStore.ChunkOutcome.OFFSET, s.held());
        }
        if (data.length > 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO hq_content_chunk (sha256, chunk_start,"
                    + " chunk_size, data, sealed) VALUES (?, ?, ?, ?, TRUE)")) {
                ps.setString(1, sha256);
                ps.setLong(2, offset);
                ps.setInt(3, data.length); // the plaintext's size: ranges are found by plaintext offsets
                ps.setBytes(4, seal.sealBytes(data, ValueSeal.chunk(sha256, offset)));
                ps.executeUpdate();
            }
        }
        long now2 = offset + data.length;
        if (now2 < size) {
            update(c, "UPDATE hq_content SET held_bytes = ?, last_chunk_at = ? WHERE sha256 = ?", now2,
                    Timestamp.from(now), sha256);
            return new HqStore.ChunkResult(HqStore.ChunkOutcome.STORED, now2);
        }
        if (!sha256.equals(rehash(c, seal, sha256))) {
            update(c, "DELETE FROM hq_content_chunk WHERE sha256 = ?", sha256);
            update(c, "DELETE FROM hq_content WHERE sha256 = ?", sha256);
            return new HqStore.ChunkResult(HqStore.ChunkOutcome.HASH_MISMATCH, 0);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE hq_content SET held_bytes = ?, complete = TRUE,"
                + " completed_at = ?, last_chunk_at = ? WHERE sha256 = ?")) {
            ps.setLong(1, now2);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setString(4, sha256);
            ps.executeUpdate();
        }
        return new HqStore.ChunkResult(HqStore.ChunkOutcome.ACCEPTED, now2);
    }

    /**
     * Drops the unfinished uploads that have stood still since before {@code cutoff}, chunks and all; returns how
     * many. Accepted content is never dropped here (its retention is the evidence's, not HQ's to decide).
     */
    static int dropAbandoned(Connection c, Instant cutoff) throws SQLException {
        List<String> stale = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sha256 FROM hq_content WHERE complete = FALSE"
                + " AND COALESCE(last_chunk_at, started_at) < ? FOR UPDATE")) {
            ps.setTimestamp(1, Timestamp.from(cutoff));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stale.add(rs.getString(1));
                }
            }
        }
        for (String sha : stale) {
            update(c, "DELETE FROM hq_content_chunk WHERE sha256 = ?", sha);
            update(c, "DELETE FROM hq_content WHERE sha256 = ? AND complete = FALSE", sha);
        }
        // a proof of possession left standing as long: its device starts again from the first byte
        int proofs;
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM hq_content_proof WHERE complete = FALSE AND last_chunk_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(cutoff));
            proofs = ps.executeUpdate();
        }
        return stale.size() + proofs;
    }

    /** SHA-256 over every chunk in order, read one chunk at a time so memory stays flat whatever the size. */
    private static String rehash(Connection c, ValueSeal seal, String sha256) throws SQLException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Long> starts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT chunk_start FROM hq_content_chunk WHERE sha256 = ? ORDER BY chunk_start")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    starts.add(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT data, sealed FROM hq_content_chunk WHERE sha256 = ? AND chunk_start = ?")) {
            for (long start : starts) {
                ps.setString(1, sha256);
                ps.setLong(2, start);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        md.update(plain(rs, 1, seal, sha256, start));
                    }
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Bytes {@code from} to {@code from + length} of a content: each chunk it overlaps is opened whole (a chunk is
     * sealed as one value) and sliced here; offsets are the plaintext's, as before sealing.
     */
    static byte[] range(Connection c, ValueSeal seal, String sha256, long from, int length) throws SQLException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.max(0, length));
        long end = from + length;
        try (PreparedStatement ps = c.prepareStatement("SELECT chunk_start, data, sealed FROM hq_content_chunk"
                + " WHERE sha256 = ? AND chunk_start < ? AND chunk_start + chunk_size > ? ORDER BY chunk_start")) {
            ps.setString(1, sha256);
            ps.setLong(2, end);
            ps.setLong(3, from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long start = rs.getLong(1);
                    byte[] data = plain(rs, 2, seal, sha256, start);
                    int a = (int) Math.max(0, from - start);
                    int b = (int) Math.min(data.length, end - start);
                    out.write(data, a, b - a);
                }
            }
        }
        return out.toByteArray();
    }

    /** A chunk's bytes from column {@code i} (and {@code sealed} after it), opened if sealed. */
    private static byte[] plain(ResultSet rs, int i, ValueSeal seal, String sha256, long start) throws SQLException {
        byte[] data = rs.getBytes(i);
        return rs.getBoolean(i + 1) ? seal.openBytes(data, ValueSeal.chunk(sha256, start)) : data;
    }

    static boolean hashFrom(Connection c, UUID device, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM hq_exhibit_content x JOIN hq_record r"
                + " ON r.table_name = 'exhibit' AND r.row_key = x.row_key"
                + " WHERE x.sha256 = ? AND (x.device_id = ? OR r.created_by = ?)")) {
            ps.setString(1, sha256);
            ps.setObject(2, device);
            ps.setObject(3, device);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static List<HqStore.FeedRow> exhibitsWithHash(Connection c, String sha256, boolean uploaderOnly)
            throws SQLException {
        List<HqStore.FeedRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.table_name, r.row_key, r.pos, r.deleted, r.case_id,"
                + " r.person_id, r.open_conflicts FROM hq_exhibit_content x JOIN hq_record r"
                + " ON r.table_name = 'exhibit' AND r.row_key = x.row_key"
                // only exhibits whose hash was set by a device that proved it held the bytes: the uploader, or one
                // that sent the same bytes again (V15)
                + (uploaderOnly ? " JOIN hq_content k ON k.sha256 = x.sha256 AND k.complete = TRUE" : "")
                + " WHERE x.sha256 = ? AND r.deleted = FALSE"
                + (uploaderOnly ? " AND (k.device_id = x.device_id OR EXISTS (SELECT 1 FROM hq_content_proof p"
                        + " WHERE p.sha256 = x.sha256 AND p.device_id = x.device_id AND p.complete = TRUE))" : "")
                + " ORDER BY r.pos")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HqStore.FeedRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4),
                            rs.getObject(5, UUID.class), rs.getObject(6, UUID.class), rs.getInt(7)));
                }
            }
        }
        return out;
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
