package org.shield.infra.report;

import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.print.PrinterAbortException;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import javax.print.DocFlavor;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.shield.application.report.ReportPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints through {@link PrinterJob} with PDFBox's {@link PDFPageable}, so every page keeps the size and
 * orientation it was laid out with. The print dialog is the Java one (AWT): it runs on the calling thread's
 * own modal loop, which must not be the JavaFX thread. Without a display or a printer it says so instead of
 * failing inside AWT.
 */
public final class PdfBoxReportPrinter implements ReportPrinter {
    private static final Logger LOG = LoggerFactory.getLogger(PdfBoxReportPrinter.class);

    @Override
    public Outcome print(byte[] pdf, String jobName) {
        if (GraphicsEnvironment.isHeadless()) {
            return Outcome.NoDisplay;
        }
        if (PrintServiceLookup.lookupPrintServices(DocFlavor.SERVICE_FORMATTED.PAGEABLE, null).length == 0) {
            return Outcome.NoPrinter;
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(doc));
            if (!job.printDialog()) {
                return Outcome.Cancelled;
            }
            job.print();
            LOG.info("report sent to the printer ({} pages)", doc.getNumberOfPages());
            return Outcome.Printed;
        } catch (PrinterAbortException e) {
            return Outcome.Cancelled;
        } catch (HeadlessException e) {
            return Outcome.NoDisplay;
        } catch (PrinterException | IOException e) {
            LOG.warn("printing failed ({})", e.getClass().getSimpleName(), e);
            return Outcome.Failed;
        }
    }
}
