package org.shield.application.report;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * What to print. {@code caseNumber} names the case for the case summary, the evidence register and the
 * interview record ({@code interviewId} picks the interview); {@code pseudonym} names the victim for the
 * victim care summary and the MDT assessment. {@code requestedFor} says who the report is for (a
 * prosecutor's office, a court, the MDT); {@code purpose} is required with {@link Redaction#IdentityAnnex}.
 */
public record ReportRequest(ReportKind kind, String caseNumber, UUID interviewId, String pseudonym, Locale language,
        Redaction redaction, String requestedFor, String purpose) {
    public ReportRequest {
        Objects.requireNonNull(kind, "kind");
        language = language == null ? Locale.ENGLISH : language;
        redaction = redaction == null ? Redaction.Pseudonyms : redaction;
    }

    public static ReportRequest ofCase(ReportKind kind, String caseNumber) {
        return new ReportRequest(kind, caseNumber, null, null, null, null, null, null);
    }

    public static ReportRequest ofInterview(String caseNumber, UUID interviewId) {
        return new ReportRequest(ReportKind.InterviewRecord, caseNumber, interviewId, null, null, null, null, null);
    }

    public static ReportRequest ofVictim(ReportKind kind, String pseudonym) {
        return new ReportRequest(kind, null, null, pseudonym, null, null, null, null);
    }

    public ReportRequest in(Locale lang) {
        return new ReportRequest(kind, caseNumber, interviewId, pseudonym, lang, redaction, requestedFor, purpose);
    }

    public ReportRequest withIdentityAnnex(String why) {
        return new ReportRequest(kind, caseNumber, interviewId, pseudonym, language, Redaction.IdentityAnnex,
                requestedFor, why);
    }

    public ReportRequest requestedFor(String whom) {
        return new ReportRequest(kind, caseNumber, interviewId, pseudonym, language, redaction, whom, purpose);
    }

    @Override
    public String toString() {
        return "ReportRequest[" + kind + " " + language + " " + redaction + "]";
    }
}
