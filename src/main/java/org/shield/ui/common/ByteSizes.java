package org.shield.ui.common;


/** Sizes for people: bytes, KB, MB, GB or TB (powers of 1024), in the user's number format. */
public final class ByteSizes {
    private static final String[] UNITS = {"ui.evidence.size.kb", "ui.evidence.size.mb", "ui.evidence.size.gb",
        "ui.evidence.size.tb"};

    private ByteSizes() {
    }

    public static String text(Long bytes, Messages m) {
        return bytes == null ? "" : text(bytes.doubleValue(), m);
    }

    public static String text(double bytes, Messages m) {
        if (bytes < 1024) {
            return m.get("ui.evidence.size.bytes", (long) Math.max(0, bytes));
        }
        double v = bytes;
        int unit = -1;
        while (v >= 1024 && unit < UNITS.length - 1) {
            v /= 1024;
            unit++;
        }
        return m.get(UNITS[unit], v);
    }
}
