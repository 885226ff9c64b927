package org.shield.infra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.interview.SaveInterviewCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.interview.Consent;
import org.shield.domain.interview.ConsentAnswer;
import org.shield.domain.interview.InterviewConditions;
import org.shield.domain.interview.InterviewKind;
import org.shield.domain.interview.Statement;
import org.shield.testing.InProcessCli;
import org.shield.testing.JarProcess.Run;
import org.shield.testing.TestVaults;

/**
 * The interview and evidence commands of the command line on one vault, run in this JVM through the jar's
 * composition ({@link InProcessCli}; what only a process shows: {@link CliProcessIT}). Each run unlocks the
 * vault, so the vault, cases and exhibits are made once. Case A holds an exhibit that stays intact; case B's
 * exhibit is tampered with in the last test, which therefore runs last. Synthetic content only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvidenceCliIT {
    static final String ADMIN = "cli-admin";
    static final String PASS = "synthetic cli passphrase 7";
    static final byte[] CONTENT = "DEMO synthetic chat export, line 1\nDEMO line 2\n".repeat(40)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @TempDir
    static Path tmp;
    static Path vault;
    static Path fileA;
    static Path fileB;
    static String caseA;
    static String caseB;
    static Run addA;
    static Path blobB;

    @BeforeAll
    static void setUp() throws Exception {
        vault = tmp.resolve("vault");
        Run init = run("vault", "init", "--admin", ADMIN, "--unit", "CLI");
        assertThat(init.code()).as(init.err()).isZero();
        caseA = newCase("DEMO evidence case A");
        caseB = newCase("DEMO evidence case B");
        fileA = Files.write(tmp.resolve("demo-exhibit-a.txt"), CONTENT);
        fileB = Files.write(tmp.resolve("demo-exhibit-b.bin"), "DEMO exhibit B\n".repeat(100).getBytes());
        addA = run("evidence", "add", caseA, "--file", fileA.toString(), "--description", "DEMO chat export",
                "--collected-by", "DEMO officer", "--source", "DEMO handset");
        assertThat(addA.code()).as(addA.err()).isZero();
        Set<Path> before = blobs();
        Run addB = run("evidence", "add", caseB, "--file", fileB.toString(), "--description", "DEMO photo",
                "--extra-hashes");
        assertThat(addB.code()).as(addB.err()).isZero();
        Set<Path> added = blobs();
        added.removeAll(before);
        assertThat(added).hasSize(1);
        blobB = added.iterator().next();
    }

    static Run run(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--vault", vault.toString(), "--user", ADMIN));
        all.addAll(List.of(args));
        return InProcessCli.run(tmp, Map.of("SHIELD_PASSPHRASE", PASS), all.toArray(String[]::new));
    }

    private static String newCase(String title) throws Exception {
        Run add = run("case", "add", "--title", title);
        assertThat(add.code()).as(add.err()).isZero();
        return add.out().strip();
    }

    private static Set<Path> blobs() throws Exception {
        try (Stream<Path> s = Files.list(vault.resolve("evidence"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".blob")).collect(Collectors.toSet());
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static JsonNode json(Run r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    @Order(1)
    void addPrintsTheExhibitNumberAndTheFilesSha256AndLeavesTheFileAsItWas() throws Exception {
        assertThat(addA.out().strip()).isEqualTo("Exhibit EX-0001 added  sha256 " + sha256(CONTENT));
        assertThat(addA.err()).isEmpty(); // no terminal: no progress
        assertThat(Files.readAllBytes(fileA)).isEqualTo(CONTENT);
    }

    @Test
    @Order(2)
    void listAsJsonGivesNumberHashSizeAndIntegrity() throws Exception {
        JsonNode list = json(run("evidence", "list", caseA, "--format", "json"));
        assertThat(list).hasSize(1);
        JsonNode ex = list.get(0);
        assertThat(ex.get("exhibitNumber").asText()).isEqualTo("EX-0001");
        assertThat(ex.get("type").asText()).isEqualTo("Digital");
        assertThat(ex.get("description").asText()).isEqualTo("DEMO chat export");
        assertThat(ex.get("sha256").asText()).isEqualTo(sha256(CONTENT));
        assertThat(ex.get("sizeBytes").asLong()).isEqualTo(CONTENT.length);
        assertThat(ex.get("integrity").asText()).isEqualTo("AtIntake");
        assertThat(ex.get("custodian").asText()).isEqualTo(ADMIN);
        assertThat(ex.has("sealNumber")).isTrue();
        assertThat(ex.has("storageLocation")).isTrue();
        assertThat(ex.get("parentNumber").isNull()).isTrue();
    }

    @Test
    @Order(3)
    void listAsATableTranslatesTypeAndIntegrityAndShowsTheWholeHash() throws Exception {
        Run table = run("evidence", "list", caseA);
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("EX-0001").contains("Digital").contains("Hashed at intake")
                .contains(sha256(CONTENT)).contains("DEMO chat export");
    }

    @Test
    @Order(4)
    void custodyStartsWithTheCollectedStepAndAMatchingHash() throws Exception {
        JsonNode chain = json(run("evidence", "custody", caseA, "ex-0001", "--format", "json"));
        JsonNode first = chain.get(0);
        assertThat(first.get("sequence").asInt()).isEqualTo(1);
        assertThat(first.get("action").asText()).isEqualTo("Collected");
        assertThat(first.get("hashResult").asText()).isEqualTo("Match");
        assertThat(first.get("hashChecked").asText()).isEqualTo(sha256(CONTENT));
        assertThat(first.get("to").asText()).isEqualTo(ADMIN);
        assertThat(first.get("recordedBy").asText()).isEqualTo(ADMIN);
        assertThat(first.get("occurredAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
    }

    @Test
    @Order(5)
    void exportWritesTheManifestsAndAnExactCopy() throws Exception {
        Path out = tmp.resolve("disclosure");
        Run export = run("evidence", "export", caseA, "--out", out.toString(), "--purpose",
                "DEMO disclosure for the prosecutor");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out().strip()).isEqualTo("Disclosure export written to " + out + ": 1 exhibits, 1 files.");
        assertThat(out.resolve("manifest.csv")).isRegularFile();
        assertThat(out.resolve("manifest.json")).isRegularFile();
        assertThat(out.resolve("SHA256SUMS")).isRegularFile();
        try (Stream<Path> copies = Files.list(out.resolve("exhibits"))) {
            List<Path> files = copies.toList();
            assertThat(files).hasSize(1);
            assertThat(Files.readAllBytes(files.get(0))).isEqualTo(CONTENT);
        }
        assertThat(Files.readString(out.resolve("SHA256SUMS"))).contains(sha256(CONTENT));
    }

    @Test
    @Order(6)
    void exportNeedsAPurpose() throws Exception {
        assertThat(run("evidence", "export", caseA, "--out", tmp.resolve("no-purpose").toString()).code())
                .isEqualTo(2);
        Run tooShort = run("evidence", "export", caseA, "--out", tmp.resolve("short").toString(), "--purpose", "DEMO");
        assertThat(tooShort.code()).isEqualTo(1);
        assertThat(tooShort.err().strip()).isEqualTo("State the purpose (at least 10 characters); it is recorded.");
    }

    @Test
    @Order(7)
    void interviewListOfACaseWithoutInterviewsIsAnEmptyArray() throws Exception {
        JsonNode list = json(run("interview", "list", caseB, "--format", "json"));
        assertThat(list.isArray()).isTrue();
        assertThat(list).isEmpty();
    }

    @Test
    @Order(8)
    void interviewListShowsAnInterviewRecordedInTheAppWithThePersonByPseudonym() throws Exception {
        String name = "Demo-Witness Synthetic";
        UUID interviewId;
        // the app's own services on the same vault, while no command holds it
        try (Workspace ws = TestVaults.vaults().unlock(vault, ADMIN, PASS.toCharArray())) {
            UUID caseId = ws.cases().getByNumber(caseA).id();
            UUID personId = ws.persons().save(SavePersonCommand.newPerson(null, name)).id();
            ws.cases().addParty(new AddPartyCommand(caseId, personId, PartyRole.Witness, null, null));
            ConsentAnswer y = ConsentAnswer.Yes;
            interviewId = ws.interviews().save(new SaveInterviewCommand(null, 0, caseId, personId,
                    InterviewKind.Witness, new InterviewConditions(LocalDate.of(2026, 11, 2), LocalTime.of(9, 30),
                            LocalTime.of(11, 0), "DEMO interview room", "DEMO interviewer", null, "th", null, false,
                            null, null), new Consent(y, y, y, y, y, y, y, null, null),
                    new Statement("th", "DEMO statement", null, null, null),
                    ws.interviews().register(personId).size())).id();
        }
        Run r = run("interview", "list", caseA, "--format", "json");
        JsonNode list = json(r);
        assertThat(list).hasSize(1);
        JsonNode i = list.get(0);
        assertThat(i.get("id").asText()).isEqualTo(interviewId.toString());
        assertThat(i.get("date").asText()).isEqualTo("2026-11-02");
        assertThat(i.get("kind").asText()).isEqualTo("Witness");
        assertThat(i.get("state").asText()).isEqualTo("Open");
        assertThat(i.get("interviewers").asText()).isEqualTo("DEMO interviewer");
        assertThat(i.get("signedOffBy").isNull()).isTrue();
        assertThat(i.get("addenda").asInt()).isZero();
        assertThat(i.get("person").asText()).isNotBlank();
        assertThat(r.out()).doesNotContain(name);

        Run table = run("interview", "list", caseA);
        assertThat(table.out()).contains("2026-11-02").contains("Witness interview").contains("Open")
                .doesNotContain(name);
    }

    @Test
    @Order(9)
    void aWrongCaseOrExhibitNumberExitsOneWithOneLine() throws Exception {
        Run r = run("evidence", "verify", "NOPE-2026-XXXX-00001");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("No such case: NOPE-2026-XXXX-00001");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        Run exhibit = run("evidence", "custody", caseA, "EX-0099");
        assertThat(exhibit.code()).isEqualTo(1);
        assertThat(exhibit.err().strip()).isEqualTo("No such exhibit: EX-0099");
    }

    @Test
    @Order(10)
    void verifyPassesUntilOneByteOfTheStoredFileChangesThenNamesThatExhibit() throws Exception {
        Run intact = run("evidence", "verify", caseB);
        assertThat(intact.code()).as(intact.err()).isZero();
        assertThat(intact.out().strip()).isEqualTo("1 exhibits verified, all intact.");

        byte[] blob = Files.readAllBytes(blobB);
        blob[blob.length / 2] ^= 0x01;
        Files.write(blobB, blob);

        Run damaged = run("evidence", "verify", caseB);
        assertThat(damaged.code()).isEqualTo(1);
        List<String> lines = damaged.out().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith(caseB + "  EX-0001  expected sha256 ")
                .endsWith("found unreadable");
        assertThat(damaged.err().strip()).isEqualTo(
                "Evidence NOT intact: 1 of 1 exhibits failed verification and are flagged for the supervisor.");

        Run all = run("evidence", "verify");
        assertThat(all.code()).isEqualTo(1);
        List<String> allLines = all.out().lines().toList();
        assertThat(allLines).hasSize(1);
        assertThat(allLines.get(0)).startsWith(caseB + "  EX-0001  ");
        assertThat(all.out()).doesNotContain(caseA);
        assertThat(all.err().strip()).isEqualTo(
                "Evidence NOT intact: 1 of 2 exhibits failed verification and are flagged for the supervisor.");
    }
}
