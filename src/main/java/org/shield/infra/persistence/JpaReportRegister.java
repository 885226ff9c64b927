package org.shield.infra.persistence;

import java.util.List;
import java.util.Optional;
import org.shield.application.report.ReportRegister;
import org.shield.domain.report.IssuedReport;

/** The register of produced reports in the encrypted H2 database, through Hibernate. */
public final class JpaReportRegister implements ReportRegister {
    private final SessionContext context;

    JpaReportRegister(SessionContext context) {
        this.context = context;
    }

    @Override
    public void add(IssuedReport report) {
        context.current().persist(report);
    }

    @Override
    public List<IssuedReport> bySha256(String sha256) {
        return context.current().createSelectionQuery("from IssuedReport r where r.sha256 = :h and r.deletedAt is null "
                + "order by r.createdAt, r.id", IssuedReport.class).setParameter("h", sha256).getResultList();
    }

    @Override
    public Optional<IssuedReport> byReportId(String reportId) {
        return context.current().createSelectionQuery("from IssuedReport r where r.reportId = :id", IssuedReport.class)
                .setParameter("id", reportId).getResultStream().findFirst();
    }
}
