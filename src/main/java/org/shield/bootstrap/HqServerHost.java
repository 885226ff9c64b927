package org.shield.bootstrap;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.StorageException;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.common.WrongPassphraseException;
import org.shield.application.security.DataKey;
import org.shield.application.sync.HqHost;
import org.shield.domain.security.PassphrasePolicy;
import org.shield.hq.HqServer;
import org.shield.hq.HqService;
import org.shield.hq.store.HqDatabase;
import org.shield.hq.store.HqValueKey;
import org.shield.hq.store.JdbcHqStore;
import org.shield.hq.store.LegacySealing;
import org.shield.hq.store.RecordFieldsFold;
import org.shield.hq.store.ValueSeal;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.Argon2PassphraseHasher;
import org.shield.infra.vault.FileVaultKeyStore;
import org.shield.infra.vault.PassphraseKeyWrap;

/**
 * Wires and starts HQ ({@code hq serve}): its database (PostgreSQL from a JDBC URL, else an encrypted H2 file whose
 * data key is wrapped under the administrator's passphrase, as a vault's is), the sealing of the values it stores
 * (its value key unwrapped here, as {@code hq} may not use {@code infra.vault}; values from before sealing sealed
 * now), its service and its HTTP server.
 */
final class HqServerHost implements HqHost {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HqServerHost.class);
    /** Associated data of the wrapped value key: what it is for. */
    static final String VALUE_KEY_PURPOSE = "shield-hq-value-key-v1";
    private final Clock clock;
    private final Argon2Params kdf;
    private final String version;

    HqServerHost(Clock clock, Argon2Params kdf, String version) {
        this.clock = clock;
        this.kdf = kdf;
        this.version = version;
    }

    @Override
    public Running start(Options o, Passphrase passphrase, Consumer<String> say) throws ApplicationException {
        boolean tls = o.tls() || !loopback(o.bind());
        // every start needs the administrator's passphrase: it unwraps the value key (and, on H2, the file's key)
        char[] secret = passphrase.read();
        try {
            HqDatabase db = o.jdbcUrl() == null ? openFile(o, secret) : HqDatabase.open(o.jdbcUrl(), null, null);
            try {
                Argon2PassphraseHasher hasher = new Argon2PassphraseHasher(kdf);
                ValueSeal seal = valueSeal(db, o.adminName(), secret, hasher);
                int sealed = LegacySealing.sealAll(db.dataSource(), seal);
                if (sealed > 0) {
                    say.accept("sealed " + sealed + " values stored before HQ encrypted them");
                }
                int folded = RecordFieldsFold.foldAll(db.dataSource(), seal);
                if (folded > 0) {
                    say.accept("folded the fields of " + folded + " records into one sealed value each");
                }
                // every value is sealed now: text without the mark is refused from here on
                HqService hq = new HqService(new JdbcHqStore(db.dataSource(), seal.strict()), hasher, clock);
                if (!hq.hasAccounts()) {
                    hq.createFirstAdministrator(o.adminName(), secret);
                    say.accept("created the HQ administrator " + o.adminName());
                }
                org.shield.hq.HqTls cert = tls ? hq.tls() : null;
                HqServer server = new HqServer(hq, version, cert).start(o.bind(), o.port());
                if (cert != null) {
                    say.accept("TLS certificate SHA-256 fingerprint: " + cert.fingerprint());
                }
                say.accept("HQ listening on " + (tls ? "https" : "http") + "://" + hostForUrl(o.bind()) + ":"
                        + server.port() + " (" + (db.isPostgres() ? "PostgreSQL" : "encrypted H2 file") + ")");
                // uploads left standing are dropped now and then daily (the sender starts again if it comes back)
                java.util.concurrent.ScheduledExecutorService chores = java.util.concurrent.Executors
                        .newSingleThreadScheduledExecutor(r -> {
                            Thread t = new Thread(r, "hq-chores");
                            t.setDaemon(true);
                            return t;
                        });
                chores.scheduleAtFixedRate(() -> {
                    try {
                        hq.collectAbandonedUploads();
                    } catch (ApplicationException | RuntimeException e) {
                        LOG.warn("could not drop abandoned uploads: {}", e.getClass().getSimpleName());
                    }
                }, 0, 1, java.util.concurrent.TimeUnit.DAYS);
                return new Running() {
                    @Override
                    public int port() {
                        return server.port();
                    }

                    @Override
                    public void close() {
                        chores.shutdownNow();
                        server.close();
                        db.close();
                    }
                };
            } catch (ApplicationException | RuntimeException e) {
                db.close();
                throw e;
            }
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
    }

    /**
     * HQ's sealing of values, with its value key: unwrapped under the administrator's passphrase, or made at the first
     * start. A database from before HQ sealed values already has its administrator: the passphrase must be theirs
     * before it wraps the key, or a mistyped one would lock the key for ever.
     */
    private ValueSeal valueSeal(HqDatabase db, String admin, char[] secret, Argon2PassphraseHasher hasher)
            throws ApplicationException {
        HqValueKey keys = new HqValueKey(db.dataSource());
        if (!keys.exists()) {
            JdbcHqStore accounts = new JdbcHqStore(db.dataSource(), null); // reads accounts only: nothing sealed
            Optional<String> adminHash = accounts.passphraseHash(admin);
            if (accounts.hasAnyUser() && (adminHash.isEmpty() || !hasher.matches(secret, adminHash.get()))) {
                throw wrongPassphrase(null);
            }
        }
        PassphraseKeyWrap wrap = new PassphraseKeyWrap(kdf);
        DataKey key;
        try {
            key = keys.open(new HqValueKey.Wrapping() {
                @Override
                public String wrap(DataKey k) throws ApplicationException {
                    return wrap.wrap(k, secret, VALUE_KEY_PURPOSE);
                }

                @Override
                public DataKey unwrap(String wrapped) throws ApplicationException {
                    return wrap.unwrap(wrapped, secret, VALUE_KEY_PURPOSE);
                }
            }, clock.instant());
        } catch (WrongPassphraseException e) {
            throw wrongPassphrase(e);
        }
        try {
            return new ValueSeal(key);
        } finally {
            key.destroy();
        }
    }

    @Override
    public void changePassphrase(String jdbcUrl, java.nio.file.Path dataDir, String admin, char[] current, char[] next)
            throws ApplicationException {
        Optional<String> weak = PassphrasePolicy.check(next, admin);
        if (weak.isPresent()) {
            throw new ValidationException(new UserMessage(weak.get(), PassphrasePolicy.MIN_LENGTH));
        }
        boolean h2 = jdbcUrl == null;
        FileVaultKeyStore fileKeys = new FileVaultKeyStore(kdf, clock);
        HqDatabase db;
        if (h2) {
            if (!fileKeys.exists(dataDir)) {
                throw new ValidationException(new UserMessage("hq.error.noData"));
            }
            DataKey fileKey;
            try {
                fileKey = fileKeys.unwrap(dataDir, admin, current);
            } catch (WrongPassphraseException e) {
                throw wrongPassphrase(e);
            }
            try {
                db = HqDatabase.openFile(dataDir, fileKey);
            } finally {
                fileKey.destroy();
            }
        } else {
            db = HqDatabase.open(jdbcUrl, null, null);
        }
        try {
            Argon2PassphraseHasher hasher = new Argon2PassphraseHasher(kdf);
            JdbcHqStore accounts = new JdbcHqStore(db.dataSource(), null); // accounts and the key only: nothing sealed
            Optional<String> hash = accounts.passphraseHash(admin);
            Optional<String> wrapped = new HqValueKey(db.dataSource()).wrapped();
            if (hash.isEmpty() || wrapped.isEmpty()) {
                throw wrongPassphrase(null); // not HQ's administrator, or HQ never started here: the same refusal
            }
            // On H2 the file's key is re-wrapped last: a change cut after the database's step left the file under
            // the current passphrase (it opened above) and the database under the next; running it again finishes it
            boolean databaseDone = h2 && hasher.matches(next, hash.get());
            if (!databaseDone) {
                if (!hasher.matches(current, hash.get())) {
                    throw wrongPassphrase(null);
                }
                PassphraseKeyWrap wrap = new PassphraseKeyWrap(kdf);
                DataKey valueKey;
                try {
                    valueKey = wrap.unwrap(wrapped.get(), current, VALUE_KEY_PURPOSE);
                } catch (WrongPassphraseException e) {
                    throw wrongPassphrase(e);
                }
                try {
                    if (!accounts.changeAdministratorPassphrase(admin, wrapped.get(),
                            wrap.wrap(valueKey, next, VALUE_KEY_PURPOSE), hasher.hash(next), clock.instant())) {
                        throw new StorageException(new UserMessage("hq.error.passphraseChangedMeanwhile"));
                    }
                } finally {
                    valueKey.destroy();
                }
            }
        } finally {
            db.close();
        }
        if (h2) {
            try {
                fileKeys.rewrap(dataDir, admin, current, next);
            } catch (WrongPassphraseException e) {
                throw wrongPassphrase(e);
            }
        }
        LOG.info("HQ administrator passphrase changed");
    }

    private static WrongPassphraseException wrongPassphrase(Throwable cause) {
        return new WrongPassphraseException(new UserMessage("hq.error.wrongPassphrase"), cause);
    }

    /** The encrypted H2 file under the data directory; its key wrapped under the administrator's passphrase. */
    private HqDatabase openFile(Options o, char[] secret) throws ApplicationException {
        try {
            Files.createDirectories(o.dataDir());
        } catch (IOException e) {
            throw new StorageException(new UserMessage("hq.error.dataDir"), e);
        }
        FileVaultKeyStore keys = new FileVaultKeyStore(kdf, clock);
        DataKey key;
        try {
            key = keys.exists(o.dataDir()) ? keys.unwrap(o.dataDir(), o.adminName(), secret)
                    : keys.create(o.dataDir(), o.adminName(), secret);
        } catch (WrongPassphraseException e) {
            throw wrongPassphrase(e);
        }
        try {
            return HqDatabase.openFile(o.dataDir(), key);
        } finally {
            key.destroy();
        }
    }

    private static boolean loopback(String bind) throws ValidationException {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            throw new ValidationException(new UserMessage("hq.error.bind"), e);
        }
    }

    private static String hostForUrl(String bind) {
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }
}
