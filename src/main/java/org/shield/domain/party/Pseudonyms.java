package org.shield.domain.party;

/**
 * Pseudonyms of protected persons: {@code V-2026-KP5S-0012} for a victim or possible victim,
 * {@code W-2026-KP5S-0003} for a witness; the year is the year the person first became protected, then the tag of
 * the vault that gave it (as in case numbers: laptops that sync through HQ never give the same one), and a number
 * counting within that prefix. Pseudonyms given before the tag was added ({@code V-2026-0012}) stay as they are. A
 * pseudonym is given once and never changes, so reports that used it stay true.
 */
public final class Pseudonyms {
    private Pseudonyms() {
    }

    /** The counter prefix, e.g. {@code V-2026-KP5S}. */
    public static String prefix(boolean victim, int year, String deviceTag) {
        return (victim ? "V-" : "W-") + year + "-" + deviceTag;
    }

    public static String format(String prefix, long number) {
        return prefix + "-" + String.format(java.util.Locale.ROOT, "%04d", number);
    }

    /** True if the text looks like a pseudonym (so a search by it goes straight to the person). */
    public static boolean looksLikeOne(String text) {
        return text != null && text.strip().toUpperCase(java.util.Locale.ROOT)
                .matches("[VW]-\\d{4}-([A-Z0-9]{4}-)?\\d{4,}");
    }
}
