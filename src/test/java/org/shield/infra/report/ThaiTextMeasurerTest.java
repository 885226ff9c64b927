package org.shield.infra.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.fill.TextMeasurerFactory;
import net.sf.jasperreports.engine.fonts.FontUtil;
import org.junit.jupiter.api.Test;
import org.shield.application.report.FrontMatter;
import org.shield.application.report.ReportContent;
import org.shield.application.report.ReportKind;
import org.shield.application.report.ReportText;

/**
 * {@link ThaiTextMeasurerFactory} must lay out exactly what JasperReports' own text measurer does, only faster:
 * the PDF export breaks the lines again with Java 2D, so a line the fill measured differently could be cut off.
 */
class ThaiTextMeasurerTest {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final float[] SIZES = {7.5f, 8f, 9f, 10f, 11f, 12f, 14f, 16f, 18f};

    /** The premise: a Thai text's width is the sum of its characters' advances, in the fonts allowed. */
    @Test
    void theAdvancesOfEveryThaiTextOfTheBundlesAgreeWithShaping() throws IOException {
        List<String> texts = thaiTexts();
        assertThat(texts).hasSizeGreaterThan(1000);
        FontUtil fonts = FontUtil.getInstance(DefaultJasperReportsContext.getInstance());
        for (String family : ThaiTextMeasurerFactory.FONTS) {
            for (int style : new int[] {Font.PLAIN, Font.BOLD}) {
                for (float size : SIZES) {
                    Font font = fonts.getAwtFontFromBundles(family, style, size, Locale.ROOT, false);
                    assertThat(font).as(family).isNotNull();
                    Advances advances = Advances.of(font, FRC);
                    double worst = 0;
                    int skipped = 0;
                    for (String text : texts) {
                        if (text.chars().anyMatch(c -> Float.isNaN(advances.of((char) c)))) {
                            skipped++; // a character not measured here: the text is JasperReports' alone
                            continue;
                        }
                        double at = 0;
                        int from = 0;
                        BreakIterator graphemes = BreakIterator.getCharacterInstance();
                        graphemes.setText(text);
                        for (int end = graphemes.next(); end != BreakIterator.DONE; end = graphemes.next()) {
                            for (int i = from; i < end; i++) {
                                at += advances.of(text.charAt(i));
                            }
                            from = end;
                            double shaped = new TextLayout(text.substring(0, end), font, FRC).getAdvance();
                            worst = Math.max(worst, Math.abs(at - shaped));
                        }
                    }
                    assertThat(worst).as("%s %d %.1f", family, style, size).isLessThan(ThaiLineWrapper.MARGIN / 5);
                    assertThat(skipped).as("texts not measured here").isLessThan(texts.size() / 50);
                }
            }
        }
    }

    /**
     * The evidence register of synthetic Thai, English, mixed and other-script texts (words of every length, some
     * longer than a line) is laid out element for element, line for line, as by JasperReports alone.
     */
    @Test
    void aRegisterIsLaidOutLineForLineAsByJasperReportsAlone() throws Exception {
        Map<String, String> lineBreaks = Map.of("net.sf.jasperreports.text.save.line.break.offsets", "true");
        JasperReportRenderer ours = new JasperReportRenderer("test", lineBreaks);
        JasperReportRenderer theirs = new JasperReportRenderer("test", Map.of(
                "net.sf.jasperreports.text.save.line.break.offsets", "true",
                "net.sf.jasperreports.text.measurer.factory", TextMeasurerFactory.class.getName()));
        List<String> words = words();
        for (String lang : List.of("th", "en")) {
            ReportText text = new ReportText(Locale.forLanguageTag(lang), ZoneId.of("Asia/Bangkok"));
            ReportContent content = register(text, words, new Random(lang.hashCode()));
            FrontMatter front = new FrontMatter("RPT-0000-TEST-XXXX", "TEST", "TEST agency", "TEST unit",
                    "TEST", "TEST/1", text.dateTime(Instant.EPOCH), "test.user", "TEST", "TEST", "TEST", lang,
                    "TEST");
            List<String> a = texts(ours.layOut(ReportKind.EvidenceRegister, front, content, text));
            List<String> b = texts(theirs.layOut(ReportKind.EvidenceRegister, front, content, text));
            assertThat(a).as(lang).hasSizeGreaterThan(2000);
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                assertThat(a.get(i)).as("%s, text element %d", lang, i).isEqualTo(b.get(i));
            }
            assertThat(a).hasSameSizeAs(b);
        }
    }

    /** Every text element of every page: where, how large, its text and where its lines break. */
    private static List<String> texts(JasperPrint print) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < print.getPages().size(); p++) {
            collect(print.getPages().get(p).getElements(), p, out);
        }
        return out;
    }

    private static void collect(List<JRPrintElement> elements, int page, List<String> out) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintFrame f) {
                collect(f.getElements(), page, out);
            } else if (e instanceof JRPrintText t) {
                out.add(String.format(Locale.ROOT, "p%d %d,%d %dx%d h%.3f s%.3f l%.3f %s [%s] %s", page, t.getX(),
                        t.getY(), t.getWidth(), t.getHeight(), t.getTextHeight(), t.getLineSpacingFactor(),
                        t.getLeadingOffset(), Arrays.toString(t.getLineBreakOffsets()), t.getFullText(),
                        t.getTextTruncateIndex()));
            }
        }
    }

    private static ReportContent register(ReportText text, List<String> words, Random random) {
        ReportContent.Builder b = new ReportContent.Builder(new UUID(0, 1), "TEST/1").scope(sentence(words, random, 8));
        b.table("particulars");
        b.row("particulars", "label", text.get("report.field.caseNumber"), "value", "TEST/1");
        b.table("register");
        b.table("custody");
        b.table("verificationSummary");
        b.table("verification");
        for (int x = 1; x <= 40; x++) {
            String no = String.format(Locale.ROOT, "TEST/%03d", x);
            b.row("register", "no", no, "heading", sentence(words, random, 12), "detail",
                    sentence(words, random, 25) + "\n" + sentence(words, random, 10), "hash",
                    "SHA-256 " + "ab".repeat(32));
            for (int s = 1; s <= 12; s++) {
                b.row("custody", "exhibit", no, "exhibitHeading", no + " · " + sentence(words, random, 10),
                        "exhibitHash", "SHA-256 " + "cd".repeat(32), "no", s + ".",
                        "heading", sentence(words, random, 4 + random.nextInt(14)),
                        "detail", sentence(words, random, random.nextInt(40)) + "\n" + sentence(words, random, 12),
                        "hash", random.nextBoolean() ? "" : "SHA-256 " + "ef".repeat(32));
            }
            b.row("verification", "no", no, "heading", sentence(words, random, 6), "detail", "", "hash", "");
        }
        return b.build();
    }

    private static String sentence(List<String> words, Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : random.nextInt(6) == 0 ? " · " : random.nextInt(8) == 0 ? "  " : " ")
                    .append(words.get(random.nextInt(words.size())));
        }
        return s.toString();
    }

    /**
     * Thai words and phrases of the bundles, Latin words, numbers, a Thai run longer than any line, and names in
     * scripts the measurer leaves to JasperReports (Burmese, Khmer, Chinese, Thai with a combining accent).
     */
    private static List<String> words() throws IOException {
        List<String> words = new ArrayList<>();
        for (String t : thaiTexts()) {
            words.addAll(Arrays.asList(t.split("\\s+")));
        }
        words.addAll(List.of("DEMO", "evidence", "room,", "shelf", "4", "(invented)", "bench.examiner", "12:30",
                "UTC+07:00", "SHA-256", "a".repeat(90), "ก".repeat(150), "ประเทศไทย".repeat(12), "—", "–", "→",
                "“quoted”", "မောင်မောင်", "សុខា", "王小明", "ก\u0301", "x\u200Dy", "%", "/"));
        return words.stream().filter(w -> !w.isBlank()).collect(Collectors.toList());
    }

    /** The Thai bundle's texts, their placeholders filled with Latin. */
    private static List<String> thaiTexts() throws IOException {
        Properties p = new Properties();
        try (InputStream in = ThaiTextMeasurerTest.class.getResourceAsStream("/i18n/messages_th.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> texts = new ArrayList<>();
        for (Object v : p.values()) {
            String t = ((String) v).replaceAll("\\{\\d+[^}]*}", "DEMO-12").replace("''", "'").replace('\n', ' ');
            if (t.chars().anyMatch(c -> c >= 0x0E00 && c <= 0x0E7F)) {
                texts.add(t);
            }
        }
        return texts;
    }
}
