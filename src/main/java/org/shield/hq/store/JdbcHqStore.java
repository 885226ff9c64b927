package org.shield.hq.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.shield.application.common.StorageException;
import org.shield.application.common.UserMessage;
import org.shield.application.sync.DeviceState;
import org.shield.application.sync.DeviceSummary;
import org.shield.hq.HqStore;

/** {@link HqStore} in plain JDBC: the same statements on PostgreSQL and H2 (ADR 0019). One transaction a call. */
public final class JdbcHqStore implements HqStore {
    private final DataSource ds;
    private final ValueSeal seal;
    private final java.util.function.LongSupplier commitPauseMillis;

    /** Over {@code ds}, sealing what it stores about people with {@code seal} (HQ's value key, {@link HqValueKey}). */
    public JdbcHqStore(DataSource ds, ValueSeal seal) {
        this(ds, seal, () -> 0);
    }

    /**
     * With a pause between a push's merge and its commit, taken from {@code commitPauseMillis}: for tests that the
     * change feed never skips a change that commits late (ADR 0019). Production passes none.
     */
    public JdbcHqStore(DataSource ds, ValueSeal seal, java.util.function.LongSupplier commitPauseMillis) {
        this.ds = ds;
        this.seal = seal;
        this.commitPauseMillis = commitPauseMillis;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T tx(Work<T> work) throws StorageException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** A storage failure as the user is told of it: a value that does not open, or the database. */
    static StorageException failure(SQLException e) {
        // a value that does not open is never taken as plaintext; the message names no value
        return new StorageException(new UserMessage(e instanceof SealException ? "hq.error.valueSealBroken"
                : "hq.error.database"), e);
    }

    private static Timestamp ts(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    @Override
    public boolean hasAnyUser() throws StorageException {
        return tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM hq_user");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    @Override
    public void addUser(String name, String role, String passphraseHash, Instant at) throws StorageException {
        tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO hq_user (name, role, passphrase_hash, created_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, role);
                ps.setString(3, passphraseHash);
                ps.setTimestamp(4, ts(at));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<String> passphraseHash(String name) throws StorageException {
        return tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT passphrase_hash FROM hq_user WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * The administrator's passphrase changed ({@code hq passwd}), in one transaction: the value key wrapped under
     * the new one replaces {@code expectedWrapped}, their sign-in hash is replaced, their sessions end, and HQ's
     * audit trail says so. False, and nothing changed, if the stored wrapping is no longer {@code expectedWrapped}
     * (another change committed meanwhile).
     */
    public boolean changeAdministratorPassphrase(String admin, String expectedWrapped, String rewrapped,
            String passphraseHash, Instant at) throws StorageException {
        return tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE hq_value_key SET wrapped = ? WHERE id = 1 AND wrapped = ?")) {
                ps.setString(1, rewrapped);
                ps.setString(2, expectedWrapped);
                if (ps.executeUpdate() != 1) {
                    c.rollback();
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE hq_user SET passphrase_hash = ? WHERE name = ?")) {
                ps.setString(1, passphraseHash);
                ps.setString(2, admin);
                if (ps.executeUpdate() != 1) {
                    c.rollback();
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM hq_session WHERE user_name = ?")) {
                ps.setString(1, admin);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO hq_audit (at, actor, device_id, action, detail) VALUES (?, ?, NULL, ?, NULL)")) {
                ps.setTimestamp(1, ts(at));
                ps.setString(2, admin);
                ps.setString(3, "AdministratorPassphraseChanged");
                ps.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public void addSession(String tokenHash, String userName, Instant expiresAt) throws StorageException {
        tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO hq_session (token_hash, user_name, expires_at) VALUES (?, ?, ?)")) {
                ps.setString(1, tokenHash);
                ps.setString(2, userName);
                ps.setTimestamp(3, ts(expiresAt));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<String> sessionUser(String tokenHash, Instant now) throws StorageException {
        return tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT user_name FROM hq_session WHERE token_hash = ? AND expires_at > ?")) {
                ps.setString(1, tokenHash);
                ps.setTimestamp(2, ts(now));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void addCode(String codeHash, String userName, String role, String unitCode, String issuedBy,
            Instant issuedAt, Instant expiresAt) throws StorageException {
        tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO hq_enrolment_code (code_hash, user_name, role,"
                    + " unit_code, issued_by, issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, codeHash);
                ps.setString(2, userName);
                ps.setString(3, role);
                ps.setString(4, unitCode);
                ps.setString(5, issuedBy);
                ps.setTimestamp(6, ts(issuedAt));
                ps.setTimestamp(7, ts(expiresAt));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<CodeGrant> enrol(String codeHash, String userName, Instant now, UUID deviceId, String publicKey,
            String tokenHash) throws StorageException {
        return tx(c -> {
            CodeGrant grant;
            try (PreparedStatement ps = c.prepareStatement("SELECT user_name, role, unit_code FROM hq_enrolment_code"
                    + " WHERE code_hash = ? AND user_name = ? AND used_at IS NULL AND expires_at > ? FOR UPDATE")) {
                ps.setString(1, codeHash);
                ps.setString(2, userName);
                ps.setTimestamp(3, ts(now));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    grant = new CodeGrant(rs.getString(1), rs.getString(2), rs.getString(3));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE hq_enrolment_code SET used_at = ?, device_id = ?"
                    + " WHERE code_hash = ? AND used_at IS NULL")) {
                ps.setTimestamp(1, ts(now));
                ps.setObject(2, deviceId);
                ps.setString(3, codeHash);
                if (ps.executeUpdate() != 1) {
                    return Optional.empty(); // another enrolment took it first
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO hq_device (id, user_name, role, unit_code,"
                    + " public_key, token_hash, state, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, deviceId);
                ps.setString(2, grant.userName());
                ps.setString(3, grant.role());
                ps.setString(4, grant.unitCode());
                ps.setString(5, publicKey);
                ps.setString(6, tokenHash);
                ps.setString(7, DeviceState.Active.name());
                ps.setTimestamp(8, ts(now));
                ps.executeUpdate();
            }
            return Optional.of(grant);
        });
    }

    @Override
    public List<DeviceSummary> devices() throws StorageException {
        return tx(c -> {
            List<DeviceSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, user_name, role, unit_code, state, enrolled_at,"
                    + " last_seen_at, marked_lost_at, shred_reported_at, stored_seq, clock_offset_ms, clock_flagged_at"
                    + " FROM hq_device ORDER BY enrolled_at, id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long offset = rs.getLong("clock_offset_ms");
                    Long clockOffset = rs.wasNull() ? null : offset;
                    out.add(new DeviceSummary(rs.getObject("id", UUID.class), rs.getString("user_name"),
                            rs.getString("role"), rs.getString("unit_code"), DeviceState.valueOf(rs.getString("state")),
                            instant(rs, "enrolled_at"), instant(rs, "last_seen_at"), instant(rs, "marked_lost_at"),
                            instant(rs, "shred_reported_at"), rs.getLong("stored_seq"), clockOffset,
                            rs.getTimestamp("clock_flagged_at") != null));
                }
            }
            return out;
        });
    }

    @Override
    public boolean markLost(UUID deviceId, String by, Instant at) throws StorageException {
        return tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE hq_device SET state = ?, marked_lost_at = ?,"
                    + " marked_lost_by = ? WHERE id = ? AND state = ?")) {
                ps.setString(1, DeviceState.Lost.name());
                ps.setTimestamp(2, ts(at));
                ps.setString(3, by);
                ps.setObject(4, deviceId);
                ps.setString(5, DeviceState.Active.name());
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<Device> contact(String tokenHash, Instant now) throws StorageException {
        return tx(c -> {
            Device d;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, user_name, role, unit_code, public_key, state"
                    + " FROM hq_device WHERE token_hash = ?")) {
                ps.setString(1, tokenHash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    d = new Device(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), DeviceState.valueOf(rs.getString(6)));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE hq_device SET last_seen_at = ? WHERE id = ?")) {
                ps.setTimestamp(1, ts(now));
                ps.setObject(2, d.id());
                ps.executeUpdate();
            }
            return Optional.of(d);
        });
    }

    @Override
    public void shredReported(UUID deviceId, Instant at) throws StorageException {
        tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE hq_device SET state = ?, shred_reported_at = ? WHERE id = ? AND state IN (?, ?)")) {
                ps.setString(1, DeviceState.Shredded.name());
                ps.setTimestamp(2, ts(at));
                ps.setObject(3, deviceId);
                ps.setString(4, DeviceState.Lost.name());
                ps.setString(5, DeviceState.Shredded.name());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void audit(Instant at, String actor, UUID deviceId, String action, String detail) throws StorageException {
        tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO hq_audit (at, actor, device_id, action, detail) VALUES (?, ?, ?, ?, ?)")) {
                ps.setTimestamp(1, ts(at));
                ps.setString(2, actor);
                ps.setObject(3, deviceId);
                ps.setString(4, action);
                ps.setString(5, detail);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public PushOutcome push(Device device, List<Incoming> changes, Instant now, long clockOffsetMs,
            boolean clockFlagged) throws StorageException {
        return tx(c -> {
            PushOutcome o = new PushWriter(c, seal, device, now).push(changes, clockOffsetMs, clockFlagged);
            long pause = commitPauseMillis.getAsLong();
            if (pause > 0) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("interrupted", e);
                }
            }
            return o;
        });
    }

    @Override
    public Access access(String user, String unit) throws StorageException {
        return tx(c -> FeedReader.access(c, user, unit));
    }

    @Override
    public long relationsVersion() throws StorageException {
        return tx(FeedReader::relationsVersion);
    }

    @Override
    public List<FeedRow> recordsAfter(long after, int limit) throws StorageException {
        return tx(c -> FeedReader.recordsAfter(c, after, limit));
    }

    @Override
    public List<FeedRow> recordsOfPersons(java.util.Collection<UUID> persons) throws StorageException {
        return tx(c -> FeedReader.recordsOfPersons(c, persons));
    }

    @Override
    public Map<String, Map<String, String>> fields(java.util.Collection<FeedRow> rows) throws StorageException {
        return tx(c -> FeedReader.fields(c, seal, rows));
    }

    @Override
    public Map<String, List<String>> conflictColumns(java.util.Collection<FeedRow> rows) throws StorageException {
        return tx(c -> FeedReader.conflictColumns(c, rows));
    }

    @Override
    public Map<UUID, List<Party>> parties(java.util.Collection<UUID> persons) throws StorageException {
        return tx(c -> FeedReader.parties(c, persons));
    }

    @Override
    public Map<UUID, String> pseudonyms(java.util.Collection<UUID> persons) throws StorageException {
        return tx(c -> FeedReader.pseudonyms(c, seal, persons));
    }

    @Override
    public Optional<UUID> epoch(UUID device) throws StorageException {
        return tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT sync_epoch FROM hq_device WHERE id = ?")) {
                ps.setObject(1, device);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getObject(1, UUID.class)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean advanceEpoch(UUID device, UUID from, UUID to) throws StorageException {
        return tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(from == null
                    ? "UPDATE hq_device SET sync_epoch = ? WHERE id = ? AND sync_epoch IS NULL"
                    : "UPDATE hq_device SET sync_epoch = ? WHERE id = ? AND sync_epoch = ?")) {
                ps.setObject(1, to);
                ps.setObject(2, device);
                if (from != null) {
                    ps.setObject(3, from);
                }
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public long resync(UUID device) throws StorageException {
        return tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE hq_device SET sync_epoch = NULL WHERE id = ?")) {
                ps.setObject(1, device);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT stored_seq FROM hq_device WHERE id = ?")) {
                ps.setObject(1, device);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    @Override
    public List<OpenConflict> openConflicts() throws StorageException {
        return tx(c -> ConflictStore.open(c, seal));
    }

    @Override
    public Map<UUID, String> leads(java.util.Collection<UUID> cases) throws StorageException {
        return tx(c -> ConflictStore.leads(c, cases));
    }

    @Override
    public boolean resolve(UUID conflictId, String value, UUID device, String user, Instant now)
            throws StorageException {
        return tx(c -> ConflictStore.resolve(c, seal, conflictId, value, device, user, now));
    }

    @Override
    public Optional<String[]> tls() throws StorageException {
        return tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT keystore, password FROM hq_tls WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new String[] {rs.getString(1),
                        seal.open(rs.getString(2), ValueSeal.tlsPassword())}) : Optional.empty();
            }
        });
    }

    @Override
    public boolean saveTls(String keystore, String password, String fingerprint, Instant at) throws StorageException {
        try {
            return tx(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO hq_tls (id, keystore, password,"
                        + " fingerprint, created_at) VALUES (1, ?, ?, ?, ?)")) {
                    ps.setString(1, keystore);
                    ps.setString(2, seal.seal(password, ValueSeal.tlsPassword()));
                    ps.setString(3, fingerprint);
                    ps.setTimestamp(4, ts(at));
                    ps.executeUpdate();
                }
                return true;
            });
        } catch (StorageException e) {
            if (tls().isPresent()) {
                return false; // another process stored one first: use that
            }
            throw e;
        }
    }

    @Override
    public Optional<ContentState> content(String sha256) throws StorageException {
        return tx(c -> ContentChunks.state(c, sha256, false));
    }

    @Override
    public Optional<ContentState> contentFor(String sha256, UUID device) throws StorageException {
        return tx(c -> ContentChunks.stateFor(c, sha256, device));
    }

    @Override
    public ChunkResult appendChunk(String sha256, long size, long offset, byte[] data, UUID device, Instant now)
            throws StorageException {
        return tx(c -> ContentChunks.append(c, seal, sha256, size, offset, data, device, now));
    }

    @Override
    public int dropAbandonedUploads(Instant cutoff) throws StorageException {
        return tx(c -> ContentChunks.dropAbandoned(c, cutoff));
    }

    @Override
    public byte[] contentRange(String sha256, long from, int length) throws StorageException {
        return tx(c -> ContentChunks.range(c, seal, sha256, from, length));
    }

    @Override
    public boolean exhibitHashFrom(UUID device, String sha256) throws StorageException {
        return tx(c -> ContentChunks.hashFrom(c, device, sha256));
    }

    @Override
    public List<FeedRow> exhibitsWithHash(String sha256, boolean uploaderOnly) throws StorageException {
        return tx(c -> ContentChunks.exhibitsWithHash(c, sha256, uploaderOnly));
    }
}
