package org.shield.hq.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * HQ migration V8: what V6 copied into {@code hq_exhibit_content} from deleted exhibit records goes, live exhibits
 * stay (a deleted exhibit must open no content). On an H2 database in memory. Synthetic data only.
 */
class ExhibitContentMigrationTest {
    @Test
    void deletedExhibitsNoLongerCarryContentAfterV8() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:hq-v8-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/hq").table("hq_schema_history").target("7").load()
                .migrate();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            for (String[] r : new String[][] {{"{\"id\":\"live\"}", "FALSE"}, {"{\"id\":\"gone\"}", "TRUE"}}) {
                st.executeUpdate("INSERT INTO hq_record (table_name, row_key, pos, deleted, open_conflicts, created_by,"
                        + " updated_at) VALUES ('exhibit', '" + r[0] + "', 1, " + r[1] + ", 0, RANDOM_UUID(),"
                        + " CURRENT_TIMESTAMP)");
                st.executeUpdate("INSERT INTO hq_exhibit_content (row_key, sha256, device_id) VALUES ('" + r[0]
                        + "', '" + "a".repeat(64) + "', RANDOM_UUID())");
            }
        }

        Flyway.configure().dataSource(ds).locations("classpath:db/hq").table("hq_schema_history").load().migrate();

        List<String> left = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT row_key FROM hq_exhibit_content")) {
            while (rs.next()) {
                left.add(rs.getString(1));
            }
        }
        assertThat(left).containsExactly("{\"id\":\"live\"}");
    }
}
