package org.shield.application.report;

import org.shield.application.common.ApplicationException;

/**
 * Gathers one kind of report's content through the application services, which check the user's access
 * to everything read (and record refusals), and translates, formats and redacts it. Blocking.
 */
public interface ReportBuilder {
    ReportContent build(ReportRequest request, ReportText text, ProtectedPersons protection)
            throws ApplicationException;

    /** The case the request is about, for the register and the audit trail (null if none). */
    default String subjectOf(ReportRequest request) {
        return request.interviewId() != null ? request.interviewId().toString() : request.pseudonym();
    }
}
