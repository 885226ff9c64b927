package org.shield.domain.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The detail of an audit entry: named values, each with an old and a new value (an update, field by
 * field) or only a new one (an attribute of the action, such as a reveal's purpose). Encoded as one
 * line per field, {@code name TAB old TAB new}, with {@code %}, tab and newlines percent-escaped and
 * {@code -} for an absent value: stable, so the encoded text can be hashed, and readable in an export.
 * Hand-written because the audit chain hashes these exact bytes (see ADR 0008).
 */
public final class ChangeSet {
    /** One field: its name, the value before (null if none) and after (null if none). */
    public record Change(String field, String oldValue, String newValue) {
        public Change {
            Objects.requireNonNull(field, "field");
        }

        /** The field name only: values can be personal data. */
        @Override
        public String toString() {
            return "Change[" + field + "]";
        }
    }

    private final List<Change> changes = new ArrayList<>();

    /** Adds a field that changed; equal values are skipped. */
    public ChangeSet change(String field, Object oldValue, Object newValue) {
        String o = oldValue == null ? null : String.valueOf(oldValue);
        String n = newValue == null ? null : String.valueOf(newValue);
        if (!Objects.equals(o, n)) {
            changes.add(new Change(field, o, n));
        }
        return this;
    }

    /** Adds an attribute of the action (no old value). Null values are skipped. */
    public ChangeSet with(String field, Object value) {
        if (value != null) {
            changes.add(new Change(field, null, String.valueOf(value)));
        }
        return this;
    }

    /** Every field whose value differs between two snapshots (in the order of {@code after}, then removed ones). */
    public static ChangeSet diff(Map<String, String> before, Map<String, String> after) {
        ChangeSet c = new ChangeSet();
        for (Map.Entry<String, String> e : after.entrySet()) {
            c.change(e.getKey(), before.get(e.getKey()), e.getValue());
        }
        for (Map.Entry<String, String> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                c.change(e.getKey(), e.getValue(), null);
            }
        }
        return c;
    }

    /** A snapshot builder that keeps the insertion order. */
    public static Map<String, String> snapshot() {
        return new LinkedHashMap<>();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }

    /** The stored text; null when there is nothing to say. */
    public String encode() {
        if (changes.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (Change c : changes) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(escape(c.field())).append('\t').append(value(c.oldValue())).append('\t')
                    .append(value(c.newValue()));
        }
        return b.toString();
    }

    /** Reads stored text back; null or blank gives an empty set. Lines that do not parse are kept whole as a value. */
    public static ChangeSet decode(String text) {
        ChangeSet c = new ChangeSet();
        if (text == null || text.isBlank()) {
            return c;
        }
        for (String line : text.split("\n", -1)) {
            String[] parts = line.split("\t", -1);
            if (parts.length == 3) {
                c.changes.add(new Change(unescape(parts[0]), unvalue(parts[1]), unvalue(parts[2])));
            } else {
                c.changes.add(new Change("?", null, line));
            }
        }
        return c;
    }

    private static String value(String v) {
        return v == null ? "-" : v.equals("-") ? "%2D" : escape(v);
    }

    private static String unvalue(String v) {
        return v.equals("-") ? null : unescape(v);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '%' -> b.append("%25");
                case '\t' -> b.append("%09");
                case '\n' -> b.append("%0A");
                case '\r' -> b.append("%0D");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    private static String unescape(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '%' && i + 2 < s.length()) {
                String hex = s.substring(i + 1, i + 3);
                try {
                    b.append((char) Integer.parseInt(hex, 16));
                    i += 2;
                    continue;
                } catch (NumberFormatException e) {
                    // not an escape: keep the percent sign as it is
                }
            }
            b.append(ch);
        }
        return b.toString();
    }

    /** Field names only: values can be personal data. */
    @Override
    public String toString() {
        return "ChangeSet" + changes.stream().map(Change::field).toList();
    }
}
