package org.shield.bootstrap;

import org.shield.application.report.ReportRenderer;
import org.shield.infra.report.JasperReportRenderer;

/**
 * The app's one report renderer: its compiled templates are cached for the life of the process, across
 * sign-ins. Created on first use (off the FX thread: the first report of a session).
 */
final class Reports {
    private Reports() {
    }

    private static final class Holder {
        static final ReportRenderer RENDERER = new JasperReportRenderer("SHIELD Case Desk "
                + (Reports.class.getPackage().getImplementationVersion() == null ? "development build"
                        : Reports.class.getPackage().getImplementationVersion()));
    }

    static ReportRenderer renderer() {
        return Holder.RENDERER;
    }
}
