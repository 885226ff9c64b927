package org.shield.hq.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.shield.application.common.StorageException;
import org.shield.application.common.UserMessage;
import org.shield.application.security.DataKey;

/**
 * HQ's database: PostgreSQL when given a JDBC URL (any number of HQ processes may share it: no state lives in the
 * process), else an encrypted H2 file under the data directory (one process; the key is HQ's data key, wrapped
 * under the administrator's passphrase). Flyway applies {@code db/hq} to either, with its own history table.
 */
public final class HqDatabase implements AutoCloseable {
    static final String H2_NAME = "hq";
    private final HikariDataSource dataSource;
    private final boolean postgres;

    private HqDatabase(HikariDataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.postgres = postgres;
    }

    /** PostgreSQL (or any JDBC URL Flyway and the SQL support); user and password may be in the URL. */
    public static HqDatabase open(String jdbcUrl, String user, String password) throws StorageException {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(jdbcUrl);
        if (user != null) {
            cfg.setUsername(user);
        }
        if (password != null) {
            cfg.setPassword(password);
        }
        boolean postgres = jdbcUrl.startsWith("jdbc:postgresql:");
        if (postgres) {
            // a push writes thousands of rows in JDBC batches: sent as multi-row INSERTs, not one statement a row
            cfg.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return open(cfg, postgres);
    }

    /**
     * The encrypted H2 file {@code <dataDir>/hq.mv.db}, opened with a password derived from the data key. Commits are
     * durable at once and written to fresh space ({@code REUSE_SPACE=FALSE}), as for a vault (ADR 0004): with reuse a
     * {@code kill -9} could lose a commit HQ had already acknowledged, and the laptop would have forgotten it. The
     * file grows with every write; PostgreSQL is the HQ for more than one office.
     */
    public static HqDatabase openFile(Path dataDir, DataKey key) throws StorageException {
        HikariConfig cfg = new HikariConfig();
        Path file = dataDir.resolve(H2_NAME).toAbsolutePath();
        cfg.setJdbcUrl("jdbc:h2:file:" + file + ";CIPHER=AES;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0"
                + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;DB_CLOSE_ON_EXIT=FALSE");
        cfg.setUsername("HQ");
        cfg.setPassword(derive(key, "hq-h2-file") + " " + derive(key, "hq-h2-user"));
        return open(cfg, false);
    }

    private static HqDatabase open(HikariConfig cfg, boolean postgres) throws StorageException {
        cfg.setPoolName("hq");
        cfg.setMaximumPoolSize(8);
        cfg.setMinimumIdle(1);
        cfg.setAutoCommit(false);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(cfg);
        } catch (RuntimeException e) {
            throw new StorageException(new UserMessage(inUse(e) ? "hq.error.dataInUse" : "hq.error.database"), e);
        }
        try {
            Flyway flyway = migrations(ds).load();
            if (java.util.Arrays.stream(flyway.info().applied())
                    .anyMatch(m -> m.getState().name().startsWith("FUTURE"))) {
                // a newer HQ changed the schema (ADR 0020): this one would write what that one cannot read
                ds.close();
                throw new StorageException(new UserMessage("hq.error.databaseFromNewerHq"));
            }
            flyway.migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new StorageException(new UserMessage("hq.error.database"), e);
        }
        return new HqDatabase(ds, postgres);
    }

    /** H2's "database may be already in use" (90020): the file is open in a running HQ. */
    private static boolean inUse(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLException sql && sql.getErrorCode() == 90020) {
                return true;
            }
        }
        return false;
    }

    /** HQ's migrations, for either database: the SQL ones under {@code db/hq} and those written in Java. */
    public static org.flywaydb.core.api.configuration.FluentConfiguration migrations(DataSource ds) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/hq").table("hq_schema_history")
                .javaMigrations(new org.shield.hq.store.migration.V9__list_items_keyed_by_id());
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public boolean isPostgres() {
        return postgres;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static String derive(DataKey key, String label) throws StorageException {
        byte[] k = key.bytes();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(k, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(label.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new StorageException(new UserMessage("hq.error.database"), e);
        } finally {
            Arrays.fill(k, (byte) 0);
        }
    }
}
