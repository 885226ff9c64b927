package org.shield.infra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.shield.testing.HqProcess;
import org.shield.testing.InProcessCli;
import org.shield.testing.JarProcess.Run;

/**
 * HQ and enrolment on loopback (issue 7, slice 1): {@code hq serve} as a real process on its encrypted H2 file;
 * {@code hq enroll-code}, {@code sync enroll} from a laptop vault, {@code hq devices}, {@code hq device-lost} from
 * the command line run in this JVM through the jar's composition ({@link InProcessCli}).
 * Synthetic names only. Each test enrols its own users, so the tests run two at a time against the one HQ; the one
 * that reads HQ's files runs alone ({@link #HQ_FILES}).
 */
class HqCliIT {
    /** Held exclusively by the test that reads every file of HQ's data folder, so no other test writes meanwhile. */
    static final String HQ_FILES = "HqCliIT.hq-files";
    private static final String HQ_PASS = "synthetic hq admin passphrase 1";
    private static final String LAPTOP_PASS = "synthetic laptop passphrase 2";
    private static final Map<String, String> AS_HQ_ADMIN = Map.of("SHIELD_PASSPHRASE", HQ_PASS, "SHIELD_USER",
            "hq.admin");

    /** One HQ for the class (a start costs seconds); each test enrols its own users. */
    @TempDir
    static Path shared;
    private static HqProcess hq;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startHq() throws Exception {
        hq = HqProcess.start(shared, AS_HQ_ADMIN, "--data", shared.resolve("hq").toString());
    }

    @AfterAll
    static void stopHq() throws Exception {
        if (hq != null) {
            hq.close();
        }
    }

    private JsonNode devicesOf(HqProcess hq, String user) throws Exception {
        List<JsonNode> mine = new java.util.ArrayList<>();
        devices(hq).forEach(d -> {
            if (d.get("userName").asText().equals(user)) {
                mine.add(d);
            }
        });
        return new ObjectMapper().valueToTree(mine);
    }

    private String code(HqProcess hq, String forUser, String role) throws Exception {
        var run = InProcessCli.run(tmp, AS_HQ_ADMIN, "hq", "enroll-code", "--hq", hq.url().toString(), "--for", forUser,
                "--role", role, "--unit", "atu-demo");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private Path laptop(String user) throws Exception {
        return laptop("laptop-" + user, user);
    }

    private Path laptop(String dir, String user) throws Exception {
        Path vault = tmp.resolve(dir);
        var init = InProcessCli.run(tmp, Map.of("SHIELD_PASSPHRASE", LAPTOP_PASS), "--vault", vault.toString(),
                "--user", user, "vault", "init", "--admin", user);
        assertThat(init.code()).as(init.err()).isZero();
        return vault;
    }

    private Run enrol(Path vault, String user, HqProcess hq, String code) throws Exception {
        return InProcessCli.run(tmp, Map.of("SHIELD_PASSPHRASE", LAPTOP_PASS), "--vault", vault.toString(), "--user",
                user, "sync", "enroll", "--hq", hq.url().toString(), "--code", code);
    }

    private JsonNode devices(HqProcess hq) throws Exception {
        var run = InProcessCli.run(tmp, AS_HQ_ADMIN, "hq", "devices", "--hq", hq.url().toString(), "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = HQ_FILES, mode = ResourceAccessMode.READ)
    void hqPasswdOnTheFileOfARunningHqIsRefusedAndChangesNothing() throws Exception {
        Path next = tmp.resolve("next-passphrase.txt");
        Files.writeString(next, "synthetic new hq passphrase 3\n");

        var run = InProcessCli.run(tmp, AS_HQ_ADMIN, "hq", "passwd", "--data", shared.resolve("hq").toString(),
                "--new-passphrase-file", next.toString());

        assertThat(run.code()).as(run.out()).isEqualTo(1);
        assertThat(run.err()).contains("open in a running HQ").doesNotContain("synthetic");
        // the running HQ still signs its administrator in with the passphrase it started with
        assertThat(code(hq, "inv.passwd", "investigator")).isNotBlank();
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = HQ_FILES, mode = ResourceAccessMode.READ)
    void aLaptopEnrolsWithAOneTimeCodeAndHqListsItsDevice() throws Exception {
        String code = code(hq, "inv.one", "investigator");
        assertThat(code).matches("[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){4}");
        Path vault = laptop("inv.one");

        var enrolled = enrol(vault, "inv.one", hq, code);

        assertThat(enrolled.code()).as(enrolled.err()).isZero();
        assertThat(enrolled.out()).contains("Enrolled at HQ as device").contains("inv.one (Investigator, unit ATU-DEMO)");
        JsonNode list = devicesOf(hq, "inv.one");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("userName").asText()).isEqualTo("inv.one");
        assertThat(list.get(0).get("state").asText()).isEqualTo("Active");
        assertThat(enrolled.out()).contains(list.get(0).get("id").asText());

        var again = enrol(laptop("second-laptop", "inv.one"), "inv.one", hq, code);
        assertThat(again.code()).as("a code is good once").isEqualTo(1);
        assertThat(again.err()).contains("enrolment code is not valid");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = HQ_FILES, mode = ResourceAccessMode.READ)
    void aCodeIsForTheUserItWasIssuedTo() throws Exception {
        String code = code(hq, "inv.three", "Investigator");

        var other = enrol(laptop("inv.two"), "inv.two", hq, code);

        assertThat(other.code()).isEqualTo(1);
        assertThat(other.err()).contains("issued for another user");
        assertThat(devicesOf(hq, "inv.two")).isEmpty();
        var rightful = enrol(laptop("inv.three"), "inv.three", hq, code.toLowerCase().replace("-", " "));
        assertThat(rightful.code()).as("the refusal did not use the code up; case and dashes do not matter: "
                + rightful.err()).isZero();
    }

    private Run status(Path vault, String user) throws Exception {
        return InProcessCli.run(tmp, Map.of("SHIELD_PASSPHRASE", LAPTOP_PASS), "--vault", vault.toString(), "--user",
                user, "sync", "status", "--format", "json");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = HQ_FILES, mode = ResourceAccessMode.READ)
    void aLaptopReportedLostDestroysItsKeysAtItsNextContactAndSaysSo() throws Exception {
        Path vault = laptop("cw.one");
        JsonNode before = new ObjectMapper().readTree(status(vault, "cw.one").out());
        assertThat(before.get("enrolled").asBoolean()).isFalse();
        assertThat(before.get("hqState").asText()).isEqualTo("NotEnrolled");
        assertThat(enrol(vault, "cw.one", hq, code(hq, "cw.one", "Caseworker")).code()).isZero();
        var active = status(vault, "cw.one");
        assertThat(active.code()).as(active.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(active.out());
        assertThat(s.get("hqState").asText()).isEqualTo("Active");
        assertThat(s.get("pending").asLong()).as("what vault init and enrolment wrote waits in the outbox").isPositive();
        assertThat(s.get("lastSync").isNull()).isTrue();
        assertThat(s.get("conflicts").asInt()).isZero();
        String id = devicesOf(hq, "cw.one").get(0).get("id").asText();

        var lost = InProcessCli.run(tmp, AS_HQ_ADMIN, "hq", "device-lost", "--hq", hq.url().toString(), id);
        assertThat(lost.code()).as(lost.err()).isZero();
        assertThat(devicesOf(hq, "cw.one").get(0).get("state").asText()).isEqualTo("Lost");

        var contact = status(vault, "cw.one");

        assertThat(contact.code()).isEqualTo(1);
        assertThat(contact.err()).contains("reported this laptop lost").contains("can no longer be opened");
        assertThat(devicesOf(hq, "cw.one").get(0).get("state").asText()).isEqualTo("Shredded");
        assertThat(vault.resolve("keys.json")).doesNotExist();
        var after = InProcessCli.run(tmp, Map.of("SHIELD_PASSPHRASE", LAPTOP_PASS), "--vault", vault.toString(),
                "--user", "cw.one", "case", "list");
        assertThat(after.code()).as("the vault cannot be opened with the right passphrase").isEqualTo(1);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = HQ_FILES, mode = ResourceAccessMode.READ_WRITE)
    void hqRefusesAWrongAdministratorPassphraseAndKeepsItsDataEncrypted() throws Exception {
        Path data = shared.resolve("hq");
        String code = code(hq, "inv.four", "Investigator");
        var wrong = InProcessCli.run(tmp, Map.of("SHIELD_PASSPHRASE", "not the passphrase", "SHIELD_USER",
                "hq.admin"), "hq", "devices", "--hq", hq.url().toString());
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("account name or passphrase is not correct");
        try (Stream<Path> files = Files.walk(data)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(f.getFileName().toString()).doesNotContain("inv.four")
                        .doesNotContain(code.substring(0, 4) + "-" + code.substring(5, 9));
            }
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = HQ_FILES, mode = ResourceAccessMode.READ)
    void aLaptopThatCannotReachHqIsToldSoAndStaysUnenrolled() throws Exception {
        Path vault = laptop("inv.one");
        var run = InProcessCli.run(tmp, Map.of("SHIELD_PASSPHRASE", LAPTOP_PASS), "--vault", vault.toString(), "--user",
                "inv.one", "sync", "enroll", "--hq", "http://127.0.0.1:9/", "--code", "AAAA-BBBB");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("could not be reached").contains("nothing was lost");
        JsonNode after = new ObjectMapper().readTree(status(vault, "inv.one").out());
        assertThat(after.get("enrolled").asBoolean()).isFalse();
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = HQ_FILES, mode = ResourceAccessMode.READ)
    void syncNowSendsTheVaultsWorkToHqAndStatusShowsNothingWaiting() throws Exception {
        Path vault = laptop("sup.five");
        Map<String, String> env = Map.of("SHIELD_PASSPHRASE", LAPTOP_PASS);
        assertThat(enrol(vault, "sup.five", hq, code(hq, "sup.five", "Supervisor")).code()).isZero();
        var created = InProcessCli.run(tmp, env, "--vault", vault.toString(), "--user", "sup.five", "case", "add",
                "--title", "DEMO case for HQ");
        assertThat(created.code()).as(created.err()).isZero();

        var now = InProcessCli.run(tmp, env, "--vault", vault.toString(), "--user", "sup.five", "sync", "now");

        assertThat(now.code()).as(now.err()).isZero();
        assertThat(now.out()).contains("Sent to HQ:").contains("Still waiting to be sent: 0");
        JsonNode s = new ObjectMapper().readTree(status(vault, "sup.five").out());
        assertThat(s.get("pending").asLong()).as("only the audit entries of the sessions since (sign-out, sign-in)")
                .isBetween(1L, 3L);
        assertThat(s.get("lastSync").isNull()).isFalse();
        assertThat(devicesOf(hq, "sup.five").get(0).get("storedSeq").asLong()).isPositive();
        var conflicts = InProcessCli.run(tmp, env, "--vault", vault.toString(), "--user", "sup.five", "sync",
                "conflicts", "--format", "json");
        assertThat(conflicts.code()).as(conflicts.err()).isZero();
        assertThat(new ObjectMapper().readTree(conflicts.out())).isEmpty();
    }
}
