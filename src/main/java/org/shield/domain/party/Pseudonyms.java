package org.shield.domain.party;

/**
 * Pseudonyms of protected persons: {@code V-2026-0012} for a victim or possible victim, {@code W-2026-0003}
 * for a witness; the year is the year the person first became protected, the number counts within that
 * prefix. A pseudonym is given once and never changes, so reports that used it stay true.
 */
public final class Pseudonyms {
    private Pseudonyms() {
    }

    /** The counter prefix, e.g. {@code V-2026}. */
    public static String prefix(boolean victim, int year) {
        return (victim ? "V-" : "W-") + year;
    }

    public static String format(String prefix, long number) {
        return prefix + "-" + String.format(java.util.Locale.ROOT, "%04d", number);
    }

    /** True if the text looks like a pseudonym (so a search by it goes straight to the person). */
    public static boolean looksLikeOne(String text) {
        return text != null && text.strip().toUpperCase(java.util.Locale.ROOT).matches("[VW]-\\d{4}-\\d{4,}");
    }
}
