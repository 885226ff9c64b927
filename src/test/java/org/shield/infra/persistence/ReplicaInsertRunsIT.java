package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.security.Workspace;
import org.shield.application.sync.FeedRecord;
import org.shield.application.sync.Replica.Applied;
import org.shield.testing.TestVaults;

/**
 * A pulled page's new rows go in by multi-row INSERTs, one per run of rows of one table (issue 7, ADR 0019,
 * "Throughput"): every row arrives once, and a run holding a row that cannot go in yet still applies the others and
 * keeps that one back, as one row at a time did. Synthetic data only.
 */
class ReplicaInsertRunsIT {
    @TempDir
    Path tmp;
    private VaultDatabase db;
    private UUID caseId;

    @BeforeEach
    void aVaultWithACase() throws Exception {
        Path vault = tmp.resolve("vault");
        try (Workspace ws = TestVaults.create(vault)) {
            caseId = ws.cases().create(CreateCaseCommand.titled("DEMO case for pulled notes")).id();
        }
        db = VaultDatabase.open(vault, TestVaults.dataKey(vault), true);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void twoHundredAndFiftyNewNotesArriveEachOnceInThreeStatements() throws Exception {
        List<FeedRecord> page = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            page.add(note(UUID.randomUUID(), caseId, "DEMO pulled note " + i));
        }
        Applied done = apply(page);

        assertThat(done.applied()).isEqualTo(250);
        assertThat(done.parked()).isZero();
        assertThat(count("SELECT COUNT(*) FROM case_note WHERE case_id = ?", caseId)).isEqualTo(250);
        assertThat(count("SELECT COUNT(DISTINCT id) FROM case_note WHERE version = 0 AND body LIKE 'DEMO pulled%'"))
                .isEqualTo(250);
        assertThat(count("SELECT COUNT(*) FROM sync_outbox WHERE table_name = 'case_note'"))
                .as("what came from HQ is not sent back").isZero();
    }

    @Test
    void recordsWhoseFieldsComeInAnotherOrderStillPutEachValueInItsColumn() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        FeedRecord usual = note(first, caseId, "DEMO body one");
        Map<String, String> reversed = new LinkedHashMap<>();
        List<String> cols = new ArrayList<>(note(second, caseId, "DEMO body two").fields().keySet());
        java.util.Collections.reverse(cols);
        FeedRecord other = note(second, caseId, "DEMO body two");
        for (String col : cols) {
            reversed.put(col, other.fields().get(col));
        }
        reversed.put("created_by", "\"demo.second\"");
        Applied done = apply(List.of(usual, new FeedRecord("case_note", other.rowKey(), false, reversed, List.of())));

        assertThat(done.applied()).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM case_note WHERE id = ? AND body = 'DEMO body two'"
                + " AND created_by = 'demo.second' AND case_id = ?", second, caseId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM case_note WHERE id = ? AND body = 'DEMO body one'"
                + " AND created_by = 'demo.colleague'", first)).isEqualTo(1);
    }

    @Test
    void aRunWithANoteOfACaseNotHereAppliesTheOthersAndKeepsThatOneBack() throws Exception {
        List<FeedRecord> page = new ArrayList<>();
        UUID orphan = UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            page.add(i == 4 ? note(orphan, UUID.randomUUID(), "DEMO note of a case not here")
                    : note(UUID.randomUUID(), caseId, "DEMO pulled note " + i));
        }
        Applied done = apply(page);

        assertThat(done.applied()).isEqualTo(9);
        assertThat(done.parked()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM case_note WHERE case_id = ?", caseId)).isEqualTo(9);
        assertThat(count("SELECT COUNT(*) FROM case_note WHERE id = ?", orphan)).isZero();
        assertThat(count("SELECT COUNT(*) FROM sync_inbox WHERE table_name = 'case_note' AND reason = 'reference'"))
                .isEqualTo(1);
    }

    @Test
    void aNoteWithAnUnsentChangeHereWaitsAndTheOthersGoIn() throws Exception {
        UUID mine = UUID.randomUUID();
        FeedRecord edited = note(mine, caseId, "DEMO note HQ changed");
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sync_outbox (seq, change_id, table_name, row_key, op, changes, at)"
                        + " VALUES (999999, ?, 'case_note', ?, 'U', '{}', CURRENT_TIMESTAMP)")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, edited.rowKey());
            ps.executeUpdate();
        }
        Applied done = apply(List.of(note(UUID.randomUUID(), caseId, "DEMO pulled note a"), edited,
                note(UUID.randomUUID(), caseId, "DEMO pulled note b")));

        assertThat(done.waiting()).as("the note changed here waits for its change to reach HQ").isEqualTo(1);
        assertThat(done.applied()).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM case_note WHERE id = ?", mine)).isZero();
    }

    private Applied apply(List<FeedRecord> page) throws Exception {
        return db.transactions().write(() -> db.replica().apply(page, 1, "DEMO-scope", Instant.now()));
    }

    private static FeedRecord note(UUID id, UUID caseOf, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("created_at", "\"2026-12-04T10:00:00Z\"");
        fields.put("created_by", "\"demo.colleague\"");
        fields.put("updated_at", "\"2026-12-04T10:00:00Z\"");
        fields.put("updated_by", "\"demo.colleague\"");
        fields.put("case_id", "\"" + caseOf + "\"");
        fields.put("body", "\"" + body + "\"");
        fields.put("version", "0");
        return new FeedRecord("case_note", "{\"id\":\"" + id + "\"}", false, fields, List.of());
    }

    private long count(String sql, Object... args) throws Exception {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
