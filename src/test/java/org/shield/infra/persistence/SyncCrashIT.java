package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.security.DataKey;
import org.shield.application.security.Workspace;
import org.shield.domain.security.Role;
import org.shield.hq.store.HqDatabase;
import org.shield.infra.sync.HttpHqClient;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.FileVaultKeyStore;
import org.shield.testing.HqProcess;
import org.shield.testing.JarJvm;
import org.shield.testing.TestVaults;

/**
 * {@code kill -9} during sync (issue 7): a laptop process records cases and syncs without end and is killed at a
 * random moment, again and again; every few rounds HQ (its own process, on its encrypted H2 file) is killed instead
 * and restarted. The vault opens every time; at the end one sync finishes with nothing waiting, HQ holds every case
 * the vault holds, every change once, and no half-applied batch (its stored high-water mark equals the changes it
 * holds). Rounds: {@code -Dshield.crash.runs} (CI runs 8; docs/BENCHMARKS.md records a run of 100).
 */
class SyncCrashIT {
    private static final String HQ_PASS = "synthetic crash hq passphrase";
    private static final Map<String, String> HQ_ENV = Map.of("SHIELD_PASSPHRASE", HQ_PASS, "SHIELD_USER", "hq.admin");
    @TempDir
    Path tmp;

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private HqProcess hq(Path data, int port) throws Exception {
        return HqProcess.start(tmp.resolve("hq-run"), HQ_ENV, "--data", data.toString(), "--port",
                String.valueOf(port));
    }

    private Process child(Path vault, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of(vault.toString(), "sup.crash"));
        args.addAll(List.of(extra));
        List<String> cmd = JarJvm.testMain(List.of("-Djava.io.tmpdir=" + Files.createDirectories(tmp.resolve("child-tmp"))),
                SyncCrashChild.class, args.toArray(String[]::new));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Waits for "opened" (and returns the reader, to read on); fails with what the child said otherwise. */
    private static BufferedReader opened(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.equals("opened")) {
                return r;
            }
            said.append(line).append('\n');
        }
        throw new AssertionError("the vault did not open:\n" + said);
    }

    @Test
    void killedAtRandomDuringSyncNothingIsLostOrDuplicatedAndTheVaultAlwaysOpens() throws Exception {
        int runs = Integer.getInteger("shield.crash.runs", 8);
        Random random = new Random(Long.getLong("shield.crash.seed", 42L));
        Path data = tmp.resolve("hq-data");
        int port = freePort();
        HqProcess hq = hq(data, port);
        Path vault = tmp.resolve("vault");
        HttpHqClient admin = new HttpHqClient();
        String session = admin.signIn(hq.url(), "hq.admin", HQ_PASS.toCharArray());
        String code = admin.issueCode(hq.url(), session, "sup.crash", "Supervisor", "TST").code();
        try (Workspace a = TestVaults.create(vault)) {
            a.users().add("sup.crash", "TST", Set.of(Role.Supervisor), TestVaults.PASSPHRASE.toCharArray(), false);
        }
        try (Workspace ws = TestVaults.vaults().unlock(vault, "sup.crash", TestVaults.PASSPHRASE.toCharArray())) {
            ws.sync().enrol(URI.create("http://127.0.0.1:" + port + "/"), code);
        }
        try {
            for (int i = 0; i < runs; i++) {
                Process p = child(vault);
                opened(p);
                Thread.sleep(300 + random.nextInt(2200));
                if (i % 4 == 3) {
                    hq.kill(); // HQ dies mid-batch, or between batches
                    p.destroyForcibly();
                    p.waitFor(30, TimeUnit.SECONDS);
                    hq = hq(data, port);
                } else {
                    p.destroyForcibly(); // SIGKILL
                    p.waitFor(30, TimeUnit.SECONDS);
                }
            }
            Process last = child(vault, "final");
            BufferedReader out = opened(last);
            String result = out.readLine();
            assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(result).isEqualTo("final pending=0 kept=0");
        } finally {
            hq.close();
        }
        long cases;
        long waiting;
        DataKey key = new FileVaultKeyStore(Argon2Params.FAST, Clock.systemUTC())
                .unwrap(vault, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray());
        VaultDatabase db = VaultDatabase.open(vault, key, true);
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            cases = single(st, "SELECT COUNT(*) FROM case_file");
            // the final session's own sign-out is audited after its sync, and waits for the next one
            waiting = single(st, "SELECT COUNT(*) FROM sync_outbox WHERE table_name <> 'audit_entry'");
        } finally {
            db.close();
        }
        assertThat(cases).as("the children recorded cases").isPositive();
        assertThat(waiting).isZero();
        DataKey hqKey = new FileVaultKeyStore(Argon2Params.FAST, Clock.systemUTC())
                .unwrap(data, "hq.admin", HQ_PASS.toCharArray());
        HqDatabase hqDb = HqDatabase.openFile(data, hqKey);
        try (Connection c = hqDb.dataSource().getConnection(); Statement st = c.createStatement()) {
            assertThat(single(st, "SELECT COUNT(*) FROM hq_record WHERE table_name = 'case_file'"))
                    .as("every case reached HQ").isEqualTo(cases);
            long changes = single(st, "SELECT COUNT(*) FROM hq_change");
            assertThat(single(st, "SELECT COUNT(DISTINCT change_id) FROM hq_change")).as("nothing twice")
                    .isEqualTo(changes);
            assertThat(single(st, "SELECT stored_seq FROM hq_device")).as("no half-applied batch").isEqualTo(changes);
        } finally {
            hqDb.close();
            hqKey.destroy();
        }
    }

    private static long single(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
