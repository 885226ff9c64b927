package org.shield.infra.report;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One font's advance of each character {@link ThaiLineWrapper} may measure: printable Latin, Thai, general
 * punctuation, currency signs and arrows that the font has a glyph for; any other character (a script that needs
 * shaping of its own, a character the font lacks, a control) is unknown ({@code NaN}), and a paragraph with one
 * is measured by JasperReports as before. Also the line metrics JasperReports gives a line of this font. Computed
 * once per font and size, then read-only: thread-safe.
 */
final class Advances {
    private static final int LIMIT = 0x2200;
    private static final int[][] RANGES = {{0x20, 0x7E}, {0xA0, 0x24F}, {0x0E01, 0x0E5B}, {0x2010, 0x2027},
        {0x2030, 0x205E}, {0x20A0, 0x20BF}, {0x2190, 0x21FF}};
    private static final Map<Key, Advances> CACHE = new ConcurrentHashMap<>();

    private final float[] advance = new float[LIMIT];
    private final float ascent;
    private final float descent;
    private final float leading;

    private record Key(Font font, FontRenderContext frc) {
    }

    static Advances of(Font font, FontRenderContext frc) {
        return CACHE.computeIfAbsent(new Key(font, frc), k -> new Advances(k.font(), k.frc()));
    }

    private Advances(Font font, FontRenderContext frc) {
        Arrays.fill(advance, Float.NaN);
        char[] one = new char[1];
        for (int[] range : RANGES) {
            for (int c = range[0]; c <= range[1]; c++) {
                one[0] = (char) c;
                // Thai is the one script here that Java 2D shapes; its advances are checked against shaping
                if (font.canDisplay(c) && (isThai((char) c) || !Font.textRequiresLayout(one, 0, 1))) {
                    advance[c] = (float) font.createGlyphVector(frc, one).getGlyphPosition(1).getX();
                }
            }
        }
        // as JasperReports measures a line of Thai: the bounds of a text laid out by Java 2D, and the leading of
        // a space
        Rectangle2D bounds = font.getStringBounds("\u0E01", frc);
        this.leading = font.getLineMetrics(" ", frc).getLeading();
        this.ascent = (float) -bounds.getY();
        this.descent = (float) (bounds.getMaxY() - leading);
    }

    static boolean isThai(char c) {
        return c >= 0x0E00 && c <= 0x0E7F;
    }

    /** The advance of {@code c}, or {@code NaN} if it is not measured here. */
    float of(char c) {
        return c < LIMIT ? advance[c] : Float.NaN;
    }

    float ascent() {
        return ascent;
    }

    float descent() {
        return descent;
    }

    float leading() {
        return leading;
    }
}
