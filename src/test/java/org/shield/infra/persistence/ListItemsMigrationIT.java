package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.security.DataKey;
import org.shield.domain.common.UuidV7;
import org.shield.domain.party.NameKind;
import org.shield.domain.party.Person;
import org.shield.domain.party.PersonAlias;

/**
 * Laptop migration V14 (ADR 0020) on a vault of the previous version (schema V13) with a person's aliases, a document
 * and a contact, changes to them not yet sent, a record held in the inbox and a field in conflict: the rows keep every
 * value and take the item id of their position, in their order; what waits to be sent, the held record and the
 * conflict follow to the new key; the outbox captures new changes under the new key. Synthetic data only.
 */
class ListItemsMigrationIT {
    @TempDir
    Path dir;

    @Test
    void aVersionThirteenVaultKeysItsListItemsByIdAndKeepsWhatWaits() throws Exception {
        byte[] raw = new byte[DataKey.LENGTH];
        new java.security.SecureRandom().nextBytes(raw);
        Files.createDirectories(dir.resolve("db"));
        UUID person = UuidV7.next();
        String legacy = "{\"person_id\":\"" + person + "\",\"ord\":1}";
        try (HikariDataSource ds = new HikariDataSource(VaultDatabase.hikari(dir, new DataKey(raw.clone()), true))) {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("13").load().migrate();
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                String stamps = "0, TIMESTAMP WITH TIME ZONE '2026-01-05 10:00:00+00', 'old-admin', "
                        + "TIMESTAMP WITH TIME ZONE '2026-01-05 10:00:00+00', 'old-admin'";
                st.executeUpdate("insert into person (id, version, created_at, created_by, updated_at, updated_by, "
                        + "name_latin, gender) values ('" + person + "', " + stamps + ", 'Demo-Old Person', "
                        + "'NonSpecifiedUnknown')");
                st.executeUpdate("insert into person_alias values ('" + person + "', 0, 'Alias', 'DEMO first')");
                st.executeUpdate("insert into person_alias values ('" + person + "', 1, 'Nickname', 'DEMO second')");
                st.executeUpdate("update person_alias set name_text = 'DEMO second, edited' where ord = 1");
                st.executeUpdate("insert into identity_document values ('" + person + "', 0, 'Passport',"
                        + " 'DEMO000009', 'TH', NULL, DATE '2030-01-01')");
                st.executeUpdate("insert into contact_identifier values ('" + person + "', 0, 'Phone', '+66800000009')");
                st.executeUpdate("insert into sync_inbox values ('person_alias', '" + legacy + "', FALSE,"
                        + " '{\"person_id\":\"\\\"" + person + "\\\"\",\"ord\":\"1\",\"name_kind\":\"\\\"Alias\\\"\","
                        + "\"name_text\":\"\\\"DEMO held\\\"\"}', NULL, 'missingParent')");
                st.executeUpdate("insert into sync_conflict values ('person_alias', '" + legacy + "', 'name_text')");
            }
        }

        try (VaultDatabase db = VaultDatabase.open(dir, new DataKey(raw.clone()), true)) {
            Person p = db.transactions().read(() -> db.personRepository().find(person).orElseThrow());
            assertThat(p.getAliases()).containsExactly(new PersonAlias(NameKind.Alias, "DEMO first"),
                    new PersonAlias(NameKind.Nickname, "DEMO second, edited"));
            assertThat(p.getDocuments()).singleElement().satisfies(d -> {
                assertThat(d.getNumber()).isEqualTo("DEMO000009");
                assertThat(d.getExpiresOn()).isEqualTo(java.time.LocalDate.of(2030, 1, 1));
            });
            assertThat(p.getContacts()).singleElement().satisfies(c -> assertThat(c.getValue()).isEqualTo(
                    "+66800000009"));

            String second = "{\"person_id\":\"" + person + "\",\"item_id\":\"00000000-0000-0000-0000-000000000001\"}";
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                List<String> outbox = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("select table_name, row_key, op, changes from sync_outbox"
                        + " where table_name <> 'person' order by seq")) {
                    while (rs.next()) {
                        outbox.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                                + rs.getString(4));
                    }
                }
                assertThat(outbox).as("nothing waiting to be sent is lost").hasSize(5);
                assertThat(outbox).noneMatch(o -> o.contains("\"ord\""));
                assertThat(outbox.get(1)).startsWith("person_alias " + second + " INSERT")
                        .contains("\"item_id\":[null,\"00000000-0000-0000-0000-000000000001\"]")
                        .contains("\"name_text\":[null,\"DEMO second\"]");
                assertThat(outbox.get(2)).startsWith("person_alias " + second + " UPDATE")
                        .contains("\"name_text\":[\"DEMO second\",\"DEMO second, edited\"]");
                try (ResultSet rs = st.executeQuery("select row_key, fields from sync_inbox")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo(second);
                    assertThat(rs.getString(2)).doesNotContain("\"ord\"")
                            .contains("\"item_id\":\"\\\"00000000-0000-0000-0000-000000000001\\\"\"");
                }
                try (ResultSet rs = st.executeQuery("select row_key from sync_conflict")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo(second);
                }
                try (ResultSet rs = st.executeQuery("select count(*) from information_schema.columns"
                        + " where lower(column_name) = 'ord'")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
            }

            db.transactions().write(() -> {
                Person q = db.personRepository().find(person).orElseThrow();
                q.setAliases(List.of(new PersonAlias(NameKind.Nickname, "DEMO second, edited"),
                        new PersonAlias(NameKind.Alias, "DEMO third")));
                return null;
            });
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select row_key, op from sync_outbox where table_name ="
                            + " 'person_alias' order by seq desc limit 2")) {
                List<String> last = new ArrayList<>();
                while (rs.next()) {
                    last.add(rs.getString(2) + " " + rs.getString(1));
                }
                assertThat(last).as("an alias removed and one added; the one kept is untouched")
                        .anyMatch(l -> l.startsWith("DELETE ") && l.contains("00000000-0000-0000-0000-000000000000"))
                        .anyMatch(l -> l.startsWith("INSERT ") && l.contains("\"item_id\":\"")
                                && !l.contains("00000000-0000-0000-0000-"));
            }
            assertThat(db.transactions().read(() -> db.personRepository().find(person).orElseThrow().getAliases()))
                    .extracting(PersonAlias::getText).containsExactly("DEMO second, edited", "DEMO third");
        }
    }

    @Test
    void aVaultANewerAppChangedIsRefusedUnchanged() throws Exception {
        byte[] raw = new byte[DataKey.LENGTH];
        new java.security.SecureRandom().nextBytes(raw);
        VaultDatabase.open(dir, new DataKey(raw.clone()), false).close();
        try (HikariDataSource ds = new HikariDataSource(VaultDatabase.hikari(dir, new DataKey(raw.clone()), true));
                Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (999, '999', 'from a newer app', 'SQL', 'V999__newer.sql', 'demo', 1, TRUE)");
        }

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VaultDatabase.open(dir, new DataKey(raw.clone()), true))
                .isInstanceOf(org.shield.application.common.StorageException.class)
                .hasMessageContaining("error.vaultFromNewerApp");
        assertThat(dir.resolve("db").resolve("before-migration.zip")).as("nothing was migrated").doesNotExist();
    }
}
