package org.shield.application.report;

/**
 * Prints a produced report through the system print dialog. Blocking while the dialog is open and the job
 * is spooled: call from a worker thread, never from the JavaFX thread (the dialog runs its own event loop).
 * The outcome says what happened; the caller records a printed report in the audit trail
 * ({@link ReportService#recordPrinted}) and words the others for the user.
 */
public interface ReportPrinter {
    /** What became of a print request. */
    enum Outcome {
        /** The user chose a printer and the job was handed to it. */
        Printed,
        /** The user closed the print dialog (or cancelled the job) without printing. */
        Cancelled,
        /** There is no display to show the print dialog on (a headless session). */
        NoDisplay,
        /** The computer has no printer set up. */
        NoPrinter,
        /** The printer refused or failed the job; the cause is logged (type only). */
        Failed
    }

    /**
     * Shows the print dialog for {@code pdf} and, if the user agrees, prints it. {@code jobName} names the job
     * in the printer's queue: the report id, never a name.
     */
    Outcome print(byte[] pdf, String jobName);
}
