package org.shield.infra.persistence;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shield.application.sync.FeedRecord;
import org.shield.application.sync.Renumbered;

/**
 * A case number or pseudonym given twice (ADR 0002, "A number given twice"). Numbers carry the tag of the vault that
 * gave them, so two vaults give the same one only when they share a tag: a vault copied by hand that numbered records
 * before its first contact with HQ, or (rarely) two vaults that drew the same random tag. When a record from HQ
 * cannot go in because a record of this vault holds its number, and that number has not reached HQ yet (the change
 * that gave it is still in the outbox), this vault's record yields: it takes the next number under this vault's tag (a new tag
 * first, if the number carried the current one), in the same transaction, and the change is captured for HQ like
 * any edit, so every laptop gets the new number and HQ keeps the old one in the record's history. A record that
 * reached HQ keeps its number (others may have printed it); then the one from HQ is held back and listed, as before.
 * Numbers other than {@code PREFIX-YEAR-TAG-COUNTER} (pseudonyms from before tags) are never changed.
 */
final class NumberYield {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The numbered column of each table whose number may yield, and the counter's key before its prefix. */
    private static final Map<String, String> COLUMN = Map.of("case_file", "case_number", "person", "pseudonym");
    private static final Map<String, String> COUNTER = Map.of("case_file", "", "person", "PSEUDONYM:");

    private NumberYield() {
    }

    /** What a yield did: the record renumbered, and whether the device tag was renewed for it. */
    record Done(Renumbered renumbered, boolean tagRenewed) {
    }

    /**
     * If {@code r} (from HQ) was refused because a record of this vault holds its number and that record has not
     * reached HQ, renumbers that record and says what it did; otherwise null, and nothing changed.
     */
    static Done yieldTo(Connection c, FeedRecord r) throws SQLException {
        String col = COLUMN.get(r.table());
        if (col == null || r.deleted()) {
            return null;
        }
        String wanted = text(r.fields().get(col));
        UUID incoming = id(r.rowKey());
        if (wanted == null || incoming == null) {
            return null;
        }
        UUID holder = null;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM " + r.table() + " WHERE " + col + " = ? AND id <> ?")) {
            ps.setString(1, wanted);
            ps.setObject(2, incoming);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    holder = rs.getObject(1, UUID.class);
                }
            }
        }
        String[] parts = wanted.split("-");
        if (holder == null || parts.length != 4 || !parts[3].matches("\\d+") || !unsentNumber(c, r.table(), holder, col)) {
            return null;
        }
        boolean renewed = false;
        if (parts[2].equals(VaultDatabase.deviceTag(c))) { // another vault holds this vault's tag: part from it
            VaultDatabase.renewDeviceTag(c);
            renewed = true;
        }
        String prefix = parts[0] + "-" + parts[1] + "-" + VaultDatabase.deviceTag(c);
        String fresh;
        do {
            fresh = prefix + "-" + String.format(Locale.ROOT, "%0" + parts[3].length() + "d",
                    next(c, COUNTER.get(r.table()) + prefix));
        } while (taken(c, r.table(), col, fresh));
        String set = fresh;
        UUID id = holder;
        try {
            OutboxTrigger.captured(() -> { // an edit of this vault's, for HQ like any other
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + r.table() + " SET " + col
                        + " = ?, version = version + 1 WHERE id = ?")) {
                    ps.setString(1, set);
                    ps.setObject(2, id);
                    return ps.executeUpdate();
                }
            });
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new Done(new Renumbered(r.table(), holder, wanted, fresh), renewed);
    }

    /**
     * Whether the change that gave this record its number is still in the outbox: HQ has not acknowledged it, so no
     * other laptop has the number from this vault. A case gets its number when it is made; a person gets a pseudonym
     * when first made a victim or witness of a case, often later than the person was made.
     */
    private static boolean unsentNumber(Connection c, String table, UUID id, String col) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT row_key, changes FROM sync_outbox WHERE table_name = ? AND row_key LIKE ?")) {
            ps.setString(1, table);
            ps.setString(2, "%" + id + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (id.equals(id(rs.getString(1))) && sets(rs.getString(2), col)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a captured change ({@code {"column": value}} or {@code {"column": [old, new]}}) writes the column. */
    private static boolean sets(String changes, String col) {
        try {
            JsonNode n = JSON.readTree(changes);
            return n != null && n.has(col);
        } catch (IOException e) {
            return false;
        }
    }

    private static long next(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE case_sequence SET last_value = last_value + 1 WHERE prefix = ?")) {
            ps.setString(1, key);
            if (ps.executeUpdate() == 0) {
                try (PreparedStatement in = c.prepareStatement(
                        "INSERT INTO case_sequence (prefix, last_value) VALUES (?, 1)")) {
                    in.setString(1, key);
                    in.executeUpdate();
                }
                return 1;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_value FROM case_sequence WHERE prefix = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static boolean taken(Connection c, String table, String col, String number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + table + " WHERE " + col + " = ?")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String text(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode v = JSON.readTree(json);
            return v == null || v.isNull() ? null : v.asText();
        } catch (IOException e) {
            return null;
        }
    }

    private static UUID id(String rowKey) {
        try {
            JsonNode v = JSON.readTree(rowKey).get("id");
            return v == null ? null : UUID.fromString(v.asText());
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
