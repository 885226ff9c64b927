package org.shield.infra.report;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator.Attribute;
import java.text.BreakIterator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.jasperreports.engine.JRCommonText;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fill.JRMeasuredText;
import net.sf.jasperreports.engine.fill.JRTextMeasurer;
import net.sf.jasperreports.engine.fill.SimpleTextLineWrapper;
import net.sf.jasperreports.engine.fill.TextLineWrapper;
import net.sf.jasperreports.engine.fill.TextMeasurer;
import net.sf.jasperreports.engine.fill.TextMeasurerFactory;
import net.sf.jasperreports.engine.fonts.AwtFontAttribute;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.engine.util.JRStyledText;

/**
 * JasperReports' text measurer, except that a text in one of {@link #FONTS} and nothing else (one style, no tabs,
 * no super- or subscript) has its Thai paragraphs broken into lines by {@link ThaiLineWrapper}, from the font's
 * glyph advances instead of shaping each one twice. The lines are the same; the Thai evidence register lays out
 * in a fraction of the time (ADR 0018, docs/BENCHMARKS.md). Set as the report context's
 * {@code net.sf.jasperreports.text.measurer.factory}.
 */
public final class ThaiTextMeasurerFactory extends TextMeasurerFactory {
    /**
     * The font families whose Thai advances {@code ThaiTextMeasurerTest} checks against shaping; a font not
     * checked is measured by JasperReports alone.
     */
    static final Set<String> FONTS = Set.of("Laksaman");

    /** The only text attributes a text may carry to be measured here (JasperReports' own are not these). */
    private static final Set<Attribute> PLAIN = Set.of(TextAttribute.FAMILY, TextAttribute.SIZE, TextAttribute.WEIGHT,
            TextAttribute.POSTURE, TextAttribute.FOREGROUND, TextAttribute.BACKGROUND, TextAttribute.UNDERLINE,
            TextAttribute.STRIKETHROUGH);

    @Override
    public JRTextMeasurer createMeasurer(JasperReportsContext context, JRCommonText element) {
        return new Measurer(context, element);
    }

    @Override
    public JRTextMeasurer createMeasurer(FontUtil fontUtil, JRCommonText element) {
        return new Measurer(fontUtil, element);
    }

    /** One text element's measurer; JasperReports uses it from one fill thread at a time. */
    static final class Measurer extends TextMeasurer {
        private final FontUtil fonts;
        private final Map<List<Object>, Optional<Font>> loaded = new HashMap<>();
        private BreakIterator breaks;
        private ThaiLineWrapper wrapper;

        Measurer(JasperReportsContext context, JRCommonText element) {
            super(context, element);
            this.fonts = FontUtil.getInstance(context);
        }

        Measurer(FontUtil fonts, JRCommonText element) {
            super(fonts, element);
            this.fonts = fonts;
        }

        @Override
        public JRMeasuredText measure(JRStyledText styledText, int remainingTextStart, int availableStretchHeight,
                boolean indentFirstLine, boolean canOverflow) {
            Font font = font(styledText);
            wrapper = null;
            if (font != null) {
                if (breaks == null) {
                    breaks = BreakIterator.getLineInstance();
                }
                wrapper = new ThaiLineWrapper(styledText.getText(), font, getFontRenderContext(),
                        Advances.of(font, getFontRenderContext()), breaks);
            }
            try {
                return super.measure(styledText, remainingTextStart, availableStretchHeight, indentFirstLine,
                        canOverflow);
            } finally {
                wrapper = null;
            }
        }

        @Override
        protected boolean renderParagraph(TextLineWrapper lineWrapper, int lastParagraphStart,
                String lastParagraphText) {
            // the simple wrapper is the one JasperReports picked for a text in one style; it still does the
            // paragraphs without Thai
            TextLineWrapper w = wrapper != null && lineWrapper instanceof SimpleTextLineWrapper
                    ? wrapper.over(lineWrapper) : lineWrapper;
            return super.renderParagraph(w, lastParagraphStart, lastParagraphText);
        }

        /** The font of a text that may be measured here, or null. */
        private Font font(JRStyledText text) {
            if (text.getRuns().size() != 1 || text.getText().indexOf('\t') >= 0) {
                return null;
            }
            Map<Attribute, Object> attributes = text.getRuns().get(0).attributes;
            for (Attribute a : attributes.keySet()) {
                if (a instanceof TextAttribute && !PLAIN.contains(a)) {
                    return null;
                }
            }
            Object posture = attributes.get(TextAttribute.POSTURE);
            Object weight = attributes.get(TextAttribute.WEIGHT);
            Object size = attributes.get(TextAttribute.SIZE);
            AwtFontAttribute family = AwtFontAttribute.fromAttributes(attributes);
            if (posture != null && !TextAttribute.POSTURE_REGULAR.equals(posture)
                    || weight != null && !TextAttribute.WEIGHT_REGULAR.equals(weight)
                    && !TextAttribute.WEIGHT_BOLD.equals(weight)
                    || !(size instanceof Number) || !family.hasAttribute()) {
                return null;
            }
            int style = TextAttribute.WEIGHT_BOLD.equals(weight) ? Font.BOLD : Font.PLAIN;
            // a font set's family (ShieldReport) resolves to the font its one run is in: the member (font info) is
            // part of the key, by its names (a FontInfo has no equality of its own)
            net.sf.jasperreports.engine.fonts.FontInfo member = family.getFontInfo();
            List<Object> key = java.util.Arrays.asList(family.getFamily(), style, size,
                    String.valueOf(text.getLocale()), member == null ? null : member.getFontFamily().getName(),
                    member == null || member.getFontFace() == null ? null : member.getFontFace().getName(),
                    member == null ? null : member.getStyle());
            Font font = loaded.computeIfAbsent(key, k -> Optional.ofNullable(fonts.getAwtFontFromBundles(family,
                    style, ((Number) size).floatValue(), text.getLocale(), false))).orElse(null);
            return font == null || !FONTS.contains(font.getFamily(Locale.ROOT)) || font.isTransformed()
                    || font.hasLayoutAttributes() ? null : font;
        }
    }
}
