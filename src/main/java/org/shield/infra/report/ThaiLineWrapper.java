package org.shield.infra.report;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.text.BreakIterator;
import java.util.Map;
import net.sf.jasperreports.engine.fill.SimpleTextLine;
import net.sf.jasperreports.engine.fill.TextLine;
import net.sf.jasperreports.engine.fill.TextLineWrapper;
import net.sf.jasperreports.engine.fill.TextMeasureContext;
import net.sf.jasperreports.engine.util.JRStyledText;

/**
 * Breaks a paragraph that holds Thai into lines from the font's own glyph advances, where JasperReports'
 * wrapper shapes every such paragraph through HarfBuzz twice (once to find each break, once more to measure
 * each line): that was 3.6 of the 4.2 s a Thai evidence register of 10,000 custody steps took to lay out
 * (docs/BENCHMARKS.md). In the fonts {@link ThaiTextMeasurerFactory} allows, shaping changes no advance: marks
 * have none and the JDK turns kerning and ligatures off, so a line's width is the sum of its characters'
 * advances ({@code ThaiTextMeasurerTest} checks this for every Thai text of the bundles).
 *
 * <p>The breaks are the ones Java 2D's {@link LineBreakMeasurer} finds, which the PDF export uses too: the first
 * character that does not fit, then back to the line break before it, or past the white space it is. A line
 * whose fit is within {@link #MARGIN} of the width is measured by Java 2D itself, so that no rounding can put a
 * break where the export would not. Paragraphs without Thai, or with any character outside
 * {@link Advances}, are left to JasperReports' wrapper, as is everything but line breaking. One instance per
 * measured text; not thread-safe.
 */
final class ThaiLineWrapper implements TextLineWrapper {
    /**
     * Points. Summed advances agree with shaping to within 0.003 pt over a whole bundle text at 18 pt, rounding
     * included (ThaiTextMeasurerTest); a fit this close is left to Java 2D, about one line in fifty.
     */
    static final double MARGIN = 0.05;

    private final Font font;
    private final FontRenderContext frc;
    private final Advances advances;
    private final BreakIterator breaks;
    private final String whole;
    private TextLineWrapper delegate;

    // the paragraph being measured here (own), relative to its start
    private boolean own;
    private String paragraph;
    private int position;
    private double[] x = new double[256];

    /** For the text {@code wholeText} in {@code font}. */
    ThaiLineWrapper(String wholeText, Font font, FontRenderContext frc, Advances advances, BreakIterator breaks) {
        this.whole = wholeText;
        this.font = font;
        this.frc = frc;
        this.advances = advances;
        this.breaks = breaks;
    }

    /**
     * Measures in place of {@code wrapper}, the wrapper JasperReports started on the same text, which keeps the
     * paragraphs this one does not measure and everything but line breaking.
     */
    ThaiLineWrapper over(TextLineWrapper wrapper) {
        this.delegate = wrapper;
        return this;
    }

    @Override
    public void init(TextMeasureContext context) {
        throw new UnsupportedOperationException("started by the text measurer");
    }

    @Override
    public boolean start(JRStyledText styledText) {
        throw new UnsupportedOperationException("started by the text measurer");
    }

    @Override
    public void startParagraph(int paragraphStart, int paragraphEnd, boolean truncateAtChar) {
        own = !truncateAtChar && measure(paragraphStart, paragraphEnd);
        if (own) {
            paragraph = whole.substring(paragraphStart, paragraphEnd);
            breaks.setText(paragraph);
            position = 0;
        } else {
            delegate.startParagraph(paragraphStart, paragraphEnd, truncateAtChar);
        }
    }

    /** Fills {@link #x} with the advance before each character, if every one is known and one is Thai. */
    private boolean measure(int start, int end) {
        int n = end - start;
        if (x.length < n + 1) {
            x = new double[Math.max(n + 1, x.length * 2)];
        }
        boolean thai = false;
        double at = 0;
        x[0] = 0;
        for (int i = 0; i < n; i++) {
            char c = whole.charAt(start + i);
            float a = advances.of(c);
            if (Float.isNaN(a)) {
                return false;
            }
            thai |= Advances.isThai(c);
            at += a;
            x[i + 1] = at;
        }
        return thai;
    }

    @Override
    public void startEmptyParagraph(int paragraphStart) {
        own = false;
        delegate.startEmptyParagraph(paragraphStart);
    }

    @Override
    public int paragraphPosition() {
        return own ? position : delegate.paragraphPosition();
    }

    @Override
    public int paragraphEnd() {
        return own ? paragraph.length() : delegate.paragraphEnd();
    }

    @Override
    public TextLine nextLine(float width, int endLimit, boolean requireWord) {
        if (!own) {
            return delegate.nextLine(width, endLimit, requireWord);
        }
        int end = nextBreak(width, endLimit, requireWord);
        if (end == -1) {
            return exactLine(width, endLimit, requireWord);
        }
        if (end <= position) {
            return null; // nothing fits
        }
        int visible = withoutTrailingSpace(end);
        return line(end, x[visible] - x[position], null);
    }

    /**
     * Where the line from {@link #position} ends, as {@link LineBreakMeasurer#nextOffset(float, int, boolean)}
     * would put it on this paragraph; -1 when a fit is too close to the width to decide from advances alone.
     */
    private int nextBreak(float width, int endLimit, boolean requireWord) {
        if (endLimit != paragraph.length()) {
            return -1; // only tab stops limit a line short of its paragraph, and there are none here
        }
        // the first character that does not fit: the line up to and including it is wider than the width
        int over = position;
        while (over < endLimit && x[over + 1] - x[position] <= width) {
            over++;
        }
        if (over == endLimit) {
            return width - (x[endLimit] - x[position]) < MARGIN ? -1 : endLimit;
        }
        if (x[over + 1] - x[position] - width < MARGIN || width - (x[over] - x[position]) < MARGIN) {
            return -1;
        }
        int end;
        if (Character.isWhitespace(paragraph.charAt(over))) {
            end = breaks.following(over); // the white space goes with the line
        } else {
            end = over + 1 == endLimit ? lastBreakBeforeEnd() : breaks.preceding(over + 1);
            if (end == BreakIterator.DONE || end <= position) {
                // not even the first word fits: an empty line if a word is required, else break inside it
                end = requireWord ? position : Math.max(position + 1, over);
            }
        }
        return end == BreakIterator.DONE ? endLimit : Math.min(end, endLimit);
    }

    private int lastBreakBeforeEnd() {
        breaks.last();
        return breaks.previous();
    }

    /** Java 2D's own measurement of one line, for a fit too close to call. */
    private TextLine exactLine(float width, int endLimit, boolean requireWord) {
        String rest = paragraph.substring(position, endLimit);
        LineBreakMeasurer m = new LineBreakMeasurer(new AttributedString(rest, Map.of(TextAttribute.FONT, font))
                .getIterator(), BreakIterator.getLineInstance(), frc);
        int end = position + m.nextOffset(width, rest.length(), requireWord);
        if (end <= position) {
            return null;
        }
        Rectangle2D bounds = font.getStringBounds(paragraph, position, withoutTrailingSpace(end), frc);
        return line(end, bounds.getWidth(), bounds);
    }

    /** The line's end without its trailing white space (at least one character), as its width is measured. */
    private int withoutTrailingSpace(int end) {
        int e = end;
        while (e > position + 1 && Character.isWhitespace(paragraph.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private TextLine line(int end, double advance, Rectangle2D bounds) {
        SimpleTextLine line = new SimpleTextLine();
        line.setAscent(bounds == null ? advances.ascent() : (float) -bounds.getY());
        line.setDescent(bounds == null ? advances.descent() : (float) (bounds.getMaxY() - advances.leading()));
        line.setLeading(advances.leading());
        line.setCharacterCount(end - position);
        line.setAdvance((float) advance);
        line.setLeftToRight(true);
        position = end;
        return line;
    }

    @Override
    public TextLine baseTextLine(int index) {
        return delegate.baseTextLine(index);
    }

    @Override
    public float maxFontsize(int start, int end) {
        return delegate.maxFontsize(start, end);
    }

    @Override
    public String getLineText(int start, int end) {
        return delegate.getLineText(start, end);
    }

    @Override
    public char charAt(int index) {
        return delegate.charAt(index);
    }

    @Override
    public TextLineWrapper lastLineWrapper(String lineText, int start, int textLength, boolean truncateAtChar) {
        return delegate.lastLineWrapper(lineText, start, textLength, truncateAtChar);
    }
}
