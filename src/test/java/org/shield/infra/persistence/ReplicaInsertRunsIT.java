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
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.party.PersonDetails.AliasData;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.Workspace;
import org.shield.application.sync.FeedRecord;
import org.shield.application.sync.Replica.Applied;
import org.shield.domain.party.NameKind;
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

    @Test
    void rowsKeyedByTwoColumnsGoInOnceAndOneAlreadyHereIsNotInsertedAgain() throws Exception {
        sql("INSERT INTO case_tag (case_id, tag) VALUES (?, 'DEMO-HERE')", caseId);
        sql("DELETE FROM sync_outbox"); // as if pushed: nothing unsent makes the pulled rows wait
        UUID notHere = UUID.randomUUID();
        Applied alone = apply(List.of(tag(caseId, "DEMO-HERE")));
        Applied done = apply(List.of(tag(caseId, "DEMO-NEW-1"), tag(caseId, "DEMO-NEW-2"), tag(caseId, "DEMO-HERE"),
                tag(notHere, "DEMO-ORPHAN"), tag(caseId, "DEMO-NEW-3")));

        assertThat(alone.applied()).as("the row here, alone on its page, is found, not inserted again").isEqualTo(1);
        assertThat(alone.parked()).isZero();
        assertThat(done.applied()).isEqualTo(4);
        assertThat(done.parked()).as("the tag of a case not here waits for its case").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM case_tag WHERE case_id = ?", caseId)).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM sync_inbox WHERE reason = 'duplicate'")).isZero();
    }

    @Test
    void aPulledAliasOfAPersonTheTransactionAlreadyHeldIsFoundByItsNewText() throws Exception {
        db.close();
        db = null;
        Path vault = tmp.resolve("vault");
        UUID person;
        try (Workspace ws = TestVaults.unlock(vault)) {
            person = ws.persons().save(new SavePersonCommand(null, 0, null, "Demo-Held Person", null, null, 30,
                    List.of(new AliasData(NameKind.Alias, "DEMO alias before")), Set.of(), Set.of(), List.of(),
                    List.of())).id();
        }
        db = VaultDatabase.open(vault, TestVaults.dataKey(vault), true);
        UUID item;
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT item_id FROM person_alias WHERE person_id = ?")) {
            ps.setObject(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                item = rs.getObject(1, UUID.class);
            }
        }
        sql("DELETE FROM sync_outbox");
        Map<String, String> renamed = new LinkedHashMap<>();
        renamed.put("ord", "0");
        renamed.put("name_kind", "\"Alias\"");
        renamed.put("name_text", "\"DEMO alias pulled\"");
        Map<String, String> added = new LinkedHashMap<>();
        added.put("ord", "1");
        added.put("name_kind", "\"Nickname\"");
        added.put("name_text", "\"DEMO nickname pulled\"");
        FeedRecord first = alias(person, item, renamed);
        FeedRecord second = alias(person, UUID.randomUUID(), added);
        Applied done = db.transactions().write(() -> {
            // the caller's transaction read the person before the pull wrote its aliases by JDBC
            assertThat(db.personRepository().find(person)).isPresent();
            return db.replica().apply(List.of(first, second), 1, "DEMO-scope", Instant.now());
        });
        assertThat(done.applied()).isEqualTo(2);
        assertThat(done.parked()).isZero();
        db.close();
        db = null;
        try (Workspace ws = TestVaults.unlock(vault)) {
            assertThat(ws.persons().get(person).aliases()).extracting(AliasData::text)
                    .containsExactly("DEMO alias pulled", "DEMO nickname pulled");
            assertThat(ws.persons().search("DEMO alias pulled")).extracting(r -> r.id()).containsExactly(person);
            assertThat(ws.persons().search("DEMO nickname pulled")).extracting(r -> r.id()).containsExactly(person);
            assertThat(ws.persons().search("DEMO alias before")).isEmpty();
        }
    }

    @Test
    void aPageOfOneHundredAndFiftyPersonsMakesEachFindableByNameAndAliasAndARenameDropsTheOldName()
            throws Exception {
        // more persons than one reindex chunk (64): three chunks, the last a part one
        List<FeedRecord> page = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            page.add(person(id, "Demo-Pulled Qzx" + i));
            Map<String, String> alias = new LinkedHashMap<>();
            alias.put("ord", "0");
            alias.put("name_kind", "\"Alias\"");
            alias.put("name_text", "\"DEMO Kvw" + i + "\"");
            page.add(alias(id, UUID.randomUUID(), alias));
        }
        Applied done = apply(page);
        assertThat(done.applied()).isEqualTo(300);
        assertThat(done.parked()).isZero();
        Applied renamed = db.transactions().write(() -> db.replica().apply(
                List.of(person(ids.get(70), "Demo-Renamed Jfy")), 2, "DEMO-scope", Instant.now()));
        assertThat(renamed.applied()).isEqualTo(1);
        db.close();
        db = null;
        try (Workspace ws = TestVaults.unlock(tmp.resolve("vault"))) {
            for (int i : new int[] {0, 63, 64, 127, 128, 149}) {
                assertThat(ws.persons().search("Demo-Pulled Qzx" + i)).extracting(r -> r.id())
                        .as("person %d by name", i).contains(ids.get(i));
                assertThat(ws.persons().search("DEMO Kvw" + i)).extracting(r -> r.id())
                        .as("person %d by alias", i).containsExactly(ids.get(i));
            }
            assertThat(ws.persons().search("Demo-Renamed Jfy")).extracting(r -> r.id()).containsExactly(ids.get(70));
            assertThat(ws.persons().search("Qzx70")).isEmpty();
            assertThat(ws.persons().search("DEMO Kvw70")).extracting(r -> r.id()).containsExactly(ids.get(70));
        }
    }

    private static FeedRecord person(UUID id, String nameLatin) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", "\"" + id + "\"");
        fields.put("version", "0");
        fields.put("created_at", "\"2026-12-04T10:00:00Z\"");
        fields.put("created_by", "\"demo.colleague\"");
        fields.put("updated_at", "\"2026-12-04T10:00:00Z\"");
        fields.put("updated_by", "\"demo.colleague\"");
        fields.put("name_latin", "\"" + nameLatin + "\"");
        fields.put("gender", "\"NonSpecifiedUnknown\"");
        fields.put("estimated_age", "30");
        return new FeedRecord("person", "{\"id\":\"" + id + "\"}", false, fields, List.of());
    }

    private static FeedRecord alias(UUID person, UUID item, Map<String, String> fields) {
        return new FeedRecord("person_alias", "{\"person_id\":\"" + person + "\",\"item_id\":\"" + item + "\"}",
                false, fields, List.of());
    }

    private static FeedRecord tag(UUID caseOf, String tag) {
        return new FeedRecord("case_tag", "{\"case_id\":\"" + caseOf + "\",\"tag\":\"" + tag + "\"}", false,
                Map.of(), List.of());
    }

    private void sql(String sql, Object... args) throws Exception {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
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
