package org.shield.infra.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.StorageException;
import org.shield.application.common.ValidationException;

/** Report pages as pictures for the preview: a page at the asked resolution, and clear refusals. */
class PdfBoxReportPagesTest {
    private final PdfBoxReportPages pages = new PdfBoxReportPages();

    private static byte[] twoA4Pages() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.addPage(new PDPage(PDRectangle.A4));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void countsThePages() throws Exception {
        assertThat(pages.pageCount(twoA4Pages())).isEqualTo(2);
    }

    @Test
    void aPageIsAPngOfThePageSizeAtTheAskedResolution() throws Exception {
        byte[] png = pages.pagePng(twoA4Pages(), 1, 72f);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isBetween(594, 596); // 210 mm at 72 dpi
        assertThat(image.getHeight()).isBetween(841, 843);
    }

    @Test
    void aPageThatIsNotThereIsRefused() {
        assertThatThrownBy(() -> pages.pagePng(twoA4Pages(), 2, 72f)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ApplicationException) e).userMessage().key()).isEqualTo("error.badPage");
    }

    @Test
    void bytesThatAreNoPdfAreUnreadable() {
        assertThatThrownBy(() -> pages.pageCount("DEMO-TEST not a PDF".getBytes()))
                .isInstanceOf(StorageException.class)
                .extracting(e -> ((ApplicationException) e).userMessage().key()).isEqualTo("report.error.read");
    }
}
