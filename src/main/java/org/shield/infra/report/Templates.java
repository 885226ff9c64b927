package org.shield.infra.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * The report templates ({@code reports/*.jrxml} on the class path), each compiled once on first use and
 * cached for the life of the app. Templates reach their parts through this object
 * ({@code $P{TEMPLATES}.get("parts/fields")}). A template that is missing or does not compile is a
 * {@link BrokenTemplateException} naming it. Thread-safe.
 */
public final class Templates {
    /** Every template, for {@link #compileAll()}; the bodies are named after {@code ReportKind.template()}. */
    static final List<String> ALL = List.of("frame", "parts/fields", "parts/entries", "parts/certification",
            "parts/annex", "parts/text", "parts/answers", "parts/checklist", "parts/custody", "case-summary",
            "evidence-register", "interview-record", "victim-care", "mdt-assessment");

    private final JasperReportsContext context;
    private final String root;
    private final ConcurrentMap<String, JasperReport> compiled = new ConcurrentHashMap<>();

    Templates(JasperReportsContext context, String root) {
        this.context = context;
        this.root = root;
    }

    /** The compiled template {@code name} (path under {@code reports/}, without {@code .jrxml}). */
    public JasperReport get(String name) {
        return compiled.computeIfAbsent(name, this::compile);
    }

    /** Compiles every known template that exists; the first broken one throws. */
    void compileAll() {
        for (String name : ALL) {
            if (exists(name)) {
                get(name);
            }
        }
    }

    boolean exists(String name) {
        return Templates.class.getResource(path(name)) != null;
    }

    private String path(String name) {
        return root + name + ".jrxml";
    }

    private JasperReport compile(String name) {
        try (InputStream in = Templates.class.getResourceAsStream(path(name))) {
            if (in == null) {
                throw new BrokenTemplateException(name, "missing");
            }
            byte[] source = in.readAllBytes();
            JasperReport prebuilt = prebuilt(name, source);
            if (prebuilt != null) {
                return prebuilt;
            }
            JasperDesign design = JRXmlLoader.load(context, new java.io.ByteArrayInputStream(source));
            return JasperCompileManager.getInstance(context).compile(design);
        } catch (JRException | IOException | RuntimeException e) {
            if (e instanceof BrokenTemplateException b) {
                throw b;
            }
            throw new BrokenTemplateException(name, e.getClass().getSimpleName(), e);
        }
    }

    /**
     * The template as compiled at build time ({@link TemplateCompiler}), if that was made from exactly this
     * source; else null and the caller compiles it. Read from the app's own jar only.
     */
    private JasperReport prebuilt(String name, byte[] source) {
        try (InputStream sha = Templates.class.getResourceAsStream(root + name + ".jrxml.sha256");
                InputStream jasper = Templates.class.getResourceAsStream(root + name + ".jasper")) {
            if (sha == null || jasper == null
                    || !new String(sha.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip()
                            .equals(TemplateCompiler.sha256(source))) {
                return null;
            }
            return (JasperReport) net.sf.jasperreports.engine.util.JRLoader.loadObject(context, jasper);
        } catch (IOException | JRException | ClassCastException e) {
            return null;
        }
    }

    /** A template that is missing or does not compile; the message names the template, never data. */
    static final class BrokenTemplateException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String template;

        BrokenTemplateException(String template, String why) {
            super("report template " + template + ": " + why);
            this.template = template;
        }

        BrokenTemplateException(String template, String why, Throwable cause) {
            super("report template " + template + ": " + why, cause);
            this.template = template;
        }

        String template() {
            return template;
        }
    }
}
