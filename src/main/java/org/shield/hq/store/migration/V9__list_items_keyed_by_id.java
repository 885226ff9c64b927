package org.shield.hq.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.shield.application.sync.ListItemKeys;

/**
 * Issue 7 (ADR 0020), HQ's side of the laptop's V14: the merged records of a person's aliases, identity documents and
 * contacts, keyed by position until now, take the key {@code {"person_id":…,"item_id":…}} with the id
 * {@link ListItemKeys#fromPosition} gives their position, the same id each laptop's migration gives its row. Their
 * fields, the values they replaced and their conflicts follow; the position field itself becomes the item id. What
 * the devices sent ({@code hq_change}) stays as it was sent. Runs on PostgreSQL and on H2.
 */
public class V9__list_items_keyed_by_id extends BaseJavaMigration {
    private static final String TABLES = "('person_alias', 'identity_document', 'contact_identifier')";

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<String[]> records = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, row_key FROM hq_record WHERE table_name IN "
                + TABLES);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                records.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] r : records) {
            String key = ListItemKeys.rowKey(r[0], r[1]);
            if (key.equals(r[1])) {
                continue; // already keyed by id
            }
            for (String t : List.of("hq_record", "hq_field", "hq_field_history", "hq_conflict")) {
                update(c, "UPDATE " + t + " SET row_key = ? WHERE table_name = ? AND row_key = ?", key, r[0], r[1]);
            }
            String id = "\"" + key.substring(key.indexOf("\"item_id\":\"") + 11, key.length() - 2) + "\"";
            for (String t : List.of("hq_field", "hq_field_history")) {
                update(c, "UPDATE " + t + " SET col = 'item_id', val = ? WHERE table_name = ? AND row_key = ?"
                        + " AND col = 'ord'", id, r[0], key);
            }
        }
    }

    private static void update(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
