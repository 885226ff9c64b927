package org.shield.infra.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.h2.api.Trigger;
import org.shield.domain.common.UuidV7;

/**
 * The outbox's capture (ADR 0019): an H2 row trigger on every synchronised table (migration V9) that writes what a
 * change did to {@code sync_outbox} on the same connection, so in the same transaction as the change, whether the
 * change came through Hibernate or plain JDBC (the audit trail). An insert records every column, an update only the
 * columns that changed, each as {@code [old, new]}; a delete every column's old value. Each row takes the next
 * number of {@code sync_state}'s gap-free sequence in that transaction. Changes applied from HQ run inside
 * {@link #suppressed} and are not captured (H2 runs an embedded database's triggers on the calling thread).
 */
public final class OutboxTrigger implements Trigger {
    private static final ThreadLocal<Boolean> SUPPRESSED = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The synchronised tables, parents before children: the tables V9 gives this trigger, in its order. */
    static final List<String> TABLES = List.of("case_file", "case_exploitation_type", "case_tag", "person",
            "person_alias", "person_citizenship", "person_language", "identity_document", "contact_identifier",
            "organisation", "case_party", "trafficking_event", "case_note", "case_team", "approval", "audit_entry",
            "interview", "interview_addendum", "interview_policy", "exhibit", "custody_event", "screening",
            "screening_answer", "mdt_decision", "shelter_stay", "care_policy", "care_consent", "care_task",
            "care_assessment", "care_plan", "care_service_delivery", "care_note", "legal_support", "court_hearing",
            "compensation_claim", "repatriation", "return_follow_up");
    private static final int SNAPSHOT_PAGE = 500;
    /**
     * Columns that are each vault's own (ADR 0019): where this vault's evidence store keeps an exhibit's content and
     * the content key wrapped under this vault's data key. Content travels by its SHA-256 instead; these are never
     * captured, and never applied from HQ.
     */
    private static final java.util.Map<String, java.util.Set<String>> VAULT_LOCAL = java.util.Map.of("exhibit",
            java.util.Set.of("blob_id", "wrapped_key"));

    /** Whether {@code column} of {@code table} is this vault's own and never travels. */
    static boolean vaultLocal(String table, String column) {
        return VAULT_LOCAL.getOrDefault(table, java.util.Set.of()).contains(column);
    }

    private String table;
    private List<String> columns;
    /** Columns the database computes (a tombstone flag, say): not captured, HQ and other vaults compute their own. */
    private java.util.Set<String> generated;
    private int[] keyColumns;

    /** Runs {@code work} with capture off on this thread: for changes that came from HQ. */
    public static <T> T suppressed(Callable<T> work) throws Exception {
        return capturing(false, work);
    }

    /**
     * Runs {@code work} with capture on, inside {@link #suppressed} work: for a change this vault makes itself while
     * it applies records from HQ (a record of its own that yields its number, {@code NumberYield}).
     */
    static <T> T captured(Callable<T> work) throws Exception {
        return capturing(true, work);
    }

    private static <T> T capturing(boolean on, Callable<T> work) throws Exception {
        boolean before = SUPPRESSED.get();
        SUPPRESSED.set(!on);
        try {
            return work.call();
        } finally {
            SUPPRESSED.set(before);
        }
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) throws SQLException {
        this.table = tableName.toLowerCase(Locale.ROOT);
        DatabaseMetaData meta = conn.getMetaData();
        TreeMap<Integer, String> byPosition = new TreeMap<>();
        java.util.Set<String> computed = new java.util.HashSet<>();
        try (ResultSet rs = meta.getColumns(null, schemaName, tableName, null)) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                byPosition.put(rs.getInt("ORDINAL_POSITION"), name);
                if ("YES".equalsIgnoreCase(rs.getString("IS_GENERATEDCOLUMN"))) {
                    computed.add(name);
                }
            }
        }
        this.generated = java.util.Set.copyOf(computed);
        this.columns = List.copyOf(byPosition.values());
        TreeMap<Integer, Integer> keys = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schemaName, tableName)) {
            while (rs.next()) {
                keys.put(rs.getInt("KEY_SEQ"), columns.indexOf(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)));
            }
        }
        this.keyColumns = keys.values().stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Queues every row of {@code table} as an insert (the first push of a vault that held records before the
     * outbox existed), paging through it by primary key. Returns how many rows.
     */
    static long snapshot(Connection conn, String table) throws SQLException {
        OutboxTrigger t = new OutboxTrigger();
        t.init(conn, "PUBLIC", table.toUpperCase(Locale.ROOT), table.toUpperCase(Locale.ROOT), false, INSERT);
        String keys = String.join(", ", Arrays.stream(t.keyColumns).mapToObj(t.columns::get).toList());
        String after = "(" + keys + ") > (" + String.join(", ", Collections.nCopies(t.keyColumns.length, "?")) + ")";
        Object[] last = null;
        long n = 0;
        while (true) {
            int rows = 0;
            try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM " + table
                    + (last == null ? "" : " WHERE " + after) + " ORDER BY " + keys + " LIMIT " + SNAPSHOT_PAGE)) {
                for (int i = 0; last != null && i < last.length; i++) {
                    ps.setObject(i + 1, last[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Object[] row = new Object[t.columns.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        t.capture(conn, null, row);
                        last = new Object[t.keyColumns.length];
                        for (int k = 0; k < last.length; k++) {
                            last[k] = row[t.keyColumns[k]];
                        }
                        rows++;
                    }
                }
            }
            n += rows;
            if (rows < SNAPSHOT_PAGE) {
                return n;
            }
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (SUPPRESSED.get()) {
            return;
        }
        capture(conn, oldRow, newRow);
    }

    private void capture(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String op = oldRow == null ? "INSERT" : newRow == null ? "DELETE" : "UPDATE";
        ObjectNode changes = JSON.createObjectNode();
        for (int i = 0; i < columns.size(); i++) {
            if (generated.contains(columns.get(i)) || vaultLocal(table, columns.get(i))) {
                continue;
            }
            Object before = oldRow == null ? null : plain(oldRow[i]);
            Object after = newRow == null ? null : plain(newRow[i]);
            if ("UPDATE".equals(op) && Objects.equals(before, after)) {
                continue;
            }
            if (before == null && after == null) {
                continue;
            }
            ArrayNode pair = changes.putArray(columns.get(i));
            pair.addPOJO(before);
            pair.addPOJO(after);
        }
        if (changes.isEmpty()) {
            return; // an update that changed nothing
        }
        Object[] row = newRow != null ? newRow : oldRow;
        ObjectNode key = JSON.createObjectNode();
        for (int k : keyColumns) {
            key.putPOJO(columns.get(k), plain(row[k]));
        }
        long seq;
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT next_seq FROM FINAL TABLE (UPDATE sync_state SET next_seq = next_seq + 1 WHERE id = 1)");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("sync_state is missing its row");
            }
            seq = rs.getLong(1) - 1;
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO sync_outbox (seq, change_id, table_name, row_key,"
                + " op, changes, at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setObject(2, UuidV7.next());
            ps.setString(3, table);
            ps.setString(4, JSON.writeValueAsString(key));
            ps.setString(5, op);
            ps.setString(6, JSON.writeValueAsString(changes));
            ps.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("outbox entry could not be written", e);
        }
    }

    /** A column value as JSON carries it: text for ids, times and large text; base64 for bytes. */
    private static Object plain(Object v) throws SQLException {
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v;
        }
        if (v instanceof byte[] b) {
            return Base64.getEncoder().encodeToString(b);
        }
        if (v instanceof Clob c) {
            try (Reader r = c.getCharacterStream()) {
                StringBuilder s = new StringBuilder();
                char[] buf = new char[8192];
                for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
                    s.append(buf, 0, n);
                }
                return s.toString();
            } catch (IOException e) {
                throw new SQLException("could not read a large text value", e);
            }
        }
        return v.toString(); // ids, times, dates: their ISO text
    }

    @Override
    public String toString() {
        return "OutboxTrigger[" + table + ", " + Arrays.toString(keyColumns) + "]";
    }
}
