package org.shield.application.report;

/**
 * The court-ready reports the vault prints. Each has a body template {@code reports/<template>.jrxml}
 * inside the shared page frame {@code reports/frame.jrxml}.
 */
public enum ReportKind {
    /** Case particulars, parties (victims and witnesses by pseudonym), route, interviews, exhibits, approvals. */
    CaseSummary("case-summary"),
    /** Every exhibit with its hashes, then each exhibit's custody chain, and a fresh integrity verification. */
    EvidenceRegister("evidence-register"),
    /** One signed-off interview: conditions, consent, interpreter, statement, translation, addenda, signatures. */
    InterviewRecord("interview-record"),
    /** Identification, shelter stay, care plan and services, consent, return home: caseworkers and supervisors. */
    VictimCare("victim-care"),
    /** The indicator checklists with answers and sources, and the reasonable-grounds summary, for the MDT. */
    MdtAssessment("mdt-assessment");

    private final String template;

    ReportKind(String template) {
        this.template = template;
    }

    /** The body template's name under {@code reports/}, without {@code .jrxml}; also the CLI verb's stem. */
    public String template() {
        return template;
    }
}
