package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shield.ui.common.Messages;
import org.shield.ui.sync.SyncTexts;

/**
 * Every kind of record and every field that the Sync page's conflicts and held-back lists, or a banner on a record in
 * conflict, can name has a label in English and in Thai (issue 7): read from the vault's own schema, so that a column
 * added later without a label fails here rather than showing as a database name to a Thai caseworker.
 */
class SyncLabelsTest {
    private static final Messages EN = new Messages(Locale.ENGLISH, false);
    private static final Messages TH = new Messages(Locale.forLanguageTag("th-TH"), true);
    /** Columns no person edits and no screen names: the record's id and its optimistic-lock counter. */
    private static final Set<String> UNNAMED = Set.of("id", "version");
    private static Map<String, List<String>> columns;

    @BeforeAll
    static void schema() throws Exception {
        String url = "jdbc:h2:mem:sync-labels;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").load().migrate();
        columns = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url); PreparedStatement ps = c.prepareStatement(
                "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?"
                        + " AND IS_GENERATED = 'NEVER' ORDER BY ORDINAL_POSITION")) {
            for (String table : OutboxTrigger.TABLES) {
                ps.setString(1, table.toUpperCase(Locale.ROOT));
                List<String> cols = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        cols.add(rs.getString(1).toLowerCase(Locale.ROOT));
                    }
                }
                columns.put(table, cols);
            }
            c.createStatement().execute("SHUTDOWN");
        }
    }

    /** Thai script, or a name that stays as it is in Thai (IMEI, SHA-256, MD5). */
    private static boolean thai(String s) {
        return s.codePoints().anyMatch(cp -> cp >= 0x0E00 && cp <= 0x0E7F) || s.matches("[A-Z0-9-]+");
    }

    private static String camel(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("_")) {
            b.append(b.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return b.toString();
    }

    @Test
    void everyLabelKeyBuiltFromANameNamesATableOrFieldThereIs() throws Exception {
        Set<String> expected = new java.util.HashSet<>();
        columns.forEach((table, cols) -> {
            expected.add("ui.sync.table." + camel(table));
            for (String col : cols) {
                expected.add("ui.sync.column." + camel(table) + "." + camel(col));
                expected.add("ui.sync.column.any." + camel(col));
            }
        });
        java.util.Properties en = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(SyncLabelsTest.class.getResourceAsStream("/i18n/messages.properties"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            en.load(in);
        }
        List<String> stray = en.stringPropertyNames().stream()
                .filter(k -> k.startsWith("ui.sync.table.") || k.startsWith("ui.sync.column."))
                .filter(k -> !expected.contains(k)).sorted().toList();
        assertThat(stray).as("keys that name no synchronised table or field").isEmpty();

        java.util.Properties editorKeys = new java.util.Properties();
        try (var in = SyncTexts.class.getResourceAsStream("field-labels.properties")) {
            editorKeys.load(in);
        }
        List<String> wrong = editorKeys.stringPropertyNames().stream().filter(f -> {
            String[] tc = f.split("\\.");
            return tc.length != 2 || !columns.getOrDefault(tc[0], List.of()).contains(tc[1])
                    || !en.containsKey(editorKeys.getProperty(f));
        }).sorted().toList();
        assertThat(wrong).as("field-labels.properties: a field there is not, or a key that does not exist").isEmpty();
    }

    @Test
    void theSchemaWasRead() {
        assertThat(columns).hasSize(OutboxTrigger.TABLES.size());
        assertThat(columns.get("shelter_stay")).contains("id", "left_on", "case_id");
    }

    @Test
    void everySynchronisedKindOfRecordIsNamedInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (String table : OutboxTrigger.TABLES) {
            if (SyncTexts.table(table, EN).equals(table) || !thai(SyncTexts.table(table, TH))) {
                missing.add(table);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyFieldOfEverySynchronisedRecordIsNamedInBothLanguages() {
        List<String> missing = new ArrayList<>();
        columns.forEach((table, cols) -> {
            if ("audit_entry".equals(table)) {
                return; // never comes from HQ, never in conflict
            }
            for (String col : cols) {
                if (UNNAMED.contains(col) || OutboxTrigger.vaultLocal(table, col)) {
                    continue;
                }
                String en = SyncTexts.field(table, col, EN);
                String th = SyncTexts.field(table, col, TH);
                if (en.equals(col.replace('_', ' ')) || en.contains("{") || !thai(th)) {
                    missing.add(table + "." + col + " = " + en + " / " + th);
                }
            }
        });
        assertThat(missing).isEmpty();
    }
}
