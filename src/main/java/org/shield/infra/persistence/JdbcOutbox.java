package org.shield.infra.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.jdbc.ReturningWork;
import org.shield.application.sync.Change;
import org.shield.application.sync.Hlc;
import org.shield.application.sync.Outbox;
import org.shield.application.sync.OutboxState;
import org.shield.application.sync.SyncLogEntry;

/** The outbox filled by {@link OutboxTrigger}, read and trimmed in the current transaction's connection. */
public final class JdbcOutbox implements Outbox {
    private final SessionContext context;

    JdbcOutbox(SessionContext context) {
        this.context = context;
    }

    private <T> T jdbc(ReturningWork<T> work) {
        context.current().flush();
        return context.current().doReturningWork(work);
    }

    @Override
    public long pending() {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sync_outbox");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public List<Change> next(long after, int max, int maxChars) {
        return jdbc(c -> {
            List<Change> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, change_id, table_name, row_key, op, changes, at"
                    + " FROM sync_outbox WHERE seq > ? ORDER BY seq LIMIT ?")) {
                ps.setLong(1, after);
                ps.setInt(2, max);
                try (ResultSet rs = ps.executeQuery()) {
                    long chars = 0;
                    while (rs.next()) {
                        String changes = rs.getString(6);
                        chars += changes.length();
                        if (!out.isEmpty() && chars > maxChars) {
                            break;
                        }
                        out.add(new Change(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                                rs.getString(4), rs.getString(5), changes,
                                rs.getObject(7, OffsetDateTime.class).toInstant(), null));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void acknowledged(long seq, Hlc hlc, Instant at) {
        jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_outbox WHERE seq <= ?")) {
                ps.setLong(1, seq);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE sync_state SET acked_seq = GREATEST(acked_seq, ?),"
                    + " hlc = CASE WHEN ? > acked_seq THEN ? ELSE hlc END, last_push_at = ? WHERE id = 1")) {
                ps.setLong(1, seq);
                ps.setLong(2, seq);
                ps.setString(3, hlc.toString());
                ps.setObject(4, at.atOffset(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public OutboxState state() {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT acked_seq, hlc, last_push_at, snapshot_needed FROM sync_state WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("sync_state is missing its row");
                }
                OffsetDateTime last = rs.getObject(3, OffsetDateTime.class);
                return new OutboxState(rs.getLong(1), Hlc.parse(rs.getString(2)), last == null ? null
                        : last.toInstant(), rs.getBoolean(4));
            }
        });
    }

    @Override
    public long snapshotIfNeeded() {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT snapshot_needed FROM sync_state WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return 0L;
                }
            }
            long n = 0;
            for (String table : OutboxTrigger.TABLES) {
                n += OutboxTrigger.snapshot(c, table);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE sync_state SET snapshot_needed = FALSE WHERE id = 1")) {
                ps.executeUpdate();
            }
            return n;
        });
    }

    @Override
    public void log(Instant at, String outcome, long pushed, long pulled, int conflicts, String detail) {
        jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO sync_log (at, outcome, pushed, pulled, conflicts, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, at.atOffset(ZoneOffset.UTC));
                ps.setString(2, outcome);
                ps.setLong(3, pushed);
                ps.setLong(4, pulled);
                ps.setInt(5, conflicts);
                ps.setString(6, detail);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<SyncLogEntry> log(int limit) {
        return jdbc(c -> {
            List<SyncLogEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT at, outcome, pushed, pulled, conflicts, detail"
                    + " FROM sync_log ORDER BY id DESC FETCH FIRST ? ROWS ONLY")) {
                ps.setInt(1, Math.max(1, limit));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SyncLogEntry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                                rs.getLong(3), rs.getLong(4), rs.getInt(5), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Instant lastCompleted() {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT MAX(at) FROM sync_log WHERE outcome = 'Done'"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                OffsetDateTime at = rs.getObject(1, OffsetDateTime.class);
                return at == null ? null : at.toInstant();
            }
        });
    }
}
