package org.shield.application.casefile;

import java.util.Locale;

/**
 * Case numbers {@code UNIT-YEAR-DEVICE-NNNNN}: unit code, year opened, the vault's device tag and a
 * per-prefix counter. The device tag makes numbers unique across laptops that never talk to each other.
 */
public final class CaseNumbers {
    private CaseNumbers() {
    }

    public static String prefix(String unitCode, int year, String deviceTag) {
        String unit = unitCode.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return unit + "-" + year + "-" + deviceTag;
    }

    /** The tag of the vault that opened the case, from its number; null for a number not made here. */
    public static String deviceTagOf(String caseNumber) {
        String[] parts = caseNumber == null ? new String[0] : caseNumber.split("-");
        return parts.length >= 4 ? parts[parts.length - 2] : null;
    }

    public static String format(String prefix, long sequence) {
        return prefix + "-" + String.format(Locale.ROOT, "%05d", sequence);
    }
}
