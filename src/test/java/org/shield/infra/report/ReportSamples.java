package org.shield.infra.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.shield.application.report.ProducedReport;

/**
 * Keeps the last report of each kind and language a test produced from the synthetic demo vault under
 * {@code target/report-samples/}, so that people can look at the pages (pdftoppm) after a test run.
 */
public final class ReportSamples {
    private ReportSamples() {
    }

    public static void keep(String name, ProducedReport report) throws IOException {
        Path dir = Path.of("target", "report-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), report.pdf());
    }
}
