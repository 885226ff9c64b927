package org.shield.domain.common;

/** Small null-safe text rules shared by entities (trim, blank to null, length limits). */
public final class Text {
    private Text() {
    }

    public static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    public static String required(String s, String key, int maxLength) {
        String t = trimToNull(s);
        if (t == null) {
            throw new DomainRuleViolation(key + ".required");
        }
        return limit(t, key, maxLength);
    }

    public static String optional(String s, String key, int maxLength) {
        String t = trimToNull(s);
        return t == null ? null : limit(t, key, maxLength);
    }

    private static String limit(String t, String key, int maxLength) {
        // UTF-16 units, as the database counts a VARCHAR: a name in a supplementary script must not
        // pass here and then overflow the column
        if (t.length() > maxLength) {
            throw new DomainRuleViolation(key + ".tooLong", maxLength);
        }
        return t;
    }
}
