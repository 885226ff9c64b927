package org.shield.ui.common;

import java.time.Clock;
import org.shield.application.report.ReportPages;
import org.shield.application.report.ReportPrinter;

/**
 * What every screen of a signed-in session needs, handed down through constructors from
 * {@code DeskApp}: the session (services), background work, error and dialog handling, the clock, and the
 * adapters that show a report's pages and print it (the report dialog of cases and victims).
 */
public record ScreenContext(Session session, TaskRunner tasks, ErrorPresenter errors, DialogService dialogs,
        Clock clock, ReportPages reportPages, ReportPrinter reportPrinter) {
}
