package org.shield.infra.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** What a test reads back from a produced PDF: text per page, metadata, outline, fonts, PDF/A-2b validity. */
public final class PdfFacts {
    private PdfFacts() {
    }

    public static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> out = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                out.add(s.getText(d));
            }
            return out;
        }
    }

    public static String text(byte[] pdf) throws IOException {
        return String.join("\n", pages(pdf));
    }

    /** The document information, the XMP packet and the outline, as one string to search. */
    public static String metadataAndOutline(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            StringBuilder b = new StringBuilder();
            var info = d.getDocumentInformation();
            for (String k : info.getMetadataKeys()) {
                b.append(k).append('=').append(info.getCustomMetadataValue(k)).append('\n');
            }
            var meta = d.getDocumentCatalog().getMetadata();
            if (meta != null) {
                b.append(new String(meta.toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
            }
            var outline = d.getDocumentCatalog().getDocumentOutline();
            if (outline != null) {
                outline.children().forEach(i -> b.append(i.getTitle()).append('\n'));
            }
            return b.toString();
        }
    }

    /** Every font used on any page, as "name embedded=true|false". */
    public static List<String> fonts(byte[] pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage p : d.getPages()) {
                PDResources r = p.getResources();
                for (COSName n : r.getFontNames()) {
                    PDFont f = r.getFont(n);
                    String s = f.getName() + " embedded=" + f.isEmbedded();
                    if (!out.contains(s)) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }

    /** The failed PDF/A-2b rules (veraPDF); empty when the file conforms. */
    public static List<String> pdfaProblems(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> out = new ArrayList<>();
            for (TestAssertion t : result.getTestAssertions()) {
                if (t.getStatus() != TestAssertion.Status.PASSED) {
                    out.add(t.getRuleId().getClause() + " " + t.getMessage());
                }
            }
            if (!result.isCompliant() && out.isEmpty()) {
                out.add("not compliant");
            }
            return out;
        }
    }
}
