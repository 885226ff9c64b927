package org.shield.hq.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.StorageException;
import org.shield.application.common.UserMessage;
import org.shield.application.security.DataKey;

/**
 * HQ's value key ({@code hq_value_key}, migration V10), which {@link ValueSeal} seals values with: made at the first
 * start, kept in the database only wrapped under the administrator's passphrase. The wrapping itself is not HQ's:
 * {@code bootstrap} hands it in ({@link Wrapping}, done by {@code infra.vault}). Two processes first starting on one
 * empty database both insert the row; one insert wins and the other process unwraps the winner's key.
 */
public final class HqValueKey {
    /** Wraps and unwraps a key under the passphrase HQ was started with. */
    public interface Wrapping {
        String wrap(DataKey key) throws ApplicationException;

        /** The key; a {@link org.shield.application.common.WrongPassphraseException} for another passphrase. */
        DataKey unwrap(String wrapped) throws ApplicationException;
    }

    private final DataSource ds;

    public HqValueKey(DataSource ds) {
        this.ds = ds;
    }

    /** Whether the value key was made already. */
    public boolean exists() throws StorageException {
        return wrapped().isPresent();
    }

    /**
     * The value key: unwrapped from the database, or, at the first start, made, wrapped and stored (or, if another
     * process stored one first, that one). The caller destroys it.
     */
    public DataKey open(Wrapping wrapping, Instant now) throws ApplicationException {
        Optional<String> held = wrapped();
        if (held.isPresent()) {
            return wrapping.unwrap(held.get());
        }
        byte[] raw = new byte[DataKey.LENGTH];
        new SecureRandom().nextBytes(raw);
        DataKey made = new DataKey(raw);
        Arrays.fill(raw, (byte) 0);
        String mine = wrapping.wrap(made);
        if (insert(mine, now)) {
            return made;
        }
        made.destroy();
        held = wrapped();
        if (held.isEmpty()) {
            throw new StorageException(new UserMessage("hq.error.database"));
        }
        return wrapping.unwrap(held.get()); // another process made it first
    }

    /** The value key as stored, wrapped; empty before HQ's first start on this database. */
    public Optional<String> wrapped() throws StorageException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT wrapped FROM hq_value_key WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new StorageException(new UserMessage("hq.error.database"), e);
        }
    }

    /** True if this insert made the row; false if one was there (the primary key refused a second). */
    private boolean insert(String wrapped, Instant now) throws StorageException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO hq_value_key (id, wrapped, created_at) VALUES (1, ?, ?)")) {
                ps.setString(1, wrapped);
                ps.setTimestamp(2, Timestamp.from(now));
                ps.executeUpdate();
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                return false; // a second insert fails on the key; the caller reads the winner (or fails if none)
            }
        } catch (SQLException e) {
            throw new StorageException(new UserMessage("hq.error.database"), e);
        }
    }
}
