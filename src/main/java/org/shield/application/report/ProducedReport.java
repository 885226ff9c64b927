package org.shield.application.report;

/**
 * A report as produced: its id, the SHA-256 of {@code pdf} (recorded in the register and the audit
 * trail), its page count, and a file name with no personal data in it.
 */
public record ProducedReport(String reportId, ReportKind kind, String caseNumber, String sha256, int pages,
        byte[] pdf, String fileName) {
    @Override
    public String toString() {
        return "ProducedReport[" + reportId + " " + kind + " " + pages + " pages]";
    }
}
