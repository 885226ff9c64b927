package org.shield.infra.report;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.fill.AsynchronousFillHandle;
import net.sf.jasperreports.engine.fill.AsynchronousFilllListener;
import net.sf.jasperreports.engine.fill.FillListener;
import net.sf.jasperreports.engine.fill.JRGzipVirtualizer;
import net.sf.jasperreports.engine.util.JRTextMeasurerUtil;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.OperationCancelledException;
import org.shield.application.common.ProgressListener;
import org.shield.application.common.StorageException;
import org.shield.application.common.UserMessage;
import org.shield.application.report.FrontMatter;
import org.shield.application.report.ReportContent;
import org.shield.application.report.ReportKind;
import org.shield.application.report.ReportRenderer;
import org.shield.application.report.ReportText;

/**
 * Reports through JasperReports 7: the shared frame ({@code reports/frame.jrxml}) with the kind's body
 * inside, filled from {@link ReportContent} and exported as PDF/A-2b with every font embedded (the
 * {@code ShieldReport} font set: Laksaman for Thai and Latin, Noto for Myanmar, Khmer and Lao, Droid Sans
 * Fallback for Han). PDFBox then drops the CIDSet streams the PDF library writes incompletely (PDF/A-2
 * allows none, not a wrong one) and reads report ids back for verification. The PDF's metadata carries the
 * report id and title only, never a name; there are no bookmarks.
 */
public final class JasperReportRenderer implements ReportRenderer {
    private static final String SUBJECT_PREFIX = "SHIELD report ";
    /** Laid-out pages kept as objects; older ones are kept gzipped in memory (see {@link #render}). */
    private static final int PAGES_IN_MEMORY = 100;

    private final SimpleJasperReportsContext context;
    private final Templates templates;
    private final String iccProfile;
    private final String producer;

    /** {@code producer}: the app's name and version, written into the PDF's metadata. */
    public JasperReportRenderer(String producer) {
        this(producer, Map.of());
    }

    /** With JasperReports {@code properties} set over the app's, for tests that compare layouts. */
    JasperReportRenderer(String producer, Map<String, String> properties) {
        this.producer = producer;
        this.context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
        // Thai marks and the Myanmar, Khmer and Lao scripts need glyph shaping, which the plain PDF text
        // path lacks; the glyph renderer shapes them through Java 2D (STACK.md).
        context.setProperty("net.sf.jasperreports.export.pdf.glyph.renderer.blocks", "thai,myanmar,khmer,lao");
        context.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
        context.setProperty("net.sf.jasperreports.export.pdf.bookmarks.enabled", "false");
        // Thai lines broken from the font's advances: the same lines in a fraction of the time (ADR 0018)
        context.setProperty(JRTextMeasurerUtil.PROPERTY_TEXT_MEASURER_FACTORY, ThaiTextMeasurerFactory.class.getName());
        properties.forEach(context::setProperty);
        this.templates = new Templates(context, "/reports/");
        this.iccProfile = writeIccProfile();
    }

    @Override
    public Rendered render(ReportKind kind, FrontMatter front, ReportContent content, ReportText text,
            ProgressListener progress, CancellationToken cancel) throws ApplicationException {
        // Past PAGES_IN_MEMORY laid-out pages, the oldest are kept gzipped in memory, so that a report of a
        // thousand pages does not hold them all as objects; never in a swap file, which would put the report's
        // content on disk in plaintext. Shorter reports are never compressed.
        JRGzipVirtualizer virtualizer = new JRGzipVirtualizer(PAGES_IN_MEMORY);
        try {
            JasperPrint print = fill(kind, front, content, text, progress, cancel, virtualizer);
            virtualizer.setReadOnly(true);
            return new Rendered(export(print, front), print.getPages().size());
        } finally {
            virtualizer.cleanup();
        }
    }

    /** The laid-out pages, not exported, for tests that compare layouts. */
    JasperPrint layOut(ReportKind kind, FrontMatter front, ReportContent content, ReportText text)
            throws ApplicationException {
        return fill(kind, front, content, text, ProgressListener.NONE, new CancellationToken(), null);
    }

    private JasperPrint fill(ReportKind kind, FrontMatter front, ReportContent content, ReportText text,
            ProgressListener progress, CancellationToken cancel, JRVirtualizer virtualizer)
            throws ApplicationException {
        Map<String, Object> params = new HashMap<>();
        try {
            params.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            params.put("BODY", templates.get(kind.template()));
            params.put("TEMPLATES", templates);
            var frame = templates.get("frame");
            params.put(JRParameter.REPORT_LOCALE, text.locale());
            params.put(JRParameter.REPORT_RESOURCE_BUNDLE, text.bundle());
            params.put("F", frontMatter(front, content, text));
            params.put("V", content.values());
            Map<String, Object> tables = new HashMap<>(content.tables());
            tables.put("front", frontRows(front, text));
            tables.putIfAbsent(ReportContent.ANNEX, List.of());
            tables.put(ReportContent.SIGNATURES, signatures(front, content));
            params.put("T", tables);
            AsynchronousFillHandle handle = AsynchronousFillHandle.createHandle(context, frame, params,
                    new JREmptyDataSource(1));
            CountDownLatch done = new CountDownLatch(1);
            AtomicReference<JasperPrint> result = new AtomicReference<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            handle.addListener(new AsynchronousFilllListener() {
                @Override
                public void reportFinished(JasperPrint p) {
                    result.set(p);
                    done.countDown();
                }

                @Override
                public void reportCancelled() {
                    done.countDown();
                }

                @Override
                public void reportFillError(Throwable t) {
                    failure.set(t);
                    done.countDown();
                }
            });
            handle.addFillListener(new FillListener() {
                @Override
                public void pageGenerated(JasperPrint p, int pageIndex) {
                    progress.progress(pageIndex + 1L, -1);
                }

                @Override
                public void pageUpdated(JasperPrint p, int pageIndex) {
                    // nothing: only new pages count as progress
                }
            });
            handle.startFill();
            while (!done.await(100, TimeUnit.MILLISECONDS)) {
                if (cancel.isCancelled()) {
                    handle.cancellFill();
                }
            }
            if (cancel.isCancelled()) {
                throw new OperationCancelledException(new UserMessage("error.cancelled"));
            }
            if (failure.get() != null) {
                throw failure.get() instanceof Templates.BrokenTemplateException b ? b
                        : new IllegalStateException("report fill failed: " + failure.get().getClass().getSimpleName(),
                                failure.get());
            }
            return result.get();
        } catch (Templates.BrokenTemplateException e) {
            throw new StorageException(new UserMessage("report.error.template", e.template()), e);
        } catch (JRException e) {
            throw new StorageException(new UserMessage("report.error.fill", kind.template()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCancelledException(new UserMessage("error.cancelled"));
        }
    }

    private static Map<String, String> frontMatter(FrontMatter f, ReportContent c, ReportText text) {
        Map<String, String> m = new HashMap<>();
        m.put("reportId", f.reportId());
        m.put("title", f.title());
        m.put("agency", f.agency());
        m.put("unit", f.unit());
        m.put("classification", f.classification());
        m.put("caseNumber", f.caseNumber() == null ? "" : f.caseNumber());
        m.put("caseLine", f.caseNumber() == null ? "" : text.get("report.caseNumber", f.caseNumber()));
        m.put("certification", text.get("report.certification", f.producedBy(), f.issuedAt()));
        m.put("method", text.get("report.method", f.issuedAt()) + " " + text.get("report.limitations"));
        return m;
    }

    private static List<Map<String, String>> frontRows(FrontMatter f, ReportText text) {
        List<Map<String, String>> rows = new ArrayList<>();
        row(rows, text.get("report.front.reportId"), f.reportId());
        row(rows, text.get("report.front.issued"), f.issuedAt());
        row(rows, text.get("report.front.producedBy"), f.producedBy() + " (" + f.producedRole() + ")");
        row(rows, text.get("report.front.requestedFor"), f.requestedFor());
        row(rows, text.get("report.front.scope"), f.scope());
        row(rows, text.get("report.front.language"), f.language());
        row(rows, text.get("report.front.redaction"), f.redaction());
        return rows;
    }

    private static void row(List<Map<String, String>> rows, String label, String value) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("label", label);
        r.put("value", value == null ? "" : value);
        rows.add(r);
    }

    private static List<Map<String, String>> signatures(FrontMatter f, ReportContent c) {
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, String> producer = new LinkedHashMap<>();
        producer.put("role", f.producedRole());
        producer.put("name", f.producedBy());
        producer.put("date", "");
        rows.add(producer);
        rows.addAll(c.table(ReportContent.SIGNATURES));
        return rows;
    }

    private byte[] export(JasperPrint print, FrontMatter front) throws ApplicationException {
        try {
            JRPdfExporter exporter = new JRPdfExporter(context);
            exporter.setExporterInput(new SimpleExporterInput(print));
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(raw));
            SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
            config.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
            config.setIccProfilePath(iccProfile);
            config.setEmbedIccProfile(Boolean.TRUE);
            config.setMetadataTitle(front.title() + " " + front.reportId());
            config.setMetadataSubject(SUBJECT_PREFIX + front.reportId());
            config.setMetadataCreator(producer);
            config.setMetadataAuthor("");
            config.setMetadataKeywords("");
            exporter.setConfiguration(config);
            exporter.exportReport();
            return finish(raw.toByteArray());
        } catch (JRException | IOException e) {
            throw new StorageException(new UserMessage("report.error.export"), e);
        }
    }

    /** Removes the font descriptors' CIDSet streams (see the class comment). */
    private static byte[] finish(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (COSObjectKey key : new ArrayList<>(doc.getDocument().getXrefTable().keySet())) {
                COSBase base = doc.getDocument().getObjectFromPool(key).getObject();
                if (base instanceof COSDictionary d && COSName.FONT_DESC.equals(d.getCOSName(COSName.TYPE))) {
                    d.removeItem(COSName.getPDFName("CIDSet"));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Override
    public Optional<String> reportIdOf(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String subject = doc.getDocumentInformation().getSubject();
            return subject != null && subject.startsWith(SUBJECT_PREFIX)
                    ? Optional.of(subject.substring(SUBJECT_PREFIX.length()).strip()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void checkTemplates() throws ApplicationException {
        try {
            templates.compileAll();
        } catch (Templates.BrokenTemplateException e) {
            throw new StorageException(new UserMessage("report.error.template", e.template()), e);
        }
    }

    /** The sRGB output intent PDF/A needs, from the JDK, in a temporary file (it holds no data of ours). */
    private static String writeIccProfile() {
        try {
            Path p = Files.createTempFile("shield-srgb", ".icc");
            p.toFile().deleteOnExit();
            Files.write(p, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            return p.toString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the sRGB profile to the temp folder", e);
        }
    }
}
