package org.shield.hq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.testing.HqProcess;
import org.shield.testing.InProcessCli;

/**
 * HQ on a real PostgreSQL (embedded, from Maven), two HQ processes at once on the same database: what one
 * issues the other honours, because no state lives in the process (ADR 0019). Synthetic names only.
 */
class HqOnPostgresIT {
    private static final String HQ_PASS = "synthetic hq admin passphrase 3";
    private static final Map<String, String> AS_HQ_ADMIN = Map.of("SHIELD_PASSPHRASE", HQ_PASS, "SHIELD_USER",
            "hq.admin");
    private static EmbeddedPostgres pg;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startPostgres() throws Exception {
        pg = org.shield.testing.EmbeddedPg.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    private String database(String name) throws Exception {
        try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + name + "?user=postgres";
    }

    @Test
    void twoHqProcessesServeOneDatabaseOverTlsWithOneCertificateThatLaptopsPin() throws Exception {
        String db = database("hq_two_nodes");
        try (HqProcess a = HqProcess.start(tmp.resolve("a"), AS_HQ_ADMIN, "--db", db, "--tls");
                HqProcess b = HqProcess.start(tmp.resolve("b"), AS_HQ_ADMIN, "--db", db, "--tls")) {
            assertThat(a.url().getScheme()).isEqualTo("https");
            assertThat(a.fingerprint()).as("the certificate lives in the database: one for every node")
                    .matches("([0-9A-F]{2}:){31}[0-9A-F]{2}").isEqualTo(b.fingerprint());
            var unpinned = InProcessCli.run(tmp, AS_HQ_ADMIN, "hq", "devices", "--hq", a.url().toString());
            assertThat(unpinned.code()).isEqualTo(1);
            assertThat(unpinned.err()).contains("--fingerprint");
            var issued = InProcessCli.run(tmp, AS_HQ_ADMIN, "hq", "enroll-code", "--hq", a.url().toString(),
                    "--fingerprint", a.fingerprint(), "--for", "sup.one", "--role", "Supervisor", "--unit", "ATU-DEMO");
            assertThat(issued.code()).as(issued.err()).isZero();
            List<String> lines = issued.out().lines().toList();
            String code = lines.get(lines.size() - 1);
            Path vault = tmp.resolve("laptop");
            Map<String, String> laptop = Map.of("SHIELD_PASSPHRASE", "synthetic laptop passphrase 4");
            assertThat(InProcessCli.run(tmp, laptop, "--vault", vault.toString(), "--user", "sup.one", "vault", "init",
                    "--admin", "sup.one").code()).isZero();
            String wrongPin = b.fingerprint().substring(0, 45) + (b.fingerprint().charAt(45) == 'A' ? 'B' : 'A')
                    + b.fingerprint().substring(46);
            var refused = InProcessCli.run(tmp, laptop, "--vault", vault.toString(), "--user", "sup.one", "sync",
                    "enroll", "--hq", b.url().toString(), "--code", code, "--fingerprint", wrongPin);
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err()).contains("does not have the fingerprint you gave");

            var enrolled = InProcessCli.run(tmp, laptop, "--vault", vault.toString(), "--user", "sup.one", "sync",
                    "enroll", "--hq", b.url().toString(), "--code", code, "--fingerprint", b.fingerprint());

            assertThat(enrolled.code()).as("a code issued on A is good on B, the code was not used up by the"
                    + " refusal: " + enrolled.err()).isZero();
            assertThat(enrolled.out()).contains("Pinned HQ's certificate, SHA-256 " + b.fingerprint());
            var synced = InProcessCli.run(tmp, laptop, "--vault", vault.toString(), "--user", "sup.one", "sync", "now");
            assertThat(synced.code()).as("the pinned laptop syncs over TLS: " + synced.err()).isZero();
            var listed = InProcessCli.run(tmp, AS_HQ_ADMIN, "hq", "devices", "--hq", a.url().toString(),
                    "--fingerprint", a.fingerprint(), "--format", "json");
            JsonNode devices = new ObjectMapper().readTree(listed.out());
            assertThat(devices).hasSize(1);
            assertThat(devices.get(0).get("role").asText()).isEqualTo("Supervisor");
            assertThat(devices.get(0).get("storedSeq").asLong()).isPositive();
            var lost = InProcessCli.run(tmp, AS_HQ_ADMIN, "hq", "device-lost", "--hq", b.url().toString(),
                    "--fingerprint", b.fingerprint(), devices.get(0).get("id").asText());
            assertThat(lost.code()).as(lost.err()).isZero();
            var after = InProcessCli.run(tmp, AS_HQ_ADMIN, "hq", "devices", "--hq", a.url().toString(),
                    "--fingerprint", a.fingerprint(), "--format", "json");
            assertThat(new ObjectMapper().readTree(after.out()).get(0).get("state").asText()).isEqualTo("Lost");
        }
    }

    @Test
    void theFirstStartCreatesTheAdministratorAndEveryLaterStartNeedsItsPassphrase() throws Exception {
        String db = database("hq_first_start");
        try (HqProcess first = HqProcess.start(tmp.resolve("first"), AS_HQ_ADMIN, "--db", db)) {
            assertThat(first.url().getHost()).isEqualTo("127.0.0.1");
        }
        assertThatThrownBy(() -> HqProcess.start(tmp.resolve("none"), Map.of(), "--db", db))
                .as("no passphrase: the value key stays wrapped").hasMessageContaining("HQ ended before it listened");
        assertThatThrownBy(() -> HqProcess.start(tmp.resolve("wrong"), Map.of("SHIELD_PASSPHRASE",
                "a wrong synthetic passphrase"), "--db", db))
                .hasMessageContaining("This passphrase does not open HQ's data");
        try (HqProcess again = HqProcess.start(tmp.resolve("again"), AS_HQ_ADMIN, "--db", db)) {
            var wrong = InProcessCli.run(tmp, Map.of("SHIELD_PASSPHRASE", "a wrong synthetic passphrase", "SHIELD_USER",
                    "hq.admin"), "hq", "devices", "--hq", again.url().toString());
            assertThat(wrong.code()).isEqualTo(1);
            var right = InProcessCli.run(tmp, AS_HQ_ADMIN, "hq", "devices", "--hq", again.url().toString());
            assertThat(right.code()).as(right.err()).isZero();
        }
    }

    @Test
    void twoHqProcessesFirstStartingTogetherMakeOneValueKeyAndOpenEachOthersValues() throws Exception {
        String db = database("hq_key_race");
        CompletableFuture<HqProcess> startA = CompletableFuture.supplyAsync(() -> start(db, "race-a"));
        CompletableFuture<HqProcess> startB = CompletableFuture.supplyAsync(() -> start(db, "race-b"));
        try (HqProcess a = startA.get(); HqProcess b = startB.get()) {
            try (var c = pg.getDatabase("postgres", "hq_key_race").getConnection(); var st = c.createStatement();
                    var rs = st.executeQuery("SELECT COUNT(*) FROM hq_value_key")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
            Map<String, String> laptop = Map.of("SHIELD_PASSPHRASE", "synthetic laptop passphrase 5");
            Path onA = enrolled(a, "sup.a", laptop);
            Path onB = enrolled(b, "sup.b", laptop);
            var added = InProcessCli.run(tmp, laptop, "--vault", onA.toString(), "--user", "sup.a", "case", "add",
                    "--title", "DEMO-SEAL-Zq7 race", "--type", "ForcedCriminalityOnlineScam");
            assertThat(added.code()).as(added.err()).isZero();
            var pushed = InProcessCli.run(tmp, laptop, "--vault", onA.toString(), "--user", "sup.a", "sync", "now");
            assertThat(pushed.code()).as("A seals: " + pushed.err()).isZero();
            var pulled = InProcessCli.run(tmp, laptop, "--vault", onB.toString(), "--user", "sup.b", "sync", "now");
            assertThat(pulled.code()).as("B opens what A sealed: " + pulled.err()).isZero();
            assertThat(pulled.out()).as("B's laptop received A's case and its trail").containsPattern(
                    "Received from HQ: [1-9][0-9]* records");
        }
    }

    private HqProcess start(String db, String dir) {
        try {
            return HqProcess.start(tmp.resolve(dir), AS_HQ_ADMIN, "--db", db);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new vault of {@code user} (unit ATU, the default) enrolled at {@code hq} as a supervisor of ATU. */
    private Path enrolled(HqProcess hq, String user, Map<String, String> env) throws Exception {
        var issued = InProcessCli.run(tmp, AS_HQ_ADMIN, "hq", "enroll-code", "--hq", hq.url().toString(), "--for", user,
                "--role", "Supervisor", "--unit", "ATU");
        assertThat(issued.code()).as(issued.err()).isZero();
        List<String> lines = issued.out().lines().toList();
        Path vault = tmp.resolve("vault-" + user);
        assertThat(InProcessCli.run(tmp, env, "--vault", vault.toString(), "--user", user, "vault", "init", "--admin",
                user).code()).isZero();
        var enrolled = InProcessCli.run(tmp, env, "--vault", vault.toString(), "--user", user, "sync", "enroll", "--hq",
                hq.url().toString(), "--code", lines.get(lines.size() - 1));
        assertThat(enrolled.code()).as(enrolled.err()).isZero();
        return vault;
    }
}
