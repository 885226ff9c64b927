package org.shield.infra.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.shield.application.audit.AuditReport;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.UpdateCaseCommand;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.security.DataKey;
import org.shield.application.security.VaultService;
import org.shield.application.security.Workspace;
import org.shield.bootstrap.Wiring;
import org.shield.domain.audit.AuditChain;
import org.shield.domain.audit.BenchChain;
import org.shield.domain.audit.ChangeSet;
import org.shield.domain.casefile.ExploitationType;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.FileVaultKeyStore;

/**
 * The audit trail benchmark of docs/BENCHMARKS.md (issue 3). Asserts nothing; prints what it measured.
 * <ul>
 * <li>{@code --phase writes}: case updates per second through CaseService, with the real trail
 * (JdbcAuditStore: chained, signed, in the same transaction) and with an audit store that records
 * nothing, in alternating rounds on the same encrypted vault.</li>
 * <li>{@code --phase fill}: a real vault (key file and all, cheap Argon2) whose trail is bulk-loaded
 * with N properly chained and signed entries: hashes in order, Ed25519 signatures in parallel
 * (BouncyCastle's signer: same bytes as the JDK's, much faster), JDBC
 * batches, then the signed head.</li>
 * <li>{@code --phase verify}: unlocks that vault and times AuditService.verify (the path of {@code audit
 * verify}), optionally with {@code --full}.</li>
 * <li>{@code --phase breakdown}: the same trail read alone, then read with every hash recomputed.</li>
 * </ul>
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.main=org.shield.infra.persistence.AuditBenchmark
 * -Dbench.args="--entries 1000000 --dir target/bench-audit"}.
 */
public final class AuditBenchmark {
    static final String USER = "bench-admin";
    static final String PASS = "benchmark synthetic phrase 42";

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String phase = arg(args, "--phase", "all");
        Path dir = Path.of(arg(args, "--dir", "target/bench-audit"));
        int entries = Integer.parseInt(arg(args, "--entries", "1000000"));
        int updates = Integer.parseInt(arg(args, "--updates", "1000"));
        boolean full = Arrays.asList(args).contains("--full");
        System.out.printf(Locale.ROOT, "machine: %d cores, %s, Java %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " "
                        + System.getProperty("os.arch"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        if (phase.equals("all") || phase.equals("writes")) {
            writes(dir.resolve("writes-" + System.currentTimeMillis()), updates);
        }
        Path trail = dir.resolve("trail-" + entries);
        if (phase.equals("all") || phase.equals("fill")) {
            if (!Files.exists(trail.resolve("ready"))) {
                fill(trail, entries);
            }
        }
        if (phase.equals("breakdown")) {
            breakdown(trail);
            return;
        }
        if (phase.equals("all") || phase.equals("verify")) {
            verify(trail, false);
            verify(trail, false);
            if (full) {
                verify(trail, true);
            }
        }
    }

    /** Case updates per second with and without the trail, alternating rounds so neither gets the warmer JIT. */
    private static void writes(Path v, int updatesPerRound) throws Exception {
        Files.createDirectories(v);
        byte[] raw = new byte[DataKey.LENGTH];
        new java.security.SecureRandom().nextBytes(raw);
        DataKey key = new DataKey(raw);
        try (VaultDatabase db = VaultDatabase.open(v, key, false)) {
            db.initialise(USER, "BEN", Instant.now());
            BenchServices audited = BenchServices.audited(db, USER);
            BenchServices silent = BenchServices.of(db, USER, new BenchServices.NoAudit());
            List<CaseDetails> cases = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                cases.add(audited.cases().create(new CreateCaseCommand("DEMO bench case " + i, null,
                        Set.of(ExploitationType.ForcedLabour), null, null, null, null, null, Set.of())));
            }
            // warm-up, not counted
            run(audited, cases, 300, "warm");
            run(silent, cases, 300, "warm");
            double[] with = new double[3];
            double[] without = new double[3];
            for (int round = 0; round < 3; round++) {
                with[round] = run(audited, cases, updatesPerRound, "a" + round);
                without[round] = run(silent, cases, updatesPerRound, "s" + round);
            }
            for (int round = 0; round < 3; round++) {
                System.out.printf(Locale.ROOT, "writes round %d: with trail %.0f updates/s, without %.0f updates/s"
                        + " (%.2f× the time)%n", round + 1, with[round], without[round], without[round] / with[round]);
            }
            try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement()
                    .executeQuery("select count(*) from audit_entry")) {
                rs.next();
                System.out.printf(Locale.ROOT, "trail entries written by the writes phase: %d%n", rs.getLong(1));
            }
        } finally {
            key.destroy();
        }
    }

    /** {@code n} updates (title and summary change), one transaction each; returns updates per second. */
    private static double run(BenchServices s, List<CaseDetails> cases, int n, String tag) throws Exception {
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int k = i % cases.size();
            CaseDetails d = cases.get(k);
            UpdateCaseCommand base = UpdateCaseCommand.from(d);
            UpdateCaseCommand edit = new UpdateCaseCommand(base.id(), base.version(), "DEMO bench case " + k + " " + tag
                    + " " + i, base.status(), base.closureReason(), base.closedOn(), base.exploitationTypes(),
                    base.unitCode(), base.leadInvestigator(), base.openedOn(), "DEMO synthetic summary " + i,
                    base.sensitivity(), base.tags());
            cases.set(k, s.cases().update(edit));
        }
        return n / ((System.nanoTime() - t) / 1e9);
    }

    /** A real vault with {@code n} chained and signed entries, loaded in bulk. */
    private static void fill(Path v, int n) throws Exception {
        if (Files.exists(v)) {
            try (var s = Files.walk(v)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        long t0 = System.nanoTime();
        VaultService vaults = new Wiring(Clock.systemUTC(), Argon2Params.FAST).vaultService();
        vaults.create(v, USER, "BEN", PASS.toCharArray()).close();
        DataKey key = new FileVaultKeyStore(Argon2Params.FAST, Clock.systemUTC()).unwrap(v, USER, PASS.toCharArray());
        try (VaultDatabase db = VaultDatabase.open(v, key, true)) {
            db.auditStore(Clock.systemUTC()); // the key pair exists already; this checks it loads
            try (Connection c = db.dataSource().getConnection()) {
                c.setAutoCommit(false);
                PrivateKey signing = privateKey(c);
                long seq;
                byte[] previous;
                try (ResultSet rs = c.createStatement().executeQuery(
                        "select seq, entry_hash from audit_entry order by seq desc limit 1")) {
                    rs.next();
                    seq = rs.getLong(1);
                    previous = rs.getBytes(2);
                }
                long first = seq + 1;
                Instant base = Instant.now().minusSeconds(n / 10 + 3600);
                int chunk = 50_000;
                long hashNs = 0;
                long signNs = 0;
                long insertNs = 0;
                // Ed25519 signatures are deterministic (RFC 8032): BouncyCastle's signer gives the same bytes
                // as the JDK's, about 30 times faster; checked on the first entry below
                byte[] pkcs8 = signing.getEncoded();
                Ed25519PrivateKeyParameters bcKey = new Ed25519PrivateKeyParameters(
                        Arrays.copyOfRange(pkcs8, pkcs8.length - Ed25519PrivateKeyParameters.KEY_SIZE, pkcs8.length));
                ThreadLocal<Ed25519Signer> signer = ThreadLocal.withInitial(() -> {
                    Ed25519Signer s = new Ed25519Signer();
                    s.init(true, bcKey);
                    return s;
                });
                boolean checked = false;
                try (PreparedStatement ps = c.prepareStatement("insert into audit_entry (seq, at_second, at_nano,"
                        + " actor, action, record_type, record_id, detail, previous_hash, entry_hash, signature)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (int done = 0; done < n; done += chunk) {
                        int m = Math.min(chunk, n - done);
                        Instant[] at = new Instant[m];
                        UUID[] ids = new UUID[m];
                        String[] detail = new String[m];
                        byte[][] prev = new byte[m][];
                        byte[][] hash = new byte[m][];
                        long h = System.nanoTime();
                        for (int i = 0; i < m; i++) {
                            long k = done + i;
                            at[i] = base.plusMillis(k * 100);
                            ids[i] = new UUID(0x0190f00000007000L | (k >>> 48), 0x8000000000000000L | k);
                            detail[i] = new ChangeSet().change("status", "Active", "FollowUp")
                                    .change("title", "DEMO bench case " + k, "DEMO bench case " + k + " (edited)")
                                    .encode();
                            prev[i] = previous;
                            hash[i] = BenchChain.hash(at[i], USER, "Update", "CaseFile", ids[i], detail[i], previous);
                            previous = hash[i];
                        }
                        long s = System.nanoTime();
                        byte[][] sig = new byte[m][];
                        IntStream.range(0, m).parallel().forEach(i -> {
                            Ed25519Signer sg = signer.get();
                            sg.update(hash[i], 0, hash[i].length);
                            sig[i] = sg.generateSignature();
                        });
                        if (!checked) {
                            Signature jdk = Signature.getInstance("Ed25519");
                            jdk.initSign(signing);
                            jdk.update(hash[0]);
                            if (!Arrays.equals(jdk.sign(), sig[0])) {
                                throw new IllegalStateException("BouncyCastle and JDK Ed25519 signatures differ");
                            }
                            checked = true;
                        }
                        long ins = System.nanoTime();
                        for (int i = 0; i < m; i++) {
                            ps.setLong(1, first + done + i);
                            ps.setLong(2, at[i].getEpochSecond());
                            ps.setInt(3, at[i].getNano());
                            ps.setString(4, USER);
                            ps.setString(5, "Update");
                            ps.setString(6, "CaseFile");
                            ps.setObject(7, ids[i]);
                            ps.setString(8, detail[i]);
                            ps.setBytes(9, prev[i]);
                            ps.setBytes(10, hash[i]);
                            ps.setBytes(11, sig[i]);
                            ps.addBatch();
                            if (i % 10_000 == 9_999) {
                                ps.executeBatch();
                            }
                        }
                        ps.executeBatch();
                        c.commit();
                        long end = System.nanoTime();
                        hashNs += s - h;
                        signNs += ins - s;
                        insertNs += end - ins;
                    }
                }
                long last = first + n - 1;
                String head = last + ":" + HexFormat.of().formatHex(previous) + ":"
                        + HexFormat.of().formatHex(AuditChain.signHead(last, previous, signing));
                try (PreparedStatement ps = c.prepareStatement("update vault_meta set meta_value = ? where meta_key = ?")) {
                    ps.setString(1, head);
                    ps.setString(2, JdbcAuditStore.HEAD);
                    ps.executeUpdate();
                }
                c.commit();
                System.out.printf(Locale.ROOT, "filled %d entries in %.1f s (hash %.1f s, sign %.1f s on %d threads,"
                        + " insert %.1f s)%n", n, (System.nanoTime() - t0) / 1e9, hashNs / 1e9, signNs / 1e9,
                        Runtime.getRuntime().availableProcessors(), insertNs / 1e9);
            }
        } finally {
            key.destroy();
        }
        long t1 = System.nanoTime();
        DataKey k2 = new FileVaultKeyStore(Argon2Params.FAST, Clock.systemUTC()).unwrap(v, USER, PASS.toCharArray());
        VaultDatabase.compact(v, k2, true);
        System.out.printf(Locale.ROOT, "compacted in %.1f s: %d MiB on disk%n", (System.nanoTime() - t1) / 1e9,
                Files.size(v.resolve("db").resolve("shield.mv.db")) >> 20);
        Files.writeString(v.resolve("ready"), Integer.toString(n));
    }

    private static PrivateKey privateKey(Connection c) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("select meta_value from vault_meta where meta_key = ?")) {
            ps.setString(1, JdbcAuditStore.PRIVATE_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return KeyFactory.getInstance("Ed25519").generatePrivate(
                        new PKCS8EncodedKeySpec(Base64.getDecoder().decode(rs.getString(1))));
            }
        }
    }

    /** The path of {@code audit verify}: unlock, AuditService.verify, lock. */
    private static void verify(Path v, boolean full) throws Exception {
        VaultService vaults = new Wiring(Clock.systemUTC(), Argon2Params.FAST).vaultService();
        long t0 = System.nanoTime();
        try (Workspace ws = vaults.unlock(v, USER, PASS.toCharArray())) {
            long t1 = System.nanoTime();
            AuditReport r = ws.audit().verify(full, ProgressListener.NONE, new CancellationToken());
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "audit verify%s: %d entries, intact=%s, %.2f s (service reports %d ms);"
                    + " unlock before it %.1f s; %.0f entries/s%n", full ? " --full" : "", r.checked(), r.intact(),
                    (t2 - t1) / 1e9, r.millis(), (t1 - t0) / 1e9, r.checked() / ((t2 - t1) / 1e9));
        }
    }

    /** Where verification time goes: reading the rows alone, then reading and recomputing every hash. */
    private static void breakdown(Path v) throws Exception {
        DataKey key = new FileVaultKeyStore(Argon2Params.FAST, Clock.systemUTC()).unwrap(v, USER, PASS.toCharArray());
        try (VaultDatabase db = VaultDatabase.open(v, key, true)) {
            JdbcAuditStore store = db.auditStore(Clock.systemUTC());
            for (int round = 0; round < 2; round++) {
                long[] n = {0};
                long t0 = System.nanoTime();
                store.source().forEachInOrder(e -> ++n[0] > 0);
                long t1 = System.nanoTime();
                long[] ok = {0};
                store.source().forEachInOrder(e -> {
                    if (AuditChain.contentMatches(e)) {
                        ok[0]++;
                    }
                    return true;
                });
                long t2 = System.nanoTime();
                System.out.printf(Locale.ROOT, "breakdown round %d: read %d rows %.2f s; read + recompute hashes"
                        + " %.2f s (%d match)%n", round + 1, n[0], (t1 - t0) / 1e9, (t2 - t1) / 1e9, ok[0]);
            }
        } finally {
            key.destroy();
        }
    }

    private static String arg(String[] args, String name, String def) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return def;
    }
}
