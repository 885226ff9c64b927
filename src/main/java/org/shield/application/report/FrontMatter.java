package org.shield.application.report;

/**
 * The front matter and running heads of a report, translated: printed on the first page (title, id,
 * issue time, producer, recipient, scope) and on every page (agency, unit, case number, report id,
 * classification, "Page X of Y").
 */
public record FrontMatter(String reportId, String title, String agency, String unit, String classification,
        String caseNumber, String issuedAt, String producedBy, String producedRole, String requestedFor,
        String scope, String language, String redaction) {
    @Override
    public String toString() {
        return "FrontMatter[" + reportId + "]";
    }
}
