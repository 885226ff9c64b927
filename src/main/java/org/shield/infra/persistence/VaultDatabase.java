package org.shield.infra.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.ProgressListener;
import org.shield.application.common.StorageException;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.application.common.WrongPassphraseException;
import org.shield.application.security.DataKey;
import org.shield.application.security.VerifyReport;
import org.shield.domain.casefile.CaseFile;
import org.shield.domain.casefile.CaseNote;
import org.shield.domain.casefile.CaseParty;
import org.shield.domain.casefile.TraffickingEvent;
import org.shield.domain.party.Organisation;
import org.shield.domain.party.Person;
import org.shield.domain.security.Role;
import org.shield.domain.security.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vault's encrypted H2 database: H2's encrypted file format with a password derived from the data key, read
 * and written through {@link XtsFilePath} (the JDK's AES instead of H2's; ADR 0022), no trace file, no server,
 * commits durable at once ({@code WRITE_DELAY=0}), and every chunk appended rather than written into freed space
 * ({@code REUSE_SPACE=FALSE}: with reuse, a kill -9 could hide the newest acknowledged commit; ADR 0004).
 * Appending means the file only grows while in use, so closing compacts it once most of it is dead space
 * ({@link FileSpace}; measured in BENCHMARKS.md). Flyway owns the schema; Hibernate validates it. One instance per
 * unlocked vault; {@link #close()} on lock. Blocking; build and use it from worker threads.
 */
public final class VaultDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VaultDatabase.class);
    static final String DB_DIR = "db";
    static final String DB_NAME = "shield";
    private static final String DEVICE_TAG = "device.tag";
    private static final String CREATED_AT = "vault.createdAt";
    private static final int DATABASE_CLOSED = 90121;
    /** H2's page cache holds decrypted pages: 64 MiB keeps a 100,000-case vault's hot pages (BENCHMARKS.md). */
    private static final int CACHE_KIB = 64 * 1024;
    /**
     * Parsed statements each connection keeps, by their text (H2's default is 8). A pulled page prepares more
     * distinct statements than that (per table a look-up and multi-row INSERTs of up to 100 rows), so with the
     * default each page parsed them all again: 4–6 % of the applying thread (docs/BENCHMARKS.md, "2026-12-07, later").
     */
    private static final int QUERY_CACHE = 64;
    private static final char[] BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    /**
     * Closing compacts the file once this much of it, and no less than the live data, is dead: about 1,200–1,600
     * small saves (a few working days), and a compaction then takes about a second for a small vault.
     */
    static final long COMPACT_AT_DEAD_BYTES = 64L << 20;
    /**
     * One lock per database file in this JVM, held while a vault opens and while it closes: a close may replace the
     * file with its compacted copy, and an open in between would work on the file being replaced.
     */
    private static final ConcurrentHashMap<Path, ReentrantLock> FILE_LOCKS = new ConcurrentHashMap<>();
    /**
     * The vaults open in this JVM. H2 shares one database between every embedded connection to the same file,
     * so a second open of an open vault would share it, and closing either would shut the other's down under
     * it: refused, as a second process is by H2's file lock.
     */
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    private final Path vaultDir;
    private final HikariDataSource dataSource;
    private final SessionFactory sessions;
    private final SessionContext context = new SessionContext();
    private final JpaTransactionRunner transactions;
    /** Nanoseconds spent opening: H2 file, migrations, Hibernate; read by the benchmark. */
    long[] openTimings = new long[3];
    /** Whether this open checked Hibernate's mapping against the schema (see {@link #sessionFactory}). */
    boolean schemaChecked;
    private volatile long compactAtDeadBytes = COMPACT_AT_DEAD_BYTES;
    private final AtomicBoolean closed = new AtomicBoolean();

    private VaultDatabase(Path vaultDir, HikariDataSource dataSource, SessionFactory sessions) {
        this.vaultDir = vaultDir;
        this.dataSource = dataSource;
        this.sessions = sessions;
        this.transactions = new JpaTransactionRunner(sessions, context);
    }

    /** Removes the database files of a vault whose creation failed (never called on a working vault). */
    public static void deleteFiles(Path vaultDir) {
        Path dir = vaultDir.resolve(DB_DIR);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (java.io.IOException e) {
            LOG.warn("could not remove the files of a failed vault creation: {}", e.getClass().getSimpleName());
        }
    }

    /** True when the database file of this vault exists. */
    public static boolean exists(Path vaultDir) {
        return Files.exists(vaultDir.resolve(DB_DIR).resolve(DB_NAME + ".mv.db"));
    }

    /** Opens (creating when absent, migrating when older) the database of the vault with its data key. */
    public static VaultDatabase open(Path vaultDir, DataKey key, boolean mustExist) throws ApplicationException {
        return open(vaultDir, key, mustExist, true);
    }

    /**
     * {@code encrypted=false} exists only for the benchmark that measures what AES costs; the app always
     * opens encrypted.
     */
    static VaultDatabase open(Path vaultDir, DataKey key, boolean mustExist, boolean encrypted)
            throws ApplicationException {
        return open(vaultDir, key, mustExist, encrypted, false);
    }

    /**
     * {@code reuseSpace=true} exists only for the benchmark that measures what appending every chunk costs
     * (BENCHMARKS.md, issue 5 follow-up); the app never lets H2 write into freed space (ADR 0004).
     */
    static VaultDatabase open(Path vaultDir, DataKey key, boolean mustExist, boolean encrypted, boolean reuseSpace)
            throws ApplicationException {
        if (mustExist && !exists(vaultDir)) {
            throw new StorageException(new UserMessage("error.vaultDamaged"));
        }
        ReentrantLock file = fileLock(vaultDir);
        file.lock();
        try {
            Path id = dbPath(vaultDir);
            if (!OPEN.add(id)) {
                throw new StorageException(new UserMessage("error.vaultInUse"));
            }
            try {
                return openLocked(vaultDir, key, mustExist, encrypted, reuseSpace);
            } catch (ApplicationException | RuntimeException e) {
                OPEN.remove(id);
                throw e;
            }
        } finally {
            file.unlock();
        }
    }

    private static VaultDatabase openLocked(Path vaultDir, DataKey key, boolean mustExist, boolean encrypted,
            boolean reuseSpace) throws ApplicationException {
        HikariDataSource ds = null;
        HikariConfig cfg = hikari(vaultDir, key, encrypted, reuseSpace);
        try {
            Files.createDirectories(vaultDir.resolve(DB_DIR));
            long t0 = System.nanoTime();
            ds = new HikariDataSource(cfg);
            try (Connection c = ds.getConnection()) {
                c.isValid(1);
            }
            long t1 = System.nanoTime();
            Flyway flyway = flyway(ds);
            if (mustExist) {
                keepCopyBeforeMigrating(vaultDir, ds, flyway);
            }
            int migrated = flyway.migrate().migrationsExecuted;
            long t2 = System.nanoTime();
            boolean check = migrated > 0 || Boolean.getBoolean("shield.schema.validate");
            SessionFactory sf = sessionFactory(ds, check);
            long t3 = System.nanoTime();
            LOG.info("database opened: h2 {} ms, migrations {} ms, hibernate {} ms", (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
            VaultDatabase db = new VaultDatabase(vaultDir, ds, sf);
            db.openTimings = new long[] {t1 - t0, t2 - t1, t3 - t2};
            db.schemaChecked = check;
            return db;
        } catch (ApplicationException e) {
            closeQuietly(ds);
            forgetFilePassword(cfg.getJdbcUrl());
            throw e;
        } catch (Exception e) {
            closeQuietly(ds);
            forgetFilePassword(cfg.getJdbcUrl());
            throw StorageErrors.translate(e);
        }
    }

    private static void forgetFilePassword(String jdbcUrl) {
        String token = fileToken(jdbcUrl);
        if (token != null) {
            XtsFilePath.forget(token);
        }
    }

    /** The vault's migrations: the SQL ones under {@code db/migration} and those written in Java. */
    static Flyway flyway(javax.sql.DataSource ds) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .javaMigrations(new org.shield.infra.persistence.migration.V14__list_items_keyed_by_id()).load();
    }

    /**
     * Before a newer app changes an existing vault's schema, keeps a copy of the database as it was
     * (still encrypted, in the vault's {@code db} folder): H2 does not roll back DDL, so a migration that
     * fails half-way must not leave the only copy half-changed. Replaced at each upgrade.
     */
    private static void keepCopyBeforeMigrating(Path vaultDir, HikariDataSource ds, Flyway flyway)
            throws SQLException, StorageException {
        var info = flyway.info();
        if (java.util.Arrays.stream(info.applied()).anyMatch(m -> m.getState().name().startsWith("FUTURE"))) {
            // a newer app changed this vault's schema: this one would misread it, or write what that one cannot read
            throw new StorageException(new UserMessage("error.vaultFromNewerApp"));
        }
        var pending = info.pending();
        if (pending.length == 0) {
            return;
        }
        Path copy = vaultDir.resolve(DB_DIR).resolve("before-migration.zip");
        try {
            Files.deleteIfExists(copy);
            copyFile(vaultDir, ds, copy);
        } catch (java.io.IOException e) {
            throw new SQLException("could not keep the pre-migration copy", e);
        }
        LOG.info("kept a copy of the database before {} schema migration(s)", pending.length);
    }

    /**
     * Hibernate over the vault's tables. {@code validate}: check the mapping against the schema, which reads the
     * whole schema's metadata (about half a second of every open, and of every CLI command). Done when this open
     * ran migrations (a new vault, an upgrade: the only times the schema changes) or when asked with
     * {@code -Dshield.schema.validate=true}; every test that creates a vault therefore still checks the mapping.
     */
    private static SessionFactory sessionFactory(javax.sql.DataSource ds, boolean validate) {
        return new HibernatePersistenceConfiguration("shield")
                .managedClasses(UserAccount.class, CaseFile.class, CaseParty.class, TraffickingEvent.class,
                        CaseNote.class, Person.class, Organisation.class, org.shield.domain.approval.Approval.class,
                        org.shield.domain.interview.Interview.class, org.shield.domain.interview.InterviewAddendum.class,
                        org.shield.domain.interview.InterviewPolicy.class, org.shield.domain.evidence.Exhibit.class,
                        org.shield.domain.evidence.CustodyEvent.class, org.shield.domain.screening.Screening.class,
                        org.shield.domain.screening.MdtDecision.class,
                        org.shield.domain.care.ShelterStay.class, org.shield.domain.care.CarePolicy.class,
                        org.shield.domain.care.CareConsent.class, org.shield.domain.care.CareTask.class,
                        org.shield.domain.legal.LegalSupport.class, org.shield.domain.legal.CourtHearing.class,
                        org.shield.domain.legal.CompensationClaim.class,
                        org.shield.domain.repatriation.Repatriation.class,
                        org.shield.domain.repatriation.ReturnFollowUp.class,
                        org.shield.domain.care.CareAssessment.class, org.shield.domain.care.CarePlan.class,
                        org.shield.domain.care.CareServiceDelivery.class, org.shield.domain.care.CareNote.class,
                        org.shield.domain.report.IssuedReport.class)
                .property("jakarta.persistence.nonJtaDataSource", ds)
                .property("hibernate.hbm2ddl.auto", validate ? "validate" : "none")
                .property("hibernate.show_sql", "false")
                .property("hibernate.default_batch_fetch_size", "64")
                .property("hibernate.jdbc.batch_size", "50")
                .property("hibernate.order_inserts", "true")
                .createEntityManagerFactory();
    }

    /** Set once a warm-up ran to its end: the code is compiled for the life of the JVM, so later ones are skipped. */
    private static volatile boolean warmedUp;
    private volatile String cachedTag;

    /** {@link #warmUp(BooleanSupplier)} to its end. */
    public static void warmUp() {
        warmUp(() -> false);
    }

    /**
     * Boots Flyway and Hibernate once against a private, empty database, so that the real open after unlock finds
     * the classes loaded and the hot code compiled (a cold Hibernate boot costs seconds), compiles the audit
     * trail's signing, then, unless {@code stop} says so by then, applies a few pages of synthetic feed records to
     * the database ({@link ReplicaWarmUp}; it checks {@code stop} between pages), so that the first sync of the
     * session does not pay the JIT while it pulls. The database is an encrypted one in H2's in-memory file system,
     * opened with the vault's settings so that the same page and cipher code runs; a random throwaway key,
     * synthetic data, no file on disk, deleted afterwards. Call on a worker thread while the unlock screen shows.
     */
    public static void warmUp(java.util.function.BooleanSupplier stop) {
        if (warmedUp) {
            return; // the unlock screen again, after a lock: nothing left to compile
        }
        long t0 = System.nanoTime();
        long records = warmUpDatabase(stop);
        warmedUp = records == (long) ReplicaWarmUp.PAGES * ReplicaWarmUp.recordsPerPage();
        if (records >= 0) {
            LOG.info("persistence warmed up in {} ms ({} synthetic feed records applied)",
                    (System.nanoTime() - t0) / 1_000_000, records);
        }
    }

    /** {@link #warmUp}'s work; the synthetic records applied, or -1 if it failed (logged). */
    static long warmUpDatabase(java.util.function.BooleanSupplier stop) {
        String root = "memFS:/shield-warmup-" + java.util.UUID.randomUUID();
        HikariConfig cfg = new HikariConfig();
        java.security.SecureRandom random = new java.security.SecureRandom();
        byte[] throwaway = new byte[32];
        random.nextBytes(throwaway);
        // the vault's own file system over memory, so that the warm-up also compiles the vault file's encryption
        cfg.setJdbcUrl("jdbc:h2:" + filePassword(HexFormat.of().formatHex(throwaway)) + root + "/" + DB_NAME
                + ";TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0;WRITE_DELAY=0;REUSE_SPACE=FALSE"
                + ";CACHE_SIZE=" + CACHE_KIB + ";QUERY_CACHE_SIZE=" + QUERY_CACHE);
        cfg.setUsername("SHIELD");
        random.nextBytes(throwaway);
        cfg.setPassword(HexFormat.of().formatHex(throwaway));
        cfg.setMaximumPoolSize(2); // Flyway holds a second connection for its lock
        cfg.setPoolName("warmup");
        try (HikariDataSource ds = new HikariDataSource(cfg)) {
            flyway(ds).migrate();
            try (SessionFactory sf = sessionFactory(ds, false)) {
                VaultDatabase db = new VaultDatabase(null, ds, sf);
                db.transactions.read(() -> {
                    db.caseRepository().page(org.shield.application.casefile.CaseQuery.all(),
                            new org.shield.application.casefile.CaseScope("warmup", "WARM", true, true, true), 0, 10);
                    db.personRepository().searchByKeyPrefix(java.util.List.of("warmup"), 10);
                    return null;
                });
                JdbcAuditStore.warmUpSigning();
                long r0 = System.nanoTime();
                long records = ReplicaWarmUp.run(db, stop);
                LOG.info("warm-up: {} synthetic feed records applied in {} ms", records,
                        (System.nanoTime() - r0) / 1_000_000);
                return records;
            }
        } catch (ApplicationException | RuntimeException e) {
            LOG.warn("warm-up failed; the first unlock and sync will be slower", e);
            return -1;
        } finally {
            forgetFilePassword(cfg.getJdbcUrl());
            org.h2.store.fs.FileUtils.deleteRecursive(root, true);
        }
    }

    /**
     * Rewrites the database file of a closed vault without dead space ({@code SHUTDOWN COMPACT}), whatever its
     * fill rate. Takes time in proportion to the live data; for the benchmark and maintenance.
     */
    static void compact(Path vaultDir, DataKey key, boolean encrypted) throws ApplicationException {
        HikariConfig cfg = hikari(vaultDir, key, encrypted);
        ReentrantLock file = fileLock(vaultDir);
        file.lock();
        try {
            shutdownCompact(cfg.getJdbcUrl(), cfg.getUsername(), cfg.getPassword());
        } catch (SQLException | RuntimeException e) {
            throw StorageErrors.translate(e);
        } finally {
            forgetFilePassword(cfg.getJdbcUrl());
            file.unlock();
        }
    }

    /**
     * H2 copies the live pages into a new file (same cipher), syncs it, and renames it over the old one; until the
     * rename the old file is untouched, so a failure or a kill leaves the vault as it was. One plain connection, no
     * pool: nothing may reopen the file while it is being replaced.
     */
    private static void shutdownCompact(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            if (e.getErrorCode() != DATABASE_CLOSED) {
                throw e;
            }
        }
    }

    /** True while this vault is being opened or closed in this JVM; for tests. */
    static boolean opensOrClosesNow(Path vaultDir) {
        return fileLock(vaultDir).isLocked();
    }

    private static ReentrantLock fileLock(Path vaultDir) {
        return FILE_LOCKS.computeIfAbsent(dbPath(vaultDir), p -> new ReentrantLock());
    }

    private static Path dbPath(Path vaultDir) {
        return vaultDir.resolve(DB_DIR).toAbsolutePath().normalize();
    }

    /**
     * The dead space at which closing compacts the file; tests and the benchmark change it ({@code Long.MAX_VALUE}:
     * never). Returns this.
     */
    VaultDatabase compactAtDeadBytes(long bytes) {
        this.compactAtDeadBytes = bytes;
        return this;
    }

    /** The JDBC settings for this vault; visible for the benchmark that compares encrypted and plain files. */
    static HikariConfig hikari(Path vaultDir, DataKey key, boolean encrypted) throws StorageException {
        return hikari(vaultDir, key, encrypted, false);
    }

    private static HikariConfig hikari(Path vaultDir, DataKey key, boolean encrypted, boolean reuseSpace)
            throws StorageException {
        HikariConfig cfg = new HikariConfig();
        Path file = vaultDir.resolve(DB_DIR).resolve(DB_NAME).toAbsolutePath();
        cfg.setJdbcUrl(url(encrypted ? filePassword(derive(key, "h2-file")) : null, file, reuseSpace));
        cfg.setUsername("SHIELD");
        cfg.setPassword(derive(key, "h2-user"));
        cfg.setMaximumPoolSize(4);
        cfg.setMinimumIdle(1);
        cfg.setPoolName("vault");
        cfg.setAutoCommit(true);
        return cfg;
    }

    /**
     * Keeps H2's file password for {@code hexPassword} (what {@code CIPHER=AES} would derive from it, so that the file
     * is the same) under a new random token; returns the {@link XtsFilePath} prefix that names it.
     */
    static String filePassword(String hexPassword) {
        byte[] t = new byte[8];
        new java.security.SecureRandom().nextBytes(t);
        byte[] password = org.h2.store.fs.encrypt.FilePathEncrypt.getPasswordBytes(hexPassword.toCharArray());
        try {
            return XtsFilePath.remember(HexFormat.of().formatHex(t), password);
        } finally {
            java.util.Arrays.fill(password, (byte) 0);
        }
    }

    /** The vault's URL; {@code xtsPrefix} from {@link #filePassword}, or null for a plain (benchmark) file. */
    static String url(String xtsPrefix, Path file, boolean reuseSpace) {
        return "jdbc:h2:" + (xtsPrefix == null ? "file:" : xtsPrefix) + file
                + ";TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0;WRITE_DELAY=0"
                + (reuseSpace ? "" : ";REUSE_SPACE=FALSE") + ";DB_CLOSE_ON_EXIT=FALSE"
                + ";CACHE_SIZE=" + CACHE_KIB + ";QUERY_CACHE_SIZE=" + QUERY_CACHE;
    }

    /** A hex password for H2 derived from the data key with HMAC-SHA-256 and a purpose label. */
    static String derive(DataKey key, String label) throws StorageException {
        byte[] k = key.bytes();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(k, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(label.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new StorageException(new UserMessage("error.storage"), e);
        } finally {
            java.util.Arrays.fill(k, (byte) 0);
        }
    }

    /** The pool; package-private for the benchmark's bulk loader. */
    javax.sql.DataSource dataSource() {
        return dataSource;
    }

    public TransactionRunner transactions() {
        return transactions;
    }

    public JpaCaseRepository caseRepository() {
        return new JpaCaseRepository(context);
    }

    public JpaPersonRepository personRepository() {
        return new JpaPersonRepository(context);
    }

    public JpaOrganisationRepository organisationRepository() {
        return new JpaOrganisationRepository(context);
    }

    public JpaUserRepository userRepository() {
        return new JpaUserRepository(context);
    }

    public JpaApprovalRepository approvalRepository() {
        return new JpaApprovalRepository(context);
    }

    public JpaInterviewRepository interviewRepository() {
        return new JpaInterviewRepository(context);
    }

    public JpaExhibitRepository exhibitRepository() {
        return new JpaExhibitRepository(context);
    }

    public JpaScreeningRepository screeningRepository() {
        return new JpaScreeningRepository(context);
    }

    public JpaCareRepository careRepository() {
        return new JpaCareRepository(context);
    }

    public JpaLegalRepository legalRepository() {
        return new JpaLegalRepository(context);
    }

    public JpaRepatriationRepository repatriationRepository() {
        return new JpaRepatriationRepository(context);
    }

    public JpaCarePlanRepository carePlanRepository() {
        return new JpaCarePlanRepository(context);
    }

    public JpaCareNoteRepository careNoteRepository() {
        return new JpaCareNoteRepository(context);
    }

    public JpaReportRegister reportRegister() {
        return new JpaReportRegister(context);
    }

    /** The changes waiting to be sent to HQ (issue 7). */
    public JdbcOutbox outbox() {
        return new JdbcOutbox(context);
    }

    /** This vault's enrolment at HQ (issue 7). */
    public JdbcReplica replica() {
        return new JdbcReplica(context, personRepository(), this::forgetDeviceTag);
    }

    /** Which exhibit contents HQ holds whole (issue 7). */
    public JdbcContentLedger contentLedger() {
        return new JdbcContentLedger(context);
    }

    public MetaEnrolmentStore enrolmentStore() {
        return new MetaEnrolmentStore(context);
    }

    /** The audit trail, with the vault's signing key (created on first use). */
    public JdbcAuditStore auditStore(java.time.Clock clock) throws ApplicationException {
        return JdbcAuditStore.open(context, transactions, dataSource, clock);
    }

    /** First-run setup: the device tag that makes case numbers unique, and the first administrator. */
    public void initialise(String adminName, String unitCode, Instant now) throws ApplicationException {
        String tag = randomTag();
        transactions.write(() -> {
            var s = context.current();
            s.createNativeMutationQuery("insert into vault_meta (meta_key, meta_value) values (:k, :v)")
                    .setParameter("k", DEVICE_TAG).setParameter("v", tag).executeUpdate();
            s.createNativeMutationQuery("insert into vault_meta (meta_key, meta_value) values (:k, :v)")
                    .setParameter("k", CREATED_AT).setParameter("v", now.toString()).executeUpdate();
            s.persist(new UserAccount(adminName, unitCode, Set.of(Role.Administrator, Role.Supervisor,
                    Role.Investigator), adminName, now));
            return null;
        });
    }

    private static String randomTag() {
        var rnd = new java.security.SecureRandom();
        StringBuilder b = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            b.append(BASE32[rnd.nextInt(BASE32.length)]);
        }
        return b.toString();
    }

    /** This vault's device tag (part of every case number it allocates). */
    public String deviceTag() throws ApplicationException {
        String tag = cachedTag;
        if (tag == null) {
            tag = meta(DEVICE_TAG).orElseThrow(() -> new StorageException(new UserMessage("error.vaultDamaged")));
            cachedTag = tag;
        }
        return tag;
    }

    /**
     * Draws a new device tag for this vault (ADR 0002, "Restored copies"): a restored copy must not give again the
     * case numbers, pseudonyms and exhibit numbers its original gave after the copy was taken. Numbers already given
     * stay. In the caller's transaction if there is one.
     */
    public void renewDeviceTag() throws ApplicationException {
        transactions.write(() -> {
            context.current().doWork(VaultDatabase::renewDeviceTag);
            context.afterCompletion(this::forgetDeviceTag);
            return null;
        });
    }

    /** This vault's device tag, read on a connection (in its transaction: after a renewal in it, the new one). */
    static String deviceTag(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM vault_meta WHERE meta_key = ?")) {
            ps.setString(1, DEVICE_TAG);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("vault_meta has no device tag");
                }
                return rs.getString(1);
            }
        }
    }

    /** {@link #renewDeviceTag()} on a connection, in its transaction; for the replica's start over. */
    static void renewDeviceTag(Connection c) throws SQLException {
        String old;
        try (PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM vault_meta WHERE meta_key = ?")) {
            ps.setString(1, DEVICE_TAG);
            try (ResultSet rs = ps.executeQuery()) {
                old = rs.next() ? rs.getString(1) : null;
            }
        }
        String tag;
        do {
            tag = randomTag();
        } while (tag.equals(old));
        try (PreparedStatement ps = c.prepareStatement("UPDATE vault_meta SET meta_value = ? WHERE meta_key = ?")) {
            ps.setString(1, tag);
            ps.setString(2, DEVICE_TAG);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("vault_meta has no device tag");
            }
        }
        LOG.info("device tag renewed: this vault is a restored copy, its new numbers carry a new tag");
    }

    /** Makes the next {@link #deviceTag()} read the tag again (after a transaction that may have renewed it). */
    void forgetDeviceTag() {
        cachedTag = null;
    }

    private Optional<String> meta(String key) throws ApplicationException {
        return transactions.read(() -> context.current()
                .createNativeQuery("select meta_value from vault_meta where meta_key = :k", String.class)
                .setParameter("k", key).getResultStream().findFirst());
    }

    /** The signed-in user as the database knows them; an unknown or disabled user cannot work. */
    public CurrentUser user(String userName) throws ApplicationException {
        Optional<UserAccount> u = transactions.read(() -> context.current()
                .createSelectionQuery("from UserAccount u where u.userName = :n and u.deletedAt is null",
                        UserAccount.class).setParameter("n", userName).uniqueResultOptional());
        if (u.isEmpty() || u.get().isDisabled()) {
            throw new WrongPassphraseException(new UserMessage("error.wrongPassphrase"));
        }
        return new CurrentUser(u.get().getUserName(), u.get().getUnitCode(), u.get().getRoles());
    }

    /**
     * Reads every row and column of every table (which decrypts and checksums every page holding them)
     * and validates the schema against the migrations.
     */
    public VerifyReport verify(ProgressListener progress) throws ApplicationException {
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select table_name from information_schema.tables "
                         + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            int done = 0;
            for (String t : tables) {
                long n = 0;
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select * from \"" + t + "\"")) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= cols; i++) {
                            rs.getObject(i);
                        }
                        n++;
                    }
                }
                rows.put(t.toLowerCase(java.util.Locale.ROOT), n);
                progress.progress(++done, tables.size());
            }
            flyway(dataSource).validate();
            return new VerifyReport(rows);
        } catch (SQLException | RuntimeException e) {
            throw StorageErrors.translate(e);
        }
    }

    /** A consistent copy of the database files (still AES-encrypted) as a zip, taken while open. */
    public void snapshot(Path zip) throws ApplicationException {
        try {
            copyFile(vaultDir, dataSource, zip);
        } catch (SQLException | java.io.IOException e) {
            throw StorageErrors.translate(e);
        }
    }

    /**
     * The database file, as it is on disk, into a new zip (one entry, named as H2's {@code BACKUP TO} names it):
     * after a checkpoint, the file from its start to its end, while commits may go on. That is what
     * {@code BACKUP TO} does, and as consistent: chunks are only appended ({@code REUSE_SPACE=FALSE}), and H2 opens
     * such a copy at its newest whole chunk. Not {@code BACKUP TO} itself for an encrypted file: through
     * {@link XtsFilePath} it would read the file decrypted and write plaintext into the zip.
     */
    private static void copyFile(Path vaultDir, HikariDataSource ds, Path zip) throws SQLException,
            java.io.IOException {
        String token = fileToken(ds.getJdbcUrl());
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            if (token == null) { // a plain file (the benchmark's comparison): H2's copy is the file as it is
                st.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
                return;
            }
            st.execute("CHECKPOINT SYNC");
            Path file = vaultDir.resolve(DB_DIR).resolve(DB_NAME + ".mv.db").toAbsolutePath();
            try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(new java.io.BufferedOutputStream(
                    Files.newOutputStream(zip, java.nio.file.StandardOpenOption.CREATE_NEW), 64 * 1024))) {
                out.setLevel(java.util.zip.Deflater.NO_COMPRESSION); // ciphertext does not compress
                out.putNextEntry(new java.util.zip.ZipEntry(DB_NAME + ".mv.db"));
                XtsFilePath.copyEncrypted(token, file, out);
                out.closeEntry();
            }
        }
    }

    /** The {@link XtsFilePath} token in a vault's JDBC URL, or null if it names a plain file. */
    static String fileToken(String jdbcUrl) {
        String p = "jdbc:h2:" + XtsFilePath.SCHEME + ":";
        if (jdbcUrl == null || !jdbcUrl.startsWith(p)) {
            return null;
        }
        return jdbcUrl.substring(p.length(), jdbcUrl.indexOf(':', p.length()));
    }

    /**
     * Waits for running transactions, shuts the database down and, when most of the file is dead space, compacts
     * it (about a second for a small vault; see {@link #COMPACT_AT_DEAD_BYTES}). Opening the same vault in this
     * JVM waits until this has finished.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return; // closed once; a second close must not free the name of a vault opened again since
        }
        if (!transactions.closeGate(30)) {
            LOG.warn("closing the vault while a transaction is still running");
        }
        ReentrantLock file = vaultDir == null ? new ReentrantLock() : fileLock(vaultDir); // null: the warm-up's
        file.lock();
        try {
            sessions.close();
        } finally {
            try {
                shutDown();
            } finally {
                if (vaultDir != null) {
                    OPEN.remove(dbPath(vaultDir));
                }
                file.unlock();
            }
        }
    }

    private void shutDown() {
        Optional<FileSpace> space = Optional.empty();
        boolean clean = true;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            space = FileSpace.of(c);
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            if (e.getErrorCode() != DATABASE_CLOSED) {
                clean = false;
                LOG.warn("database shutdown reported error code {}", e.getErrorCode());
            }
        }
        String url = dataSource.getJdbcUrl();
        String user = dataSource.getUsername();
        String password = dataSource.getPassword();
        closeQuietly(dataSource);
        if (clean && vaultDir != null && space.isPresent() && space.get().worthCompacting(compactAtDeadBytes)) {
            long t0 = System.nanoTime();
            try {
                shutdownCompact(url, user, password);
                LOG.info("vault file compacted at close: {} MiB ({} MiB live) to {} MiB in {} ms",
                        space.get().fileBytes() >> 20, space.get().liveBytes() >> 20, fileSize() >> 20,
                        (System.nanoTime() - t0) / 1_000_000);
            } catch (SQLException | RuntimeException e) {
                LOG.warn("compacting the vault file at close failed ({} {}); the file stays as it was",
                        e.getClass().getSimpleName(), e instanceof SQLException sql ? sql.getErrorCode() : 0);
            }
        }
        forgetFilePassword(url);
    }

    private long fileSize() {
        try {
            return Files.size(vaultDir.resolve(DB_DIR).resolve(DB_NAME + ".mv.db"));
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static void closeQuietly(HikariDataSource ds) {
        if (ds != null) {
            ds.close();
        }
    }
}
