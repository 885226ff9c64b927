package org.shield.application.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shield.application.approval.ApprovalService;
import org.shield.application.approval.ApprovalSummary;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CaseService;
import org.shield.application.casefile.EventDetails;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.ApplicationException;
import org.shield.application.evidence.EvidenceService;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.interview.InterviewService;
import org.shield.application.interview.InterviewSummary;
import org.shield.application.party.IdentityRedactor;

/**
 * Report 1, the case summary: particulars, parties (victims and witnesses by pseudonym), the route and
 * timeline, interviews, exhibits with their SHA-256, status and approvals. Reads through the case,
 * interview, evidence and approval services, so it needs what they need (the investigation of the case).
 */
public final class CaseSummaryReport implements ReportBuilder {
    private final CaseService cases;
    private final InterviewService interviews;
    private final EvidenceService evidence;
    private final ApprovalService approvals;

    public CaseSummaryReport(CaseService cases, InterviewService interviews, EvidenceService evidence,
            ApprovalService approvals) {
        this.cases = cases;
        this.interviews = interviews;
        this.evidence = evidence;
        this.approvals = approvals;
    }

    @Override
    public ReportContent build(ReportRequest request, ReportText text, ProtectedPersons protection)
            throws ApplicationException {
        CaseDetails c = cases.getByNumber(request.caseNumber());
        List<PartySummary> parties = cases.parties(c.id());
        Map<UUID, String> protectedPersons = ReportSections.protectedPersons(parties);
        IdentityRedactor r = protection.redactorForCase(cases, c.id(), protectedPersons.keySet());
        ReportContent.Builder b = new ReportContent.Builder(c.id(), c.caseNumber())
                .classification(ReportSections.classification(c, text))
                .scope(text.get("report.scope.CaseSummary", c.caseNumber()));

        b.table("particulars");
        ReportSections.field(b, "particulars", text.get("report.field.caseNumber"), c.caseNumber());
        ReportSections.field(b, "particulars", text.get("report.field.title"), r.redact(c.title()));
        ReportSections.field(b, "particulars", text.get("report.field.unit"), c.unitCode());
        ReportSections.field(b, "particulars", text.get("report.field.lead"), c.leadInvestigator());
        ReportSections.field(b, "particulars", text.get("report.field.team"),
                c.team().stream().sorted().collect(Collectors.joining(", ")));
        ReportSections.field(b, "particulars", text.get("report.field.exploitation"),
                c.exploitationTypes().stream().map(text::label).sorted().collect(Collectors.joining(", ")));
        ReportSections.field(b, "particulars", text.get("report.field.opened"), text.date(c.openedOn()));
        ReportSections.field(b, "particulars", text.get("report.field.summary"), r.redact(c.summary()));

        b.table("parties");
        int n = 0;
        for (PartySummary p : parties.stream().sorted(Comparator.comparing((PartySummary p) -> p.role().ordinal())
                .thenComparing(p -> p.personName() == null ? "" : p.personName())).toList()) {
            // a person who is not protected (a suspect) is named as recorded: a word they share with a victim's
            // name is not the victim
            String who = p.protectedIdentity() ? p.pseudonym() + " · " + text.get("report.pseudonymNote")
                    : p.personName();
            String role = text.label(p.role()) + (p.roleInProcess() == null ? "" : " · " + text.label(p.roleInProcess()));
            b.row("parties", "no", String.valueOf(++n), "heading", role + " — " + who, "detail", r.redact(p.note()));
        }

        b.table("events");
        n = 0;
        for (EventDetails e : cases.events(c.id()).stream()
                .sorted(Comparator.comparing(EventDetails::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(e -> e.id().toString())).toList()) {
            String where = ReportSections.join(" · ", r.redact(e.place()), text.country(e.country()));
            b.row("events", "no", String.valueOf(++n), "heading",
                    ReportSections.join(" · ", text.date(e.date()), text.label(e.type()), where),
                    "detail", r.redact(e.description()));
        }

        b.table("interviews");
        n = 0;
        for (InterviewSummary i : interviews.list(c.id()).stream()
                .sorted(Comparator.comparing(InterviewSummary::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(i -> i.id().toString())).toList()) {
            String heading = ReportSections.join(" · ", text.date(i.date()), text.label(i.kind()),
                    r.redact(i.personLabel()));
            String detail = ReportSections.join(" · ", text.label(i.state()),
                    i.interviewers() == null ? "" : text.get("report.interview.by", r.redact(i.interviewers())),
                    i.signedOffBy() == null ? "" : text.get("report.interview.signedOffBy", i.signedOffBy()),
                    i.addenda() == 0 ? "" : text.get("report.interview.addenda", i.addenda()));
            b.row("interviews", "no", String.valueOf(++n), "heading", heading, "detail", detail);
        }

        b.table("exhibits");
        for (ExhibitDetails x : evidence.list(c.id()).stream()
                .sorted(Comparator.comparing(ExhibitDetails::exhibitNumber)).toList()) {
            ReportSections.exhibitRow(b, "exhibits", x, text, r);
        }

        b.table("status");
        ReportSections.field(b, "status", text.get("report.field.status"), text.label(c.status()));
        if (c.closedOn() != null) {
            ReportSections.field(b, "status", text.get("report.field.closed"), text.date(c.closedOn()));
            ReportSections.field(b, "status", text.get("report.field.closureReason"), r.redact(c.closureReason()));
        }
        b.table("approvals");
        n = 0;
        for (ApprovalSummary a : approvals.ofCase(c.id()).stream()
                .sorted(Comparator.comparing(ApprovalSummary::requestedAt).thenComparing(a -> a.id().toString()))
                .toList()) {
            String heading = ReportSections.join(" · ", text.label(a.kind()), text.label(a.state()));
            String detail = ReportSections.join("\n",
                    text.get("report.approval.requested", a.requestedBy(), text.dateTime(a.requestedAt()),
                            r.redact(nz(a.requestReason()))),
                    a.decidedBy() == null ? "" : text.get("report.approval.decided", a.decidedBy(),
                            text.dateTime(a.decidedAt()), r.redact(nz(a.decisionReason()))));
            b.row("approvals", "no", String.valueOf(++n), "heading", heading, "detail", detail);
        }
        protection.annex(b, protectedPersons);
        return b.build();
    }

    @Override
    public String subjectOf(ReportRequest request) {
        return null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
