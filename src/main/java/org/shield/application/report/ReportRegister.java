package org.shield.application.report;

import java.util.List;
import java.util.Optional;
import org.shield.domain.report.IssuedReport;

/** The register of produced reports. Call inside a transaction. */
public interface ReportRegister {
    void add(IssuedReport report);

    /** Every register entry whose PDF has this SHA-256 (lower-case hex). */
    List<IssuedReport> bySha256(String sha256);

    Optional<IssuedReport> byReportId(String reportId);
}
