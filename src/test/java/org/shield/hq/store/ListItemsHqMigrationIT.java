package org.shield.hq.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shield.hq.store.Sql.column;
import static org.shield.hq.store.Sql.run;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.shield.testing.EmbeddedPg;

/**
 * HQ migration V9 (ADR 0020), on H2 and on PostgreSQL: HQ's records of a person's list items keyed by position take
 * the key of the item id the laptops' migration gives the same position; their fields, replaced values and conflicts
 * follow, the position field becomes the item id, and records already keyed by id and other tables stay as they are.
 * Synthetic data only.
 */
class ListItemsHqMigrationIT {
    private static final String SECOND = "00000000-0000-0000-0000-000000000001";

    @Test
    void onH2() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:hq-v9-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        migratesListItemKeys(ds);
    }

    @Test
    void onPostgres() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPg.start()) {
            migratesListItemKeys(pg.getPostgresDatabase());
        }
    }

    @Test
    void anHqDatabaseANewerHqChangedIsRefusedUnchanged() throws Exception {
        String url = "jdbc:h2:mem:hq-newer-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        HqDatabase.open(url, null, null).close();
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        try (Connection c = ds.getConnection()) {
            run(c, "INSERT INTO \"hq_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"installed_by\", \"execution_time\", \"success\") VALUES (999, '999',"
                    + " 'from a newer hq', 'SQL', 'V999__newer.sql', 'demo', 1, TRUE)");
        }

        assertThatThrownBy(() -> HqDatabase.open(url, null, null))
                .isInstanceOf(org.shield.application.common.StorageException.class)
                .hasMessageContaining("hq.error.databaseFromNewerHq");
    }

    private static void migratesListItemKeys(DataSource ds) throws Exception {
        HqDatabase.migrations(ds).target("8").load().migrate();
        UUID person = UUID.randomUUID();
        String legacy = "{\"person_id\":\"" + person + "\",\"ord\":1}";
        String byId = "{\"person_id\":\"" + person + "\",\"item_id\":\"0190aaaa-0000-7000-8000-000000000001\"}";
        String caseKey = "{\"id\":\"" + UUID.randomUUID() + "\"}";
        try (Connection c = ds.getConnection()) {
            for (String[] r : new String[][] {{"person_alias", legacy}, {"person_alias", byId}, {"case_file", caseKey}}) {
                run(c, "INSERT INTO hq_record (table_name, row_key, pos, deleted, open_conflicts, created_by,"
                        + " updated_at, person_id) VALUES (?, ?, 1, FALSE, 0, ?, CURRENT_TIMESTAMP, ?)", r[0], r[1],
                        UUID.randomUUID(), person);
            }
            for (String[] f : new String[][] {{"ord", "1"}, {"name_kind", "\"Alias\""}, {"name_text", "\"DEMO B\""}}) {
                run(c, "INSERT INTO hq_field (table_name, row_key, col, val, device_id, user_name, hlc, change_id, at)"
                        + " VALUES ('person_alias', ?, ?, ?, ?, 'demo.user', 'h', ?, CURRENT_TIMESTAMP)", legacy, f[0],
                        f[1], UUID.randomUUID(), UUID.randomUUID());
            }
            run(c, "INSERT INTO hq_field_history (table_name, row_key, col, val, device_id, user_name, hlc, change_id,"
                    + " at, superseded_by, superseded_at) VALUES ('person_alias', ?, 'name_text', '\"DEMO A\"', ?,"
                    + " 'demo.user', 'h', ?, CURRENT_TIMESTAMP, ?, CURRENT_TIMESTAMP)", legacy, UUID.randomUUID(),
                    UUID.randomUUID(), UUID.randomUUID());
            run(c, "INSERT INTO hq_conflict (id, table_name, row_key, col, opened_at) VALUES (?, 'person_alias', ?,"
                    + " 'name_text', CURRENT_TIMESTAMP)", UUID.randomUUID(), legacy);
        }

        HqDatabase.migrations(ds).load().migrate();

        String migrated = "{\"person_id\":\"" + person + "\",\"item_id\":\"" + SECOND + "\"}";
        try (Connection c = ds.getConnection()) {
            assertThat(column(c, "SELECT row_key FROM hq_record ORDER BY row_key"))
                    .containsExactlyInAnyOrder(migrated, byId, caseKey);
            assertThat(column(c, "SELECT col || '=' || val FROM hq_field WHERE row_key = '" + migrated + "'"))
                    .containsExactlyInAnyOrder("item_id=\"" + SECOND + "\"", "name_kind=\"Alias\"",
                            "name_text=\"DEMO B\"");
            assertThat(column(c, "SELECT row_key FROM hq_field_history")).containsExactly(migrated);
            assertThat(column(c, "SELECT row_key FROM hq_conflict")).containsExactly(migrated);
            assertThat(column(c, "SELECT row_key FROM hq_record WHERE row_key LIKE '%\"ord\"%'")).isEmpty();
        }
    }
}
