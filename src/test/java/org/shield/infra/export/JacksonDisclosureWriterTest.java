package org.shield.infra.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.common.StorageException;
import org.shield.application.evidence.CustodyEventDetails;
import org.shield.application.evidence.DisclosureManifest;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.domain.evidence.Acquisition;
import org.shield.domain.evidence.ContentHashes;
import org.shield.domain.evidence.CustodyAction;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.ExhibitSource;
import org.shield.domain.evidence.ExhibitType;
import org.shield.domain.evidence.HashCheck;
import org.shield.domain.evidence.Integrity;

class JacksonDisclosureWriterTest {
    private static final UUID CASE = UUID.fromString("0190f000-0000-7000-8000-0000000000c1");
    private static final UUID DIGITAL = UUID.fromString("0190f000-0000-7000-8000-0000000000e1");
    private static final UUID PHYSICAL = UUID.fromString("0190f000-0000-7000-8000-0000000000e2");
    private static final Instant AT = Instant.parse("2026-11-28T03:04:05Z");
    private static final byte[] CONTENT = "synthetic DEMO exhibit content".getBytes(StandardCharsets.UTF_8);
    private static final String FILE = "exhibits/EX-0001_demo.bin";

    @TempDir
    Path folder;

    private final JacksonDisclosureWriter writer = new JacksonDisclosureWriter();
    private String contentSha256;

    @BeforeEach
    void writeTheExportedCopy() throws Exception {
        contentSha256 = hex("SHA-256", CONTENT);
        Files.createDirectories(folder.resolve("exhibits"));
        Files.write(folder.resolve(FILE), CONTENT);
    }

    private static String hex(String algorithm, byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    }

    private ExhibitDetails digital(String number, String description) throws Exception {
        return new ExhibitDetails(DIGITAL, CASE, "TST-2026-0001", number, ExhibitType.Digital, description,
                new ExhibitSource("DEMO make", "DEMO model", "SN-DEMO-1", "000000000000000", "demo@example.invalid",
                        "https://example.invalid/demo"),
                new Acquisition("Seized under DEMO warrant", "DEMO-WARRANT-1", "demo-investigator", "Investigator",
                        "B-0001", AT, "Asia/Bangkok", "DEMO station", "DEMO imager", "1.0"),
                "demo.bin", (long) CONTENT.length,
                new ContentHashes(contentSha256, hex("MD5", CONTENT), hex("SHA-1", CONTENT)), "Intact", "SEAL-1",
                "DEMO locker 1", new ExhibitFlags(true, false, false), null, null, "demo-investigator",
                Integrity.Verified, AT.plusSeconds(60), "demo-investigator", AT, 3);
    }

    private static ExhibitDetails physical(String number, String description) {
        return new ExhibitDetails(PHYSICAL, CASE, "TST-2026-0001", number, ExhibitType.Physical, description,
                ExhibitSource.NONE, null, null, null, null, "Bag sealed", "SEAL-2", "DEMO locker 2",
                ExhibitFlags.NONE, DIGITAL, "EX-0001", "demo-officer", Integrity.NoContent, null, "demo-officer", AT, 1);
    }

    private static List<CustodyEventDetails> chain(UUID exhibit, String number, int length) {
        UUID previous = null;
        List<CustodyEventDetails> events = new java.util.ArrayList<>();
        for (int i = 1; i <= length; i++) {
            UUID id = UUID.nameUUIDFromBytes((exhibit + "/" + i).getBytes(StandardCharsets.UTF_8));
            CustodyAction action = i == 1 ? CustodyAction.Collected : i == length ? CustodyAction.Exported
                    : CustodyAction.Transferred;
            events.add(new CustodyEventDetails(id, exhibit, number, i, previous, action,
                    action == CustodyAction.Transferred ? "demo-investigator" : null,
                    action == CustodyAction.Transferred ? "demo-officer" : null, AT.plusSeconds(i * 3600L),
                    "DEMO station", "DEMO step " + i, "DEMO locker", null, HashCheck.NotChecked, "demo-investigator",
                    AT.plusSeconds(i * 3600L + 5), null, null));
            previous = id;
        }
        return events;
    }

    private DisclosureManifest manifest() throws Exception {
        return new DisclosureManifest("TST-2026-0001", AT.plusSeconds(86_400), "demo-investigator",
                "DEMO disclosure to defence (synthetic)", List.of(
                        new DisclosureManifest.Item(digital("EX-0001", "DEMO handset (synthetic)"), FILE,
                                contentSha256, chain(DIGITAL, "EX-0001", 3)),
                        new DisclosureManifest.Item(physical("EX-0002", "DEMO paper notebook (synthetic)"), null, null,
                                chain(PHYSICAL, "EX-0002", 2))));
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void manifestCsvHasTheHeaderAndOneRowPerExhibit() throws Exception {
        writer.write(folder, manifest());
        Path file = folder.resolve("manifest.csv");
        assertThat(Files.readAllBytes(file)[0]).isEqualTo((byte) 'e'); // no byte-order mark
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertThat(CSVFormat.RFC4180.parse(r).getRecords().get(0).values())
                    .containsExactlyElementsOf(JacksonDisclosureWriter.MANIFEST_COLUMNS);
        }
        List<CSVRecord> rows = csv(file);
        assertThat(rows).hasSize(2);
        CSVRecord d = rows.get(0);
        assertThat(d.get("exhibitNumber")).isEqualTo("EX-0001");
        assertThat(d.get("type")).isEqualTo("Digital");
        assertThat(d.get("description")).isEqualTo("DEMO handset (synthetic)");
        assertThat(d.get("file")).isEqualTo(FILE);
        assertThat(d.get("sizeBytes")).isEqualTo(Integer.toString(CONTENT.length));
        assertThat(d.get("sha256")).isEqualTo(contentSha256);
        assertThat(d.get("md5")).isEqualTo(hex("MD5", CONTENT));
        assertThat(d.get("sha1")).isEqualTo(hex("SHA-1", CONTENT));
        assertThat(d.get("exportedSha256")).isEqualTo(contentSha256);
        assertThat(d.get("match")).isEqualTo("true");
        assertThat(d.get("originalFileName")).isEqualTo("demo.bin");
        assertThat(d.get("deviceSerial")).isEqualTo("SN-DEMO-1");
        assertThat(d.get("url")).isEqualTo("https://example.invalid/demo");
        assertThat(d.get("legalAuthority")).isEqualTo("DEMO-WARRANT-1");
        assertThat(d.get("collectedByBadge")).isEqualTo("B-0001");
        assertThat(d.get("collectedAt")).isEqualTo("2026-11-28T03:04:05Z");
        assertThat(d.get("timeZone")).isEqualTo("Asia/Bangkok");
        assertThat(d.get("toolVersion")).isEqualTo("1.0");
        assertThat(d.get("sealNumber")).isEqualTo("SEAL-1");
        assertThat(d.get("identifiesVictim")).isEqualTo("true");
        assertThat(d.get("involvesMinor")).isEqualTo("false");
        assertThat(d.get("integrity")).isEqualTo("Verified");
        assertThat(d.get("verifiedAt")).isEqualTo("2026-11-28T03:05:05Z");
        CSVRecord p = rows.get(1);
        assertThat(p.get("type")).isEqualTo("Physical");
        assertThat(p.get("file")).isEmpty();
        assertThat(p.get("sizeBytes")).isEmpty();
        assertThat(p.get("sha256")).isEmpty();
        assertThat(p.get("match")).isEmpty();
        assertThat(p.get("collectedAt")).isEmpty();
        assertThat(p.get("parentNumber")).isEqualTo("EX-0001");
        assertThat(p.get("custodian")).isEqualTo("demo-officer");
        assertThat(p.get("integrity")).isEqualTo("NoContent");
    }

    @Test
    void manifestJsonHasTheHeaderAndTheExhibits() throws Exception {
        writer.write(folder, manifest());
        JsonNode root = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertThat(root.get("caseNumber").asText()).isEqualTo("TST-2026-0001");
        assertThat(root.get("producedAt").asText()).isEqualTo("2026-11-29T03:04:05Z");
        assertThat(root.get("producedBy").asText()).isEqualTo("demo-investigator");
        assertThat(root.get("purpose").asText()).isEqualTo("DEMO disclosure to defence (synthetic)");
        assertThat(root.get("generator").asText()).isEqualTo("SHIELD Case Desk");
        JsonNode x = root.get("exhibits");
        assertThat(x).hasSize(2);
        assertThat(x.get(0).properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactlyElementsOf(JacksonDisclosureWriter.MANIFEST_COLUMNS);
        assertThat(x.get(0).get("sizeBytes").isIntegralNumber()).isTrue();
        assertThat(x.get(0).get("sizeBytes").asLong()).isEqualTo(CONTENT.length);
        assertThat(x.get(0).get("match").booleanValue()).isTrue();
        assertThat(x.get(0).get("identifiesVictim").booleanValue()).isTrue();
        assertThat(x.get(0).get("exportedSha256").asText()).isEqualTo(contentSha256);
        assertThat(x.get(0).get("account").asText()).isEqualTo("demo@example.invalid");
        assertThat(x.get(1).get("exhibitNumber").asText()).isEqualTo("EX-0002");
        assertThat(x.get(1).get("file").isNull()).isTrue();
        assertThat(x.get(1).get("match").isNull()).isTrue();
        assertThat(x.get(1).get("sexualContent").booleanValue()).isFalse();
    }

    @Test
    void aCopyThatDiffersFromTheIntakeHashIsNotAMatch() throws Exception {
        String other = "0".repeat(64);
        writer.write(folder, new DisclosureManifest("TST-2026-0001", AT, "demo-investigator", "DEMO", List.of(
                new DisclosureManifest.Item(digital("EX-0001", "DEMO handset (synthetic)"), FILE, other, List.of()))));
        assertThat(csv(folder.resolve("manifest.csv")).get(0).get("match")).isEqualTo("false");
    }

    @Test
    void eachExhibitHasItsCustodyChainInOrder() throws Exception {
        writer.write(folder, manifest());
        List<CSVRecord> one = csv(folder.resolve("custody/EX-0001.csv"));
        assertThat(one).extracting(r -> r.get("sequence")).containsExactly("1", "2", "3");
        assertThat(one).extracting(r -> r.get("action")).containsExactly("Collected", "Transferred", "Exported");
        assertThat(one.get(0).get("previousEventId")).isEmpty();
        assertThat(one.get(1).get("previousEventId")).isEqualTo(one.get(0).get("id"));
        assertThat(one.get(1).get("fromCustodian")).isEqualTo("demo-investigator");
        assertThat(one.get(1).get("toCustodian")).isEqualTo("demo-officer");
        assertThat(one.get(0).get("occurredAt")).isEqualTo("2026-11-28T04:04:05Z");
        assertThat(one.get(0).get("recordedAt")).isEqualTo("2026-11-28T04:04:10Z");
        assertThat(one.get(0).get("hashResult")).isEqualTo("NotChecked");
        try (Reader r = Files.newBufferedReader(folder.resolve("custody/EX-0001.csv"))) {
            assertThat(CSVFormat.RFC4180.parse(r).getRecords().get(0).values())
                    .containsExactlyElementsOf(JacksonDisclosureWriter.CUSTODY_COLUMNS);
        }
        assertThat(csv(folder.resolve("custody/EX-0002.csv"))).extracting(r -> r.get("action"))
                .containsExactly("Collected", "Exported");

        JsonNode j = new ObjectMapper().readTree(folder.resolve("custody/EX-0001.json").toFile());
        assertThat(j.get("exhibitNumber").asText()).isEqualTo("EX-0001");
        assertThat(j.get("events")).hasSize(3);
        assertThat(j.get("events").get(2).get("sequence").asInt()).isEqualTo(3);
        assertThat(j.get("events").get(2).get("action").asText()).isEqualTo("Exported");
        assertThat(j.get("events").get(0).get("previousEventId").isNull()).isTrue();
        assertThat(new ObjectMapper().readTree(folder.resolve("custody/EX-0002.json").toFile()).get("events"))
                .hasSize(2);
    }

    @Test
    void sha256SumsListsEachExportedCopyForSha256sumCheck() throws Exception {
        writer.write(folder, manifest());
        List<String> lines = Files.readAllLines(folder.resolve("SHA256SUMS"), StandardCharsets.UTF_8);
        assertThat(lines).containsExactly(contentSha256 + "  " + FILE);
        String[] parts = lines.get(0).split(" {2}", 2);
        assertThat(hex("SHA-256", Files.readAllBytes(folder.resolve(parts[1])))).isEqualTo(parts[0]);
    }

    @Test
    void anExhibitNumberCannotNameAFileOutsideTheCustodyFolder() throws Exception {
        Path folder = this.folder.resolve("disclosure");
        Files.createDirectories(folder);
        writer.write(folder, new DisclosureManifest("TST-2026-0001", AT, "demo-investigator", "DEMO", List.of(
                new DisclosureManifest.Item(physical("../x", "DEMO bag (synthetic)"), null, null,
                        chain(PHYSICAL, "../x", 1)),
                new DisclosureManifest.Item(physical("../../y", "DEMO box (synthetic)"), null, null,
                        chain(PHYSICAL, "../../y", 1)))));
        assertThat(this.folder.resolve("x.csv")).doesNotExist();
        assertThat(this.folder.resolve("y.csv")).doesNotExist();
        assertThat(folder.resolve("x.csv")).doesNotExist();
        try (Stream<Path> all = Files.walk(this.folder)) {
            assertThat(all.filter(Files::isRegularFile).map(f -> this.folder.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith("exhibits/")))
                    .containsExactlyInAnyOrder("disclosure/manifest.csv", "disclosure/manifest.json",
                            "disclosure/SHA256SUMS", "disclosure/custody/_._x.csv", "disclosure/custody/_._x.json",
                            "disclosure/custody/_._.._y.csv", "disclosure/custody/_._.._y.json");
        }
        // the manifest keeps the number as recorded
        assertThat(csv(folder.resolve("manifest.csv")).get(0).get("exhibitNumber")).isEqualTo("../x");
    }

    @Test
    void aFormulaLookingValueIsNeutralisedInCsvButKeptExactInJson() throws Exception {
        String formula = "=HYPERLINK(\"https://example.invalid\",\"DEMO\")";
        writer.write(folder, new DisclosureManifest("TST-2026-0001", AT, "demo-investigator", "@DEMO purpose",
                List.of(new DisclosureManifest.Item(physical("EX-0003", formula), null, null, List.of()))));
        CSVRecord row = csv(folder.resolve("manifest.csv")).get(0);
        assertThat(row.get("description")).isEqualTo("'" + formula);
        assertThat(new ObjectMapper().readTree(folder.resolve("manifest.json").toFile()).get("exhibits").get(0)
                .get("description").asText()).isEqualTo(formula);
        assertThat(FormulaGuard.cell("+1")).isEqualTo("'+1");
        assertThat(FormulaGuard.cell("-1")).isEqualTo("'-1");
        assertThat(FormulaGuard.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FormulaGuard.cell("\tx")).isEqualTo("'\tx");
        assertThat(FormulaGuard.cell("DEMO = fine")).isEqualTo("DEMO = fine");
    }

    @Test
    void anExistingManifestIsNotOverwrittenAndNothingIsLeftBehind() throws Exception {
        Path existing = folder.resolve("manifest.csv");
        Files.writeString(existing, "keep me");
        assertThatThrownBy(() -> writer.write(folder, manifest())).isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(((StorageException) e).userMessage().key()).isEqualTo("error.exportExists"));
        assertThat(Files.readString(existing)).isEqualTo("keep me");
        assertThat(folder.resolve("manifest.json")).doesNotExist();
        assertThat(folder.resolve("custody")).doesNotExist();
        assertThat(folder.resolve("SHA256SUMS")).doesNotExist();
    }

    @Test
    void aFailureHalfwayRemovesWhatThisWriteCreated() throws Exception {
        Files.createDirectories(folder.resolve("custody"));
        Files.writeString(folder.resolve("custody/EX-0002.json"), "keep me");
        assertThatThrownBy(() -> writer.write(folder, manifest())).isInstanceOf(StorageException.class);
        assertThat(Files.readString(folder.resolve("custody/EX-0002.json"))).isEqualTo("keep me");
        assertThat(folder.resolve("manifest.csv")).doesNotExist();
        assertThat(folder.resolve("custody/EX-0001.csv")).doesNotExist();
        assertThat(folder.resolve("custody/EX-0002.csv")).doesNotExist();
    }

    @Test
    void aMissingFolderIsAStorageErrorWithAMessage() {
        assertThatThrownBy(() -> writer.write(folder.resolve("no/such"), manifest()))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(((StorageException) e).userMessage().key()).isEqualTo("error.storage"));
    }

    @Test
    void aDisclosedFileMustLieInsideTheFolder() {
        assertThatThrownBy(() -> writer.write(folder, new DisclosureManifest("TST-2026-0001", AT, "demo-investigator",
                "DEMO", List.of(new DisclosureManifest.Item(digital("EX-0001", "DEMO handset (synthetic)"),
                        "../outside.bin", contentSha256, List.of()))))).isInstanceOf(IllegalArgumentException.class);
        assertThat(folder.resolve("manifest.csv")).doesNotExist();
    }
}
