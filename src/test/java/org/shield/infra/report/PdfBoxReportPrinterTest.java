package org.shield.infra.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.shield.application.report.ReportPrinter;

/** Printing where no print dialog can open says so instead of failing inside AWT. */
class PdfBoxReportPrinterTest {
    @Test
    void withoutADisplayThePrinterSaysSoAndPrintsNothing() {
        Assumptions.assumeTrue(GraphicsEnvironment.isHeadless(), "the test JVM runs headless (surefire)");

        assertThat(new PdfBoxReportPrinter().print(new byte[] {'%', 'P', 'D', 'F'}, "SHIELD RPT-TEST"))
                .isEqualTo(ReportPrinter.Outcome.NoDisplay);
    }
}
