package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.AddNoteCommand;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CaseQuery;
import org.shield.application.casefile.CaseSummary;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.NoteDetails;
import org.shield.application.casefile.RecordEventCommand;
import org.shield.application.casefile.UpdateCaseCommand;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.party.PersonDetails.DocumentData;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.DataKey;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.ExploitationType;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.casefile.TraffickingEventType;
import org.shield.domain.party.DocumentType;
import org.shield.domain.party.Gender;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.FileVaultKeyStore;
import org.shield.testing.TestVaults;

/**
 * Closing compacts a vault file that is mostly dead space (REUSE_SPACE=FALSE never reclaims it; ADR 0004): on a
 * real encrypted H2 file, every record and the audit trail survive, the copy is still encrypted, and an open of
 * the same vault waits for the compaction.
 */
class CloseCompactionIT {
    private static final int CASES = 8;
    private static final String CANARY = "DEMO canary note zqxj";

    @TempDir
    Path tmp;

    @Test
    void closeCompactsAFileThatIsMostlyDeadSpaceAndEveryRecordSurvives() throws Exception {
        Path vault = tmp.resolve("vault");
        List<String> titles = fill(vault);
        long before = Files.size(dbFile(vault));
        VaultDatabase db = VaultDatabase.open(vault, key(vault), true).compactAtDeadBytes(1L << 20);
        try (Connection c = db.dataSource().getConnection()) {
            assertThat(FileSpace.of(c)).hasValueSatisfying(s -> assertThat(s.worthCompacting(1L << 20)).isTrue());
        }

        db.close();

        assertThat(Files.size(dbFile(vault))).isLessThan(before / 2);
        try (var files = Files.list(dbFile(vault).getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("shield.mv.db");
        }
        assertThat(new String(Files.readAllBytes(dbFile(vault)), StandardCharsets.ISO_8859_1)).doesNotContain(CANARY)
                .doesNotContain("DEMO compaction case");
        try (Workspace ws = TestVaults.unlock(vault)) {
            List<CaseSummary> cases = ws.cases().list(CaseQuery.all());
            assertThat(cases).extracting(CaseSummary::title).containsExactlyInAnyOrderElementsOf(titles);
            for (CaseSummary c : cases) {
                assertThat(ws.cases().notes(c.id())).extracting(NoteDetails::body).singleElement().asString()
                        .startsWith(CANARY);
                assertThat(ws.cases().parties(c.id())).hasSize(1);
                assertThat(ws.cases().events(c.id())).hasSize(1);
            }
            assertThat(ws.audit().verify(false, ProgressListener.NONE, new CancellationToken()).intact()).isTrue();
        }
    }

    @Test
    void closeLeavesAFileWithLittleDeadSpaceInPlace() throws Exception {
        Path vault = tmp.resolve("vault");
        TestVaults.create(vault).close();
        Object fileKey = Files.readAttributes(dbFile(vault), BasicFileAttributes.class).fileKey();
        Assumptions.assumeTrue(fileKey != null, "the file system gives no file identity to compare");

        VaultDatabase.open(vault, key(vault), true).close();

        assertThat(Files.readAttributes(dbFile(vault), BasicFileAttributes.class).fileKey()).isEqualTo(fileKey);
    }

    @Test
    void openingTheVaultWaitsForACloseThatCompacts() throws Exception {
        Path vault = tmp.resolve("vault");
        List<String> titles = fill(vault);
        long before = Files.size(dbFile(vault));
        VaultDatabase db = VaultDatabase.open(vault, key(vault), true).compactAtDeadBytes(1L << 20);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            Future<?> closing = worker.submit(() -> {
                db.close();
                return null;
            });
            while (!VaultDatabase.opensOrClosesNow(vault) && !closing.isDone()) {
                Thread.onSpinWait();
            }
            try (VaultDatabase again = VaultDatabase.open(vault, key(vault), true);
                 Connection c = again.dataSource().getConnection();
                 ResultSet rs = c.createStatement().executeQuery("select count(*) from case_file")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(titles.size());
                assertThat(Files.size(dbFile(vault))).isLessThan(before / 2);
            }
            closing.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            worker.shutdownNow();
        }
    }

    /** Eight cases with a note, a party, a route step and an edit each: 40 commits, each appending a chunk. */
    private static List<String> fill(Path vault) throws Exception {
        List<String> titles = new ArrayList<>();
        try (Workspace ws = TestVaults.create(vault)) {
            for (int i = 0; i < CASES; i++) {
                CaseDetails c = ws.cases().create(new CreateCaseCommand("DEMO compaction case " + i, null,
                        Set.of(ExploitationType.ForcedLabour), null, null, LocalDate.of(2026, 3, 1), null, null,
                        Set.of("demo")));
                ws.cases().addNote(new AddNoteCommand(c.id(), CANARY + " " + i + ": nothing here is real", null));
                ws.cases().addNewPersonAsParty(new SavePersonCommand(null, 0, null, "Demo-Person Testsuk " + i,
                        Gender.Feminine, null, 25, List.of(), Set.of("MM"), Set.of("my"),
                        List.of(new DocumentData(DocumentType.Passport, "DEMO-000000" + i, "MM", null, null)),
                        List.of()), c.id(), PartyRole.Victim, null, null);
                ws.cases().recordEvent(new RecordEventCommand(c.id(), TraffickingEventType.Transit,
                        LocalDate.of(2026, 2, 1), "Demo Border Point B", "TH", null, null, "DEMO: invented"));
                UpdateCaseCommand b = UpdateCaseCommand.from(ws.cases().get(c.id()));
                String title = "DEMO compaction case " + i + " (edited)";
                ws.cases().update(new UpdateCaseCommand(b.id(), b.version(), title, b.status(), b.closureReason(),
                        b.closedOn(), b.exploitationTypes(), b.unitCode(), b.leadInvestigator(), b.openedOn(),
                        "DEMO summary", b.sensitivity(), b.tags()));
                titles.add(title);
            }
        }
        return titles;
    }

    private static DataKey key(Path vault) throws Exception {
        return new FileVaultKeyStore(Argon2Params.FAST, Clock.systemUTC())
                .unwrap(vault, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray());
    }

    private static Path dbFile(Path vault) {
        return vault.resolve(VaultDatabase.DB_DIR).resolve(VaultDatabase.DB_NAME + ".mv.db");
    }
}
