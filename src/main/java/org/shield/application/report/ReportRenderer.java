package org.shield.application.report;

import java.util.Optional;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;

/**
 * Lays a report's content out on pages and writes an archival PDF (PDF/A-2b, every font embedded).
 * Templates are compiled once and cached; a template that does not compile fails with a message naming
 * it. Blocking and CPU-heavy: call from a worker thread. Thread-safe.
 */
public interface ReportRenderer {
    /** The PDF and its page count. Cancelling stops the fill and throws {@code OperationCancelledException}. */
    Rendered render(ReportKind kind, FrontMatter front, ReportContent content, ReportText text,
            ProgressListener progress, CancellationToken cancel) throws ApplicationException;

    /** The report id a PDF of ours carries in its metadata; empty if it carries none or is not a readable PDF. */
    Optional<String> reportIdOf(byte[] pdf);

    /** Compiles every template (the frame, the five bodies and their parts); the first broken one fails. */
    void checkTemplates() throws ApplicationException;

    record Rendered(byte[] pdf, int pages) {
    }
}
