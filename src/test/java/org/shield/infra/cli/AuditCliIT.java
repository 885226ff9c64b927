package org.shield.infra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.shield.testing.Folders;
import org.shield.testing.InProcessCli;
import org.shield.testing.JarProcess.Run;

/**
 * The audit and user commands of the command line, run in this JVM through the jar's composition
 * ({@link InProcessCli}; exit status and the rest of what only a process shows: {@link CliProcessIT}). Synthetic
 * names and passphrases only. {@code vault init} and {@code user add} run once into a prepared vault (checked
 * there); each test works on its own copy of it, so the tests are independent and run two at a time.
 */
class AuditCliIT {
    static final String ADMIN = "cli-admin";
    static final String ADMIN_PASS = "synthetic cli passphrase 7";
    static final String NEW_USER = "demo-investigator";
    static final String TEMPORARY = "temporary synthetic words 31";
    static final String OWN = "own synthetic words for 55";
    static final String WRONG_PASSPHRASE = "The user name or passphrase is not correct.";

    /** The vault as {@code vault init} and {@code user add} left it (the admin, and the investigator added). */
    @TempDir
    static Path prepared;

    @TempDir
    Path tmp;
    Path vault;
    Path temporaryFile;
    Path ownFile;

    @BeforeAll
    static void initVaultAndAddInvestigator() throws Exception {
        Path temporary = Files.writeString(prepared.resolve("temporary.txt"), TEMPORARY + "\n");
        Path vault = prepared.resolve("vault");
        Run init = as(prepared, vault, ADMIN, ADMIN_PASS, "vault", "init", "--admin", ADMIN, "--unit", "CLI");
        assertThat(init.code()).as(init.err()).isZero();
        Run add = as(prepared, vault, ADMIN, ADMIN_PASS, "user", "add", NEW_USER, "--role", "Investigator", "--unit",
                "CLI", "--new-passphrase-file", temporary.toString());
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains(NEW_USER);
    }

    @BeforeEach
    void copyPreparedVault() throws Exception {
        vault = tmp.resolve("vault");
        temporaryFile = Files.writeString(tmp.resolve("temporary.txt"), TEMPORARY + "\n");
        ownFile = Files.writeString(tmp.resolve("own.txt"), OWN + "\n");
        Folders.copy(prepared.resolve("vault"), vault);
    }

    private static Run as(Path tmp, Path vault, String user, String passphrase, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--vault", vault.toString(), "--user", user));
        all.addAll(List.of(args));
        return InProcessCli.run(tmp, Map.of("SHIELD_PASSPHRASE", passphrase), all.toArray(String[]::new));
    }

    private Run as(String user, String passphrase, String... args) throws Exception {
        return as(tmp, vault, user, passphrase, args);
    }

    private Run admin(String... args) throws Exception {
        return as(ADMIN, ADMIN_PASS, args);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void anAddedUserUnlocksWithTheTemporaryPassphraseButMustChooseTheirOwnFirst() throws Exception {
        Run first = as(NEW_USER, TEMPORARY, "case", "list");
        assertThat(first.code()).isEqualTo(1);
        assertThat(first.err().strip()).isEqualTo("You were given a temporary passphrase. Choose your own first:"
                + " vault passwd --new-passphrase-file FILE");

        Run passwd = as(NEW_USER, TEMPORARY, "vault", "passwd", "--new-passphrase-file", ownFile.toString());
        assertThat(passwd.code()).as(passwd.err()).isZero();
        assertThat(passwd.out().strip()).isEqualTo("Passphrase changed.");

        Run after = as(NEW_USER, OWN, "case", "list");
        assertThat(after.code()).as(after.err()).isZero();
        assertThat(as(NEW_USER, TEMPORARY, "case", "list").err().strip()).isEqualTo(WRONG_PASSPHRASE);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void userListShowsEveryAccountWithRolesAndTheTemporaryMark() throws Exception {
        Run table = admin("user", "list");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains(ADMIN).contains(NEW_USER);

        JsonNode users = new ObjectMapper().readTree(admin("user", "list", "--format", "json").out());
        assertThat(users).hasSize(2);
        JsonNode added = users.get(1);
        assertThat(added.get("userName").asText()).isEqualTo(NEW_USER);
        assertThat(added.get("unitCode").asText()).isEqualTo("CLI");
        assertThat(added.get("roles")).hasSize(1);
        assertThat(added.get("roles").get(0).asText()).isEqualTo("Investigator");
        assertThat(added.get("mustChangePassphrase").asBoolean()).isTrue();
        assertThat(added.get("disabled").asBoolean()).isFalse();
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aDisabledUserCanNoLongerUnlockAndIsToldTheSameAsForAWrongPassphrase() throws Exception {
        Run disable = admin("user", "disable", NEW_USER);
        assertThat(disable.code()).as(disable.err()).isZero();

        Run refused = as(NEW_USER, TEMPORARY, "vault", "passwd", "--new-passphrase-file", ownFile.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo(WRONG_PASSPHRASE);
        assertThat(admin("user", "list", "--format", "csv").out()).contains(NEW_USER + ",,CLI,Investigator,true,");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void anInvestigatorMayNotManageUsers() throws Exception {
        assertThat(as(NEW_USER, TEMPORARY, "vault", "passwd", "--new-passphrase-file", ownFile.toString()).code())
                .isZero();

        Run denied = as(NEW_USER, OWN, "user", "add", "demo-other", "--role", "Administrator", "--unit", "CLI",
                "--new-passphrase-file", temporaryFile.toString());
        assertThat(denied.code()).isEqualTo(1);
        assertThat(denied.err().strip()).isEqualTo("Your roles do not allow this (USER_MANAGE). The attempt was recorded.");
        assertThat(denied.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(admin("user", "list").out()).doesNotContain("demo-other");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void theCsvExportHoldsTheSignInsAndTheUserAdded() throws Exception {
        Run csv = admin("audit", "list", "--format", "csv");
        assertThat(csv.code()).as(csv.err()).isZero();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.out())).getRecords();
        assertThat(csv.out().lines().findFirst()).contains("sequence,time,user,action,record_type,record_id,changes");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("action")).isEqualTo("SignIn");
            assertThat(r.get("user")).isEqualTo(ADMIN);
            assertThat(r.get("time")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("action")).isEqualTo("UserAdded");
            assertThat(r.get("record_type")).isEqualTo("UserAccount");
            assertThat(r.get("changes")).contains("userName: " + NEW_USER).contains("roles: Investigator");
        });
        assertThat(rows).extracting(r -> Long.parseLong(r.get("sequence"))).isSorted();
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void auditListFiltersAndWritesJsonToANewFileOnly() throws Exception {
        Path out = tmp.resolve("trail.json");
        Run json = admin("audit", "list", "--action", "useradded", "--user", ADMIN, "--since", "2000-01-01",
                "--format", "json", "--output", out.toString());
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).contains("1 entries written to");
        JsonNode entries = new ObjectMapper().readTree(out.toFile());
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("action").asText()).isEqualTo("UserAdded");
        assertThat(entries.get(0).get("changes").isArray()).isTrue();

        Run again = admin("audit", "list", "--format", "json", "--output", out.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err().strip())
                .isEqualTo("A file with that name already exists. Choose another name for the export.");

        Run none = admin("audit", "list", "--until", "2000-01-01", "--format", "json");
        assertThat(new ObjectMapper().readTree(none.out())).isEmpty();
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void auditVerifyOfAnIntactTrailExitsZeroWithTheCount() throws Exception {
        Run verify = admin("audit", "verify");
        assertThat(verify.code()).as(verify.err()).isZero();
        // init, user add and this command: three sign-ins, two locks, one user added
        assertThat(verify.out().strip()).matches("Audit trail intact: \\d+ entries checked\\.");
        long count = Long.parseLong(verify.out().replaceAll("\\D", ""));
        assertThat(count).isGreaterThanOrEqualTo(6);
        Run full = admin("audit", "verify", "--full");
        assertThat(full.code()).as(full.err()).isZero();
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void badAuditUsageExitsTwo() throws Exception {
        assertThat(admin("audit", "list", "--output", tmp.resolve("x").toString()).code()).isEqualTo(2);
        assertThat(admin("audit", "list", "--since", "28/11/2026").code()).isEqualTo(2);
        assertThat(admin("user", "add", "someone", "--unit", "CLI").code()).isEqualTo(2);
    }
}
