package org.shield.hq.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shield.hq.store.Sql.column;
import static org.shield.hq.store.Sql.run;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.shield.application.common.StorageException;
import org.shield.hq.HqStore;
import org.shield.testing.EmbeddedPg;
import org.shield.testing.HqSeals;

/**
 * An HQ database written before HQ sealed values (migrated to V9 and filled in plaintext), on H2 and PostgreSQL:
 * sealed, and its field rows folded into one sealed value per record, at start by two HQ processes at once, after a
 * start killed half way; readable the same afterwards, with the marker nowhere in plaintext. And a sealed value moved
 * to another row does not open. Synthetic data only.
 */
class LegacySealingIT {
    private static final String MARK = "DEMO-SEAL-Zq7";
    private static final String TITLE = "\"" + MARK + " title\"";
    private static final String OLD_TITLE = "\"" + MARK + " old title\"";
    private static final String A_VALUE = "\"" + MARK + " by A\"";
    private static final String RESOLVED = "\"" + MARK + " resolved\"";
    private static final String SHA = "ab".repeat(32);
    private static final String TLS_PASSWORD = MARK + "-tls-password";
    private static final byte[] CHUNK_0 = (MARK + " first chunk of synthetic content ").getBytes(StandardCharsets.UTF_8);
    private static final byte[] CHUNK_1 = (MARK + " second chunk ").getBytes(StandardCharsets.UTF_8);

    @Test
    void onH2() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:hq-legacy-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        ValueSeal seal = legacyValuesAreReadThenSealedOnceAndStayReadable(ds);
        aSealedValueMovedToAnotherRowDoesNotOpen(ds, seal);
    }

    @Test
    void onPostgres() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPg.start()) {
            ValueSeal seal = legacyValuesAreReadThenSealedOnceAndStayReadable(pg.getPostgresDatabase());
            aSealedValueMovedToAnotherRowDoesNotOpen(pg.getPostgresDatabase(), seal);
        }
    }

    private static final String CASE_KEY = "{\"id\":\"" + UUID.randomUUID() + "\"}";
    private static final String OTHER_KEY = "{\"id\":\"" + UUID.randomUUID() + "\"}";

    private ValueSeal legacyValuesAreReadThenSealedOnceAndStayReadable(DataSource ds) throws Exception {
        HqDatabase.migrations(ds).target("9").load().migrate();
        UUID device = UUID.randomUUID();
        UUID conflict = UUID.randomUUID();
        UUID openConflict = UUID.randomUUID();
        try (Connection c = ds.getConnection()) {
            for (String key : List.of(CASE_KEY, OTHER_KEY)) {
                run(c, "INSERT INTO hq_record (table_name, row_key, pos, deleted, open_conflicts, created_by,"
                        + " updated_at) VALUES ('case_file', ?, 1, FALSE, ?, ?, CURRENT_TIMESTAMP)", key,
                        key.equals(CASE_KEY) ? 1 : 0, device);
            }
            for (Object[] f : new Object[][] {{CASE_KEY, "title", TITLE}, {CASE_KEY, "summary", null},
                {OTHER_KEY, "title", "\"DEMO other\""}}) {
                run(c, "INSERT INTO hq_field (table_name, row_key, col, val, device_id, user_name, hlc, change_id, at)"
                        + " VALUES ('case_file', ?, ?, ?, ?, 'demo.user', 'h', ?, CURRENT_TIMESTAMP)", f[0], f[1], f[2],
                        device, UUID.randomUUID());
            }
            run(c, "INSERT INTO hq_field_history (table_name, row_key, col, val, device_id, user_name, hlc, change_id,"
                    + " at, superseded_by, superseded_at) VALUES ('case_file', ?, 'title', ?, ?, 'demo.user', 'h', ?,"
                    + " CURRENT_TIMESTAMP, ?, CURRENT_TIMESTAMP)", CASE_KEY, OLD_TITLE, device, UUID.randomUUID(),
                    UUID.randomUUID());
            run(c, "INSERT INTO hq_conflict (id, table_name, row_key, col, opened_at, resolved_at, resolved_by,"
                    + " resolution) VALUES (?, 'case_file', ?, 'summary', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
                    + " 'demo.user', ?)", conflict, CASE_KEY, RESOLVED);
            run(c, "INSERT INTO hq_conflict (id, table_name, row_key, col, opened_at) VALUES (?, 'case_file', ?,"
                    + " 'title', CURRENT_TIMESTAMP)", openConflict, CASE_KEY);
            run(c, "INSERT INTO hq_conflict_value (conflict_id, device_id, val, user_name, hlc, change_id, at)"
                    + " VALUES (?, ?, ?, 'demo.user', 'h', ?, CURRENT_TIMESTAMP)", openConflict, device, A_VALUE,
                    UUID.randomUUID());
            for (int i = 1; i <= 3; i++) {
                run(c, "INSERT INTO hq_change (device_id, seq, change_id, table_name, row_key, op, changes, user_name,"
                        + " device_at, device_hlc, hq_hlc, received_at, clock_flagged) VALUES (?, ?, ?, 'case_file',"
                        + " ?, 'UPDATE', ?, 'demo.user', CURRENT_TIMESTAMP, 'h', 'h', CURRENT_TIMESTAMP, FALSE)",
                        device, (long) i, UUID.randomUUID(), CASE_KEY, "{\"title\":[null," + TITLE + "]}");
            }
            run(c, "INSERT INTO hq_content (sha256, size_bytes, held_bytes, complete, device_id, started_at)"
                    + " VALUES (?, ?, ?, TRUE, ?, CURRENT_TIMESTAMP)", SHA, (long) (CHUNK_0.length + CHUNK_1.length),
                    (long) (CHUNK_0.length + CHUNK_1.length), device);
            run(c, "INSERT INTO hq_tls (id, keystore, password, fingerprint, created_at) VALUES (1, 'DEMO-keystore', ?,"
                    + " 'DEMO-fingerprint', CURRENT_TIMESTAMP)", TLS_PASSWORD);
            run(c, "INSERT INTO hq_content_chunk (sha256, chunk_start, chunk_size, data) VALUES (?, 0, ?, ?)", SHA,
                    CHUNK_0.length, CHUNK_0);
            run(c, "INSERT INTO hq_content_chunk (sha256, chunk_start, chunk_size, data) VALUES (?, ?, ?, ?)", SHA,
                    (long) CHUNK_0.length, CHUNK_1.length, CHUNK_1);
        }
        HqDatabase.migrations(ds).load().migrate();
        ValueSeal seal = HqSeals.fresh();
        JdbcHqStore store = new JdbcHqStore(ds, seal);
        HqStore.FeedRow row = new HqStore.FeedRow("case_file", CASE_KEY, 1, false, null, null, 1);
        assertThat(single(ds, "SELECT legacy_sealed FROM hq_seal_state")).isEqualTo(false);
        assertThat(single(ds, "SELECT fields_folded FROM hq_seal_state")).isEqualTo(false);
        // a first start (of the HQ that sealed field by field) was killed half way: it had sealed one field and one
        // chunk
        try (Connection c = ds.getConnection()) {
            run(c, "UPDATE hq_field SET val = ? WHERE row_key = ? AND col = 'title'",
                    seal.seal(TITLE, ValueSeal.field("case_file", CASE_KEY, "title")), CASE_KEY);
            run(c, "UPDATE hq_content_chunk SET data = ?, sealed = TRUE WHERE chunk_start = 0",
                    seal.sealBytes(CHUNK_0, ValueSeal.chunk(SHA, 0)));
        }

        // two HQ processes start together
        CompletableFuture<int[]> one = CompletableFuture.supplyAsync(() -> start(ds, seal));
        CompletableFuture<int[]> two = CompletableFuture.supplyAsync(() -> start(ds, seal));

        // legacy values: 1 history, 1 competing, 1 resolution, 3 changes, 1 TLS password, 1 chunk; the fields (one
        // plaintext, one sealed, one NULL) are folded into their two records
        assertThat(one.get()[0] + two.get()[0]).as("each legacy value sealed once").isEqualTo(8);
        assertThat(one.get()[1] + two.get()[1]).as("each record's fields folded once").isEqualTo(2);
        assertThat(store.tls()).hasValueSatisfying(t -> assertThat(t).containsExactly("DEMO-keystore", TLS_PASSWORD));
        assertThat(single(ds, "SELECT legacy_sealed FROM hq_seal_state")).isEqualTo(true);
        assertThat(single(ds, "SELECT fields_folded FROM hq_seal_state")).isEqualTo(true);
        assertThat(LegacySealing.sealAll(ds, seal)).as("later starts find nothing").isZero();
        assertThat(RecordFieldsFold.foldAll(ds, seal)).as("later starts find nothing").isZero();
        Map<String, String> expected = new java.util.HashMap<>();
        expected.put("title", TITLE);
        expected.put("summary", null);
        assertThat(store.fields(List.of(row)).get("case_file\u0000" + CASE_KEY)).as("a null value stays null")
                .isEqualTo(expected);
        assertThat(store.fields(List.of(new HqStore.FeedRow("case_file", OTHER_KEY, 1, false, null, null, 0)))
                .get("case_file\u0000" + OTHER_KEY)).isEqualTo(Map.of("title", "\"DEMO other\""));
        assertThat(store.openConflicts()).singleElement().satisfies(k -> {
            assertThat(k.view().current()).isEqualTo(TITLE);
            assertThat(k.view().values()).singleElement().satisfies(v -> assertThat(v.value()).isEqualTo(A_VALUE));
        });
        byte[] whole = store.contentRange(SHA, 0, CHUNK_0.length + CHUNK_1.length);
        assertThat(new String(whole, StandardCharsets.UTF_8))
                .isEqualTo(new String(CHUNK_0, StandardCharsets.UTF_8) + new String(CHUNK_1, StandardCharsets.UTF_8));
        assertThat(store.contentRange(SHA, CHUNK_0.length - 3, 6)).as("a range across two chunks")
                .isEqualTo(java.util.Arrays.copyOfRange(whole, CHUNK_0.length - 3, CHUNK_0.length + 3));
        try (Connection c = ds.getConnection()) {
            assertThat(column(c, "SELECT resolution FROM hq_conflict WHERE resolution IS NOT NULL")).singleElement()
                    .satisfies(r -> assertThat(seal.open(r, ValueSeal.resolution("case_file", CASE_KEY, "summary")))
                            .isEqualTo(RESOLVED));
            assertThat(column(c, "SELECT val FROM hq_field_history")).singleElement()
                    .satisfies(v -> assertThat(seal.open(v, ValueSeal.history("case_file", CASE_KEY, "title")))
                            .isEqualTo(OLD_TITLE));
            assertThat(column(c, "SELECT val FROM hq_field")).as("folded rows are gone").isEmpty();
            for (String sql : List.of("SELECT fields FROM hq_record", "SELECT val FROM hq_field_history",
                    "SELECT val FROM hq_conflict_value", "SELECT resolution FROM hq_conflict WHERE resolution IS NOT NULL",
                    "SELECT changes FROM hq_change", "SELECT password FROM hq_tls")) {
                assertThat(column(c, sql)).as(sql).isNotEmpty().allSatisfy(v -> assertThat(v).startsWith("~1")
                        .doesNotContain(MARK));
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT data, sealed FROM hq_content_chunk")) {
                while (rs.next()) {
                    assertThat(rs.getBoolean(2)).isTrue();
                    assertThat(new String(rs.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain(MARK);
                }
            }
        }
        return seal;
    }

    @Test
    void aNewTlsKeyStoresItsPasswordSealed() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:hq-tls-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        HqDatabase.migrations(ds).load().migrate();
        JdbcHqStore store = new JdbcHqStore(ds, HqSeals.fresh());
        assertThat(store.saveTls("DEMO-keystore", TLS_PASSWORD, "DEMO-fingerprint", java.time.Instant.now())).isTrue();
        try (Connection c = ds.getConnection()) {
            assertThat(column(c, "SELECT password FROM hq_tls")).singleElement()
                    .satisfies(p -> assertThat(p).startsWith("~1").doesNotContain(MARK));
        }
        assertThat(store.tls()).hasValueSatisfying(t -> assertThat(t).containsExactly("DEMO-keystore", TLS_PASSWORD));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new JdbcHqStore(ds, HqSeals.fresh()).tls())
                .as("under another value key the password does not open")
                .isInstanceOf(org.shield.application.common.StorageException.class);
    }

    private void aSealedValueMovedToAnotherRowDoesNotOpen(DataSource ds, ValueSeal seal) throws Exception {
        // sealed above; the other record's title is overwritten with this record's sealed title
        try (Connection c = ds.getConnection()) {
            String sealedFields = column(c, "SELECT fields FROM hq_record WHERE row_key = '" + CASE_KEY + "'").get(0);
            run(c, "UPDATE hq_record SET fields = ? WHERE row_key = ?", sealedFields, OTHER_KEY);
        }
        JdbcHqStore store = new JdbcHqStore(ds, seal);
        HqStore.FeedRow other = new HqStore.FeedRow("case_file", OTHER_KEY, 1, false, null, null, 0);
        assertThatThrownBy(() -> store.fields(List.of(other))).as("moved to another row")
                .isInstanceOf(StorageException.class).hasMessageContaining("hq.error.valueSealBroken")
                .hasMessageNotContaining(MARK).hasRootCauseInstanceOf(javax.crypto.AEADBadTagException.class);
        HqStore.FeedRow own = new HqStore.FeedRow("case_file", CASE_KEY, 1, false, null, null, 0);
        assertThat(store.fields(List.of(own)).get("case_file\u0000" + CASE_KEY)).containsEntry("title", TITLE);
        assertThatThrownBy(() -> new JdbcHqStore(ds, HqSeals.fresh()).fields(List.of(own))).as("another key")
                .isInstanceOf(StorageException.class).hasMessageContaining("hq.error.valueSealBroken");
        // plaintext put in by hand after the start sealed everything: a started HQ's strict seal refuses it
        try (Connection c = ds.getConnection()) {
            run(c, "UPDATE hq_record SET fields = ? WHERE row_key = ?", RecordFields.encode(Map.of("title",
                    new org.shield.hq.MergeRecord.Value("\"" + MARK + " planted\"", UUID.randomUUID(), "demo.user",
                            "h", UUID.randomUUID(), java.time.Instant.now()))), OTHER_KEY);
        }
        assertThatThrownBy(() -> new JdbcHqStore(ds, seal.strict()).fields(List.of(other))).as("planted plaintext")
                .isInstanceOf(StorageException.class).hasMessageContaining("hq.error.valueSealBroken")
                .hasMessageNotContaining(MARK);
    }

    /** What an HQ start does before it serves: seal the legacy values, fold the field rows. */
    private static int[] start(DataSource ds, ValueSeal seal) {
        try {
            return new int[] {LegacySealing.sealAll(ds, seal), RecordFieldsFold.foldAll(ds, seal)};
        } catch (StorageException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object single(DataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1);
        }
    }
}
