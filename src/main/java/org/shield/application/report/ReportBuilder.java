package org.shield.application.report;

import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;

/**
 * Gathers one kind of report's content through the application services, which check the user's access
 * to everything read (and record refusals), and translates, formats and redacts it. Blocking.
 */
public interface ReportBuilder {
    ReportContent build(ReportRequest request, ReportText text, ProtectedPersons protection)
            throws ApplicationException;

    /**
     * What {@link ReportService} calls: as {@link #build(ReportRequest, ReportText, ProtectedPersons)}, for a
     * builder with long work of its own (the evidence register runs a fresh integrity verification), which
     * reports its progress to {@code progress} and stops between steps when {@code cancel} is set. The
     * default has no long work and ignores both.
     */
    default ReportContent build(ReportRequest request, ReportText text, ProtectedPersons protection,
            ProgressListener progress, CancellationToken cancel) throws ApplicationException {
        return build(request, text, protection);
    }

    /** The case the request is about, for the register and the audit trail (null if none). */
    default String subjectOf(ReportRequest request) {
        return request.interviewId() != null ? request.interviewId().toString() : request.pseudonym();
    }
}
