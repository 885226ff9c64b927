package org.shield.infra.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes H2's pending changes to the vault file before a write is reported as done. Uses H2's engine classes
 * (the embedded engine is ours and pinned in the pom), because no SQL statement does exactly this:
 * {@code CHECKPOINT} tries to compact first and stores only when that did nothing. If the
 * connection is not an embedded H2 one, falls back to {@code CHECKPOINT}. See ADR 0004.
 */
final class H2Stores {
    private H2Stores() {
    }

    /** Stores every unsaved change of the database behind {@code c} in its file (waits for a running store). */
    static void commitToFile(Connection c) throws SQLException {
        org.h2.mvstore.MVStore store = mvStore(c);
        if (store == null) {
            try (Statement st = c.createStatement()) {
                st.execute("CHECKPOINT");
            }
            return;
        }
        // no compaction here: compacting after each write (as CHECKPOINT does) lost several acknowledged
        // writes to a kill in the crash test; freed chunks are reused after H2's retention time anyway
        store.commit();
    }

    private static org.h2.mvstore.MVStore mvStore(Connection c) throws SQLException {
        if (!c.isWrapperFor(org.h2.jdbc.JdbcConnection.class)) {
            return null;
        }
        var session = c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
        if (!(session instanceof org.h2.engine.SessionLocal local)) {
            return null;
        }
        var store = local.getDatabase().getStore();
        return store == null ? null : store.getMvStore();
    }
}
