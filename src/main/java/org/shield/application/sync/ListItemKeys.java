package org.shield.application.sync;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's aliases, identity documents and contacts are keyed by an item id, no longer by their position in the list
 * (ADR 0020): items added, removed or edited on two laptops apart merge item by item instead of colliding at a
 * position. Records of these lists written before that carry the key {@code {"person_id":…,"ord":N}}; the laptop's and
 * HQ's migrations turn each into {@code {"person_id":…,"item_id":…}} with the same id on every laptop and at HQ,
 * {@link #fromPosition}, so the records a laptop and HQ had at one position stay one record.
 */
public final class ListItemKeys {
    /** The tables whose rows were keyed by position. */
    public static final Set<String> TABLES = Set.of("person_alias", "identity_document", "contact_identifier");
    private static final Pattern LEGACY = Pattern.compile("\\{\"person_id\":\"([0-9a-fA-F-]{36})\",\"ord\":(\\d{1,10})}");

    private ListItemKeys() {
    }

    /**
     * The item id of the item at position {@code ord}: {@code 00000000-0000-0000-0000-00000000000N}, decimal digits,
     * so that these ids sort before every time-ordered id given later, and among themselves in their old order.
     */
    public static UUID fromPosition(long ord) {
        if (ord < 0 || ord > 999_999_999_999L) {
            throw new IllegalArgumentException("position out of range");
        }
        return UUID.fromString(String.format("00000000-0000-0000-0000-%012d", ord));
    }

    /**
     * The row key {@code legacy} of a record of {@code table} in its new form; any other key as it is (already new,
     * or of another table).
     */
    public static String rowKey(String table, String legacy) {
        if (!TABLES.contains(table)) {
            return legacy;
        }
        Matcher m = LEGACY.matcher(legacy);
        if (!m.matches()) {
            return legacy;
        }
        return "{\"person_id\":\"" + m.group(1) + "\",\"item_id\":\"" + fromPosition(Long.parseLong(m.group(2)))
                + "\"}";
    }
}
