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

    private String table;
    private List<String> columns;
    private int[] keyColumns;

    /** Runs {@code work} with capture off on this thread: for changes that came from HQ. */
    public static <T> T suppressed(Callable<T> work) throws Exception {
        boolean before = SUPPRESSED.get();
        SUPPRESSED.set(Boolean.TRUE);
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
        try (ResultSet rs = meta.getColumns(null, schemaName, tableName, null)) {
            while (rs.next()) {
                byPosition.put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        this.columns = List.copyOf(byPosition.values());
        TreeMap<Integer, Integer> keys = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schemaName, tableName)) {
            while (rs.next()) {
                keys.put(rs.getInt("KEY_SEQ"), columns.indexOf(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)));
            }
        }
        this.keyColumns = keys.values().stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (SUPPRESSED.get()) {
            return;
        }
        String op = oldRow == null ? "INSERT" : newRow == null ? "DELETE" : "UPDATE";
        ObjectNode changes = JSON.createObjectNode();
        for (int i = 0; i < columns.size(); i++) {
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
