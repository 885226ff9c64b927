package org.shield.hq;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.sync.Change;
import org.shield.application.sync.Hlc;
import org.shield.application.sync.PushBatch;

/**
 * Reads a pushed batch and checks its shape before anything is stored: changes in ascending sequence without gaps,
 * known operations, a table name, the row key and the columns as JSON objects ({@code {col: [old, new]}}), a
 * clock reading. Values are kept as compact JSON text, so equal values compare equal whatever device sent them.
 */
public final class PushCodec {
    static final int MAX_CHANGES = 5_000;
    private static final Set<String> OPS = Set.of("INSERT", "UPDATE", "DELETE");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PushCodec() {
    }

    static PushBatch batch(byte[] body) throws ValidationException {
        PushBatch b;
        try {
            b = JSON.readValue(body, PushBatch.class);
        } catch (IOException | RuntimeException e) {
            throw bad(e);
        }
        if (b == null || b.deviceId() == null || b.sentAt() == null || b.changes().size() > MAX_CHANGES) {
            throw bad(null);
        }
        return b;
    }

    /** Checks every change of {@code b} and parses it; the row key comes back in its compact form. */
    static List<HqStore.Incoming> changes(PushBatch b) throws ValidationException {
        List<HqStore.Incoming> out = new ArrayList<>(b.changes().size());
        long previous = -1;
        for (Change ch : b.changes()) {
            if (ch == null || ch.changeId() == null || ch.deviceAt() == null || ch.seq() < 1
                    || (previous >= 0 && ch.seq() != previous + 1) || ch.table() == null
                    || !NAME.matcher(ch.table()).matches() || !OPS.contains(ch.op())) {
                throw bad(null);
            }
            previous = ch.seq();
            try {
                Hlc.parse(ch.hlc());
                JsonNode key = JSON.readTree(ch.rowKey() == null ? "" : ch.rowKey());
                JsonNode cols = JSON.readTree(ch.changes() == null ? "" : ch.changes());
                if (key == null || !key.isObject() || key.isEmpty() || cols == null || !cols.isObject()
                        || cols.isEmpty()) {
                    throw bad(null);
                }
                Map<String, String[]> columns = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = cols.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode pair = e.getValue();
                    if (!NAME.matcher(e.getKey()).matches() || !pair.isArray() || pair.size() != 2) {
                        throw bad(null);
                    }
                    columns.put(e.getKey(), new String[] {text(pair.get(0)), text(pair.get(1))});
                }
                if (SyncScope.PER_DEVICE.contains(ch.table())) {
                    ObjectNode scoped = JSON.createObjectNode().put("device", b.deviceId().toString());
                    scoped.setAll((ObjectNode) key);
                    key = scoped;
                }
                String rowKey = key.toString();
                if (rowKey.length() > 400) {
                    throw bad(null);
                }
                Change normal = new Change(ch.seq(), ch.changeId(), ch.table(), rowKey, ch.op(), ch.changes(),
                        ch.deviceAt(), ch.hlc());
                out.add(new HqStore.Incoming(normal, new FieldMerge.Parsed(ch.op(), columns)));
            } catch (IOException | IllegalArgumentException e) {
                throw bad(e);
            }
        }
        return out;
    }

    /** Whether {@code text} is one JSON value (null is not: a resolution must name a value). */
    public static boolean isJson(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            JSON.readTree(text);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The text of a JSON string value as HQ keeps it ({@code "\"abc\""} gives {@code abc}); null if not a string. */
    public static String unquote(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(json);
            return n != null && n.isTextual() ? n.textValue() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** A UUID held as a JSON string value; null if it is none. */
    public static java.util.UUID uuid(String json) {
        String t = unquote(json);
        try {
            return t == null ? null : java.util.UUID.fromString(t);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The value of {@code column} in a row key's JSON text; null if absent. */
    public static String keyPart(String rowKey, String column) {
        try {
            JsonNode n = JSON.readTree(rowKey);
            JsonNode v = n == null ? null : n.get(column);
            return v == null || v.isNull() ? null : v.isTextual() ? v.textValue() : v.toString();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A value as compact JSON text, as {@link JsonNode#toString()} writes it. The common cases are written directly:
     * a string with nothing to escape, an integer, a boolean (about a third of the time HQ spends reading a push went
     * to {@code toString()}'s generator).
     */
    static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            String t = v.textValue();
            for (int i = 0; i < t.length(); i++) {
                char ch = t.charAt(i);
                if (ch < 0x20 || ch == '"' || ch == '\\') {
                    return v.toString(); // needs escaping: the generator's rules
                }
            }
            return '"' + t + '"';
        }
        if (v.isInt() || v.isLong()) {
            return Long.toString(v.longValue());
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "true" : "false";
        }
        return v.toString();
    }

    private static ValidationException bad(Exception cause) {
        return new ValidationException(new UserMessage("hq.error.batch"), cause);
    }
}
