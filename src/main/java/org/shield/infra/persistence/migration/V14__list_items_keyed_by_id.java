package org.shield.infra.persistence.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.shield.application.sync.ListItemKeys;

/**
 * Issue 7 (ADR 0020): a person's aliases, identity documents and contacts are keyed by an item id instead of their
 * position. Each row's id is {@link ListItemKeys#fromPosition} of its position, the id HQ's migration gives the same
 * position, and changes not yet sent, records held in the inbox and fields in conflict are rewritten to the new key,
 * so nothing waiting to go or to be applied is lost. The outbox triggers are dropped while the tables change (the
 * rewrite is not a change to send) and made again, so they capture the new key.
 */
public class V14__list_items_keyed_by_id extends BaseJavaMigration {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            for (String t : List.of("person_alias", "identity_document", "contact_identifier")) {
                s.execute("DROP TRIGGER sync_out_" + t);
                s.execute("ALTER TABLE " + t + " ADD COLUMN item_id UUID");
                s.execute("UPDATE " + t + " SET item_id = CAST('00000000-0000-0000-0000-' || LPAD(CAST(ord AS"
                        + " VARCHAR), 12, '0') AS UUID)");
                s.execute("ALTER TABLE " + t + " ALTER COLUMN item_id SET NOT NULL");
                s.execute("ALTER TABLE " + t + " DROP PRIMARY KEY");
                s.execute("ALTER TABLE " + t + " DROP COLUMN ord");
                s.execute("ALTER TABLE " + t + " ADD PRIMARY KEY (person_id, item_id)");
                s.execute("CREATE TRIGGER sync_out_" + t + " AFTER INSERT, UPDATE, DELETE ON " + t
                        + " FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger'");
            }
        }
        rewriteOutbox(c);
        rewriteInbox(c);
        rewriteKeys(c, "sync_conflict", "col");
    }

    private static void rewriteOutbox(Connection c) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, table_name, row_key, changes FROM sync_outbox"
                + " WHERE table_name IN ('person_alias', 'identity_document', 'contact_identifier')");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE sync_outbox SET row_key = ?, changes = ? WHERE seq = ?")) {
            for (Object[] r : rows) {
                ObjectNode changes = (ObjectNode) JSON.readTree((String) r[3]);
                JsonNode ord = changes.remove("ord");
                if (ord != null) {
                    ArrayNode pair = changes.putArray("item_id");
                    for (JsonNode v : ord) {
                        pair.add(v.isNull() ? null : ListItemKeys.fromPosition(v.asLong()).toString());
                    }
                }
                ps.setString(1, ListItemKeys.rowKey((String) r[1], (String) r[2]));
                ps.setString(2, JSON.writeValueAsString(changes));
                ps.setLong(3, (Long) r[0]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Held records keep every field as the JSON text of its value: the position becomes the item id. */
    private static void rewriteInbox(Connection c) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, row_key, fields FROM sync_inbox"
                + " WHERE table_name IN ('person_alias', 'identity_document', 'contact_identifier')");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sync_inbox SET row_key = ?, fields = ? WHERE table_name = ? AND row_key = ?")) {
            for (String[] r : rows) {
                ObjectNode fields = (ObjectNode) JSON.readTree(r[2]);
                JsonNode ord = fields.remove("ord");
                if (ord != null && !ord.isNull()) {
                    fields.put("item_id", JSON.writeValueAsString(
                            ListItemKeys.fromPosition(Long.parseLong(ord.asText())).toString()));
                }
                ps.setString(1, ListItemKeys.rowKey(r[0], r[1]));
                ps.setString(2, JSON.writeValueAsString(fields));
                ps.setString(3, r[0]);
                ps.setString(4, r[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void rewriteKeys(Connection c, String table, String third) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, row_key, " + third + " FROM " + table
                + " WHERE table_name IN ('person_alias', 'identity_document', 'contact_identifier')");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET row_key = ? WHERE table_name = ?"
                + " AND row_key = ? AND " + third + " = ?")) {
            for (String[] r : rows) {
                ps.setString(1, ListItemKeys.rowKey(r[0], r[1]));
                ps.setString(2, r[0]);
                ps.setString(3, r[1]);
                ps.setString(4, r[2]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
