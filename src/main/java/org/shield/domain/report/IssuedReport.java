package org.shield.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.shield.domain.common.BaseEntity;

/**
 * A report the vault produced: its id (printed on every page), what it is, and the SHA-256 of the exact
 * PDF bytes, so that {@code report verify} can tell whether a given file is one the vault made, unaltered.
 * Append-only: no setters. Holds no content of the report and no protected identity.
 */
@Entity
@Table(name = "issued_report")
public class IssuedReport extends BaseEntity {
    @Column(name = "report_id", nullable = false, updatable = false, length = 40)
    private String reportId;
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private String kind;
    @Column(name = "case_id", updatable = false)
    private UUID caseId;
    @Column(name = "case_number", updatable = false, length = 40)
    private String caseNumber;
    @Column(name = "subject", updatable = false, length = 100)
    private String subject;
    @Column(name = "language", nullable = false, updatable = false, length = 8)
    private String language;
    @Column(name = "redaction", nullable = false, updatable = false, length = 20)
    private String redaction;
    @Column(name = "pages", nullable = false, updatable = false)
    private int pages;
    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    protected IssuedReport() {
        // for JPA
    }

    /** {@code subject}: the interview id or the victim's pseudonym, never a name. */
    public IssuedReport(String reportId, String kind, UUID caseId, String caseNumber, String subject, String language,
            String redaction, int pages, String sha256, String actor, Instant at) {
        super(actor, at);
        this.reportId = reportId;
        this.kind = kind;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.subject = subject;
        this.language = language;
        this.redaction = redaction;
        this.pages = pages;
        this.sha256 = sha256;
    }

    public String getReportId() {
        return reportId;
    }

    public String getKind() {
        return kind;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getSubject() {
        return subject;
    }

    public String getLanguage() {
        return language;
    }

    public String getRedaction() {
        return redaction;
    }

    public int getPages() {
        return pages;
    }

    public String getSha256() {
        return sha256;
    }
}
