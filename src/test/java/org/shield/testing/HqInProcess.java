package org.shield.testing;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.shield.application.security.Workspace;
import org.shield.domain.security.Role;
import org.shield.hq.HqServer;
import org.shield.hq.HqService;
import org.shield.hq.store.HqDatabase;
import org.shield.hq.store.JdbcHqStore;
import org.shield.hq.store.ValueSeal;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.Argon2PassphraseHasher;

/**
 * An HQ in this JVM (H2 in memory, real HTTP on a free loopback port) and laptops enrolled at it: test vaults
 * whose named user is enrolled with the same role and unit. Synthetic names only.
 */
public final class HqInProcess implements AutoCloseable {
    private static final char[] HQ_PASS = "synthetic in-process hq passphrase".toCharArray();
    private final HqDatabase db;
    /** Strict, as a started HQ's: a value some path wrote unsealed fails the test that reads it. */
    private final ValueSeal seal = HqSeals.fresh().strict();
    private final HqService hq;
    private final HqServer server;
    private final URI url;

    public HqInProcess() throws Exception {
        this("jdbc:h2:mem:hq-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /** On the database at {@code jdbcUrl} (an empty one: this HQ creates its administrator). */
    public HqInProcess(String jdbcUrl) throws Exception {
        db = HqDatabase.open(jdbcUrl, null, null);
        hq = new HqService(new JdbcHqStore(db.dataSource(), seal), new Argon2PassphraseHasher(Argon2Params.FAST),
                Clock.systemUTC());
        hq.createFirstAdministrator("hq.admin", HQ_PASS);
        server = new HqServer(hq, "test").start("127.0.0.1", 0);
        url = URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    public URI url() {
        return url;
    }

    public HqService service() {
        return hq;
    }

    /** A one-time code for {@code user}. */
    public String code(String user, Role role, String unit) throws Exception {
        return hq.issueCode(hq.signIn("hq.admin", HQ_PASS), user, role.name(), unit).code();
    }

    /**
     * A new test vault at {@code vault} with the local users {@code others} (name, role) besides {@code user}, open as
     * {@code user} and enrolled at this HQ with {@code role} and {@code unit}.
     */
    public Workspace laptop(Path vault, String user, Role role, String unit, Object... others) throws Exception {
        return laptop(TestVaults.vaults(), url, vault, user, role, unit, others);
    }

    /** As {@link #laptop(Path, String, Role, String, Object...)}, through {@code vaults}, enrolled at {@code via}. */
    public Workspace laptop(org.shield.application.security.VaultService vaults, URI via, Path vault, String user,
            Role role, String unit, Object... others) throws Exception {
        try (Workspace admin = vaults.create(vault, TestVaults.ADMIN, "TST", TestVaults.PASSPHRASE.toCharArray())) {
            admin.users().add(user, unit, Set.of(role), TestVaults.PASSPHRASE.toCharArray(), false);
            for (int i = 0; i < others.length; i += 2) {
                admin.users().add((String) others[i], unit, Set.of((Role) others[i + 1]),
                        TestVaults.PASSPHRASE.toCharArray(), false);
            }
        }
        Workspace ws = vaults.unlock(vault, user, TestVaults.PASSPHRASE.toCharArray());
        ws.sync().enrol(via, code(user, role, unit));
        return ws;
    }

    /** One number from HQ's database. */
    public long count(String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** How this HQ seals what it stores: to read a stored value back as HQ would. */
    public ValueSeal seal() {
        return seal;
    }

    public javax.sql.DataSource dataSource() {
        return db.dataSource();
    }

    @Override
    public void close() {
        server.close();
        db.close();
    }
}
