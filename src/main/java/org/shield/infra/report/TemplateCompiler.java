package org.shield.infra.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRSaver;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles every report template at build time (Maven's process-classes phase) into
 * {@code <name>.jasper} next to a {@code <name>.jrxml.sha256} of its source, so that the app and each CLI
 * run load compiled templates from the jar instead of compiling them again; {@link Templates} falls back
 * to compiling a template whose compiled form is missing or was made from other source. A template that
 * does not compile fails the build, naming it.
 */
public final class TemplateCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(TemplateCompiler.class);

    private TemplateCompiler() {
    }

    /** {@code args}: the source folder ({@code reports/}) and the output folder (classes/reports). */
    public static void main(String[] args) throws IOException, JRException {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        List<Path> files;
        try (Stream<Path> s = Files.walk(source)) {
            files = s.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
        long t0 = System.nanoTime();
        for (Path f : files) {
            String name = source.relativize(f).toString().replace('\\', '/').replaceAll("\\.jrxml$", "");
            Path out = target.resolve(name + ".jasper");
            Files.createDirectories(out.getParent());
            JasperReport report;
            try (InputStream in = Files.newInputStream(f)) {
                report = JasperCompileManager.getInstance(DefaultJasperReportsContext.getInstance())
                        .compile(JRXmlLoader.load(DefaultJasperReportsContext.getInstance(), in));
            } catch (JRException e) {
                throw new JRException("report template " + name + " does not compile", e);
            }
            JRSaver.saveObject(report, out.toFile());
            Files.writeString(target.resolve(name + ".jrxml.sha256"), sha256(Files.readAllBytes(f)),
                    StandardCharsets.US_ASCII);
        }
        LOG.info("compiled {} report templates in {} ms", files.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
