package org.shield.infra.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.StorageException;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.report.ReportPages;

/**
 * Report pages as pictures through PDFBox's {@link PDFRenderer}. A PDF of ours loads in a few milliseconds
 * once the fonts' code is warm, so each page is rendered from a fresh document: nothing is kept between
 * calls and calls may run in parallel. PNGs are written with fast compression (the preview is thrown away
 * when its dialog closes). Never writes a file.
 */
public final class PdfBoxReportPages implements ReportPages {
    /** Fast deflate: a page takes a quarter of the time of the default and is barely larger. */
    private static final float PNG_QUALITY = 0.9f;

    @Override
    public int pageCount(byte[] pdf) throws ApplicationException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    @Override
    public byte[] pagePng(byte[] pdf, int index, float dpi) throws ApplicationException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (index < 0 || index >= doc.getNumberOfPages()) {
                throw new ValidationException(new UserMessage("error.badPage"));
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(index, dpi, ImageType.RGB);
            return png(image);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(PNG_QUALITY);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            return out.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    private static StorageException unreadable(IOException e) {
        return new StorageException(new UserMessage("report.error.read"), e);
    }
}
