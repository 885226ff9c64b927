package org.shield.infra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.shield.testing.Folders;
import org.shield.testing.InProcessCli;
import org.shield.testing.JarProcess;
import org.shield.testing.JarProcess.Run;

/**
 * The command line as a user runs it: exit codes, messages, output formats. What only a process of the packaged jar
 * shows runs as one ({@link #jar}): the exit status {@code main} gives the shell (0, 1 for a user's error, 2 for bad
 * usage), {@code --version} without JavaFX, the message without a display, and a vault made and read. The other
 * commands run in this JVM through the same composition ({@link #cli}, ADR 0110), a fraction of a second each
 * instead of about four. Each test has its own folder and vault, so they run two at a time; the tests that need an
 * empty vault made by {@code vault init --admin cli-admin} (no unit) get a copy of one made once in
 * {@link #initEmptyVault()}.
 */
class CliProcessIT {
    static final String PASS = "synthetic cli passphrase 7";

    /** The vault as {@code vault init --admin cli-admin} left it. */
    @TempDir
    static Path prepared;

    @TempDir
    Path tmp;
    Path vault;

    @BeforeAll
    static void initEmptyVault() throws Exception {
        Run init = cli(prepared, Map.of("SHIELD_PASSPHRASE", PASS), "--vault", prepared.resolve("vault").toString(),
                "--user", "cli-admin", "vault", "init", "--admin", "cli-admin");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("cli-admin");
    }

    @BeforeEach
    void setUp() {
        vault = tmp.resolve("vault");
    }

    /** {@code vault} becomes a copy of the empty vault {@code vault init --admin cli-admin} made. */
    private void initialisedVault() throws Exception {
        Folders.copy(prepared.resolve("vault"), vault);
    }

    /** A process of the packaged jar. */
    static Run jar(Path tmp, Map<String, String> env, String... args) throws Exception {
        return JarProcess.run(tmp, env, args);
    }

    /** The same command line in this JVM. */
    static Run cli(Path tmp, Map<String, String> env, String... args) {
        return InProcessCli.run(tmp, env, args);
    }

    /** In this JVM, as cli-admin on this test's vault. */
    private Run run(String... args) {
        return cli(tmp, Map.of("SHIELD_PASSPHRASE", PASS), asAdmin(args));
    }

    /** A process, as cli-admin on this test's vault. */
    private Run runJar(String... args) throws Exception {
        return jar(tmp, Map.of("SHIELD_PASSPHRASE", PASS), asAdmin(args));
    }

    private String[] asAdmin(String... args) {
        List<String> all = new ArrayList<>(List.of("--vault", vault.toString(), "--user", "cli-admin"));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void versionPrintsWithoutStartingJavaFx() throws Exception {
        Run r = jar(tmp, Map.of(), "--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("SHIELD Case Desk ");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aUserNamedLikeACommandCanSignIn() throws Exception {
        // the demo vault's first user is "demo", which is also a command
        Run init = jar(tmp, Map.of("SHIELD_PASSPHRASE", PASS), "--vault", vault.toString(), "--user", "demo",
                "vault", "init", "--admin", "demo", "--unit", "CLI");
        assertThat(init.code()).as(init.err()).isZero();
        Run list = jar(tmp, Map.of("SHIELD_PASSPHRASE", PASS), "--vault", vault.toString(), "--user", "demo",
                "case", "list");
        assertThat(list.code()).as(list.err()).isZero();
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void initAddListShowInEveryFormat() throws Exception {
        assertThat(run("vault", "init", "--admin", "cli-admin", "--unit", "CLI").code()).isZero();
        Run add = run("case", "add", "--title", "DEMO cli case", "--type", "ForcedCriminalityOnlineScam",
                "--type", "ForcedLabour", "--status", "FollowUp");
        assertThat(add.code()).as(add.err()).isZero();
        String number = add.out().strip();
        assertThat(number).matches("CLI-\\d{4}-[0-9A-Z]{4}-00001");

        JsonNode list = new ObjectMapper().readTree(run("case", "list", "--format", "json").out());
        assertThat(list.isArray()).isTrue();
        assertThat(list.get(0).get("caseNumber").asText()).isEqualTo(number);
        assertThat(list.get(0).get("title").asText()).isEqualTo("DEMO cli case");
        assertThat(list.get(0).get("status").asText()).isEqualTo("FollowUp");

        Run csv = run("case", "list", "--format", "csv");
        assertThat(csv.out().lines().findFirst()).contains("caseNumber,title,status,types,unit,openedOn");
        assertThat(run("case", "list").out()).contains(number).contains("DEMO cli case");

        JsonNode show = new ObjectMapper().readTree(run("case", "show", number, "--format", "json").out());
        assertThat(show.isObject()).isTrue();
        assertThat(show.get("caseNumber").asText()).isEqualTo(number);
        assertThat(show.get("exploitationTypes")).hasSize(2);
        assertThat(run("case", "show", number).out()).contains("title: DEMO cli case");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void demoDataIsSearchableByAliasDocumentAndPhone() throws Exception {
        initialisedVault();
        Run demo = run("demo", "--cases", "3");
        assertThat(demo.code()).as(demo.err()).isZero();
        JsonNode cases = new ObjectMapper().readTree(run("case", "list", "--format", "json").out());
        assertThat(cases).hasSize(3);
        cases.forEach(c -> assertThat(c.get("title").asText()).contains("DEMO"));
        JsonNode found = new ObjectMapper().readTree(run("person", "search", "demo-0000000", "--format", "json").out());
        assertThat(found).isNotEmpty();
        // the first demo person is a victim: found by phone, listed by pseudonym only
        assertThat(run("person", "search", "02000 00000").out()).containsPattern("V-\\d{4}-[A-Z0-9]{4}-\\d{4}")
                .doesNotContain("Demo-");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void userErrorsExitOneWithOneClearLine() throws Exception {
        Run missing = runJar("case", "list");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("No vault found in this folder. Create one first (vault init).");

        initialisedVault();
        Run wrong = jar(tmp, Map.of("SHIELD_PASSPHRASE", "not the right one"), "--vault", vault.toString(),
                "--user", "cli-admin", "case", "list");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err().strip()).isEqualTo("The user name or passphrase is not correct.");
        assertThat(wrong.err()).doesNotContain("Exception").doesNotContain("\tat ");

        Run noCase = runJar("case", "show", "NOPE-2026-XXXX-00001");
        assertThat(noCase.code()).isEqualTo(1);
        assertThat(noCase.err().strip()).isEqualTo("No such case: NOPE-2026-XXXX-00001");

        Run weak = jar(tmp, Map.of("SHIELD_PASSPHRASE", "password1234"), "--vault", tmp.resolve("v2").toString(),
                "vault", "init", "--admin", "someone");
        assertThat(weak.code()).isEqualTo(1);
        assertThat(weak.err().strip()).isEqualTo("That passphrase is too common. Choose another.");

        Run noPass = jar(tmp, Map.of(), "--vault", vault.toString(), "--user", "cli-admin", "case", "list");
        assertThat(noPass.code()).isEqualTo(1);
        assertThat(noPass.err()).contains("--passphrase-file");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void withoutADisplayTheWindowCommandSaysWhyInOneLine() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("DISPLAY", null);
        env.put("WAYLAND_DISPLAY", null);
        Run r = jar(tmp, env, "--vault", vault.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("No graphical display found").doesNotContain("\n");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void badUsageExitsTwo() throws Exception {
        assertThat(runJar("case", "list", "--format", "xml").code()).isEqualTo(2);
        assertThat(runJar("case", "frobnicate").code()).isEqualTo(2);
        assertThat(runJar("case", "add").code()).isEqualTo(2);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void passphraseFileBackupRestoreAndPasswd() throws Exception {
        Path passFile = tmp.resolve("pass.txt");
        Files.writeString(passFile, PASS + "\n");
        Map<String, String> noEnv = new HashMap<>();
        assertThat(cli(tmp, noEnv, "--vault", vault.toString(), "--passphrase-file", passFile.toString(),
                "vault", "init", "--admin", "cli-admin").code()).isZero();
        String number = run("case", "add", "--title", "DEMO to back up").out().strip();
        Path backup = tmp.resolve("out.shieldbak");
        Run b = run("vault", "backup", "--out", backup.toString());
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(b.out()).contains("verified");
        assertThat(run("vault", "verify").code()).isZero();

        Path restored = tmp.resolve("restored");
        Run r = cli(tmp, Map.of("SHIELD_PASSPHRASE", PASS), "--vault", restored.toString(), "--user", "cli-admin",
                "vault", "restore", "--from", backup.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Run shown = cli(tmp, Map.of("SHIELD_PASSPHRASE", PASS), "--vault", restored.toString(), "--user",
                "cli-admin", "case", "show", number);
        assertThat(shown.out()).contains("DEMO to back up");

        Path newPass = tmp.resolve("new.txt");
        Files.writeString(newPass, "another synthetic phrase 9\n");
        assertThat(run("vault", "passwd", "--new-passphrase-file", newPass.toString()).code()).isZero();
        assertThat(run("case", "list").code()).isEqualTo(1);
        assertThat(cli(tmp, Map.of(), "--vault", vault.toString(), "--user", "cli-admin", "--passphrase-file",
                newPass.toString(), "case", "list").code()).isZero();
    }
}
