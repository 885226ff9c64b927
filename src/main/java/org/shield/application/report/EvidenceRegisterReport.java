package org.shield.application.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CaseService;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.evidence.CustodyEventDetails;
import org.shield.application.evidence.EvidenceService;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.evidence.IntegrityReport;
import org.shield.application.evidence.IntegrityResult;
import org.shield.application.party.IdentityRedactor;
import org.shield.domain.evidence.Acquisition;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.HashCheck;

/**
 * Report 2, the evidence register and chain of custody: the case's particulars (short), every exhibit with
 * its particulars and hashes, each exhibit's custody chain with the hash check at every step, and the
 * result of a fresh integrity verification run while the report is made (content re-hashed, record and
 * custody chain compared with the audit trail; the run is recorded like any other). Reads through the case
 * and evidence services, so it needs what they need: the evidence of the case, and the right to verify it.
 * Every free text is redacted for the protected persons among the case's parties. Tables: particulars,
 * register, custody ({@code parts/custody.jrxml}: one row per step, grouped by exhibit), verificationSummary,
 * verification.
 */
public final class EvidenceRegisterReport implements ReportBuilder {
    private static final String PROBLEM_PREFIX = "integrity.";

    private final CaseService cases;
    private final EvidenceService evidence;
    private final Clock clock;

    public EvidenceRegisterReport(CaseService cases, EvidenceService evidence, Clock clock) {
        this.cases = cases;
        this.evidence = evidence;
        this.clock = clock;
    }

    @Override
    public ReportContent build(ReportRequest request, ReportText text, ProtectedPersons protection)
            throws ApplicationException {
        return build(request, text, protection, ProgressListener.NONE, new CancellationToken());
    }

    @Override
    public ReportContent build(ReportRequest request, ReportText text, ProtectedPersons protection,
            ProgressListener progress, CancellationToken cancel) throws ApplicationException {
        CaseDetails c = cases.getByNumber(request.caseNumber());
        // the right to see the evidence is checked (and a refusal recorded) before anything is verified
        evidence.list(c.id());
        Map<UUID, String> protectedPersons = ReportSections.protectedPersons(cases.parties(c.id()));
        IdentityRedactor redactor = protection.redactor(protectedPersons.keySet());
        UnaryOperator<String> r = memo(redactor);

        Instant started = clock.instant();
        IntegrityReport verification = evidence.verify(c.id(), progress, cancel);
        Instant finished = clock.instant();
        cancel.throwIfCancelled();
        // read after the run, so that each exhibit shows the integrity the run has just recorded
        List<ExhibitDetails> exhibits = evidence.list(c.id()).stream()
                .sorted(Comparator.comparing(ExhibitDetails::exhibitNumber)).toList();
        List<CustodyEventDetails> steps = evidence.custodyOfCase(c.id());

        ReportContent.Builder b = new ReportContent.Builder(c.id(), c.caseNumber())
                .classification(ReportSections.classification(c, text))
                .scope(text.get("report.scope.EvidenceRegister", c.caseNumber()));
        int checked = verification.results().size();
        String overall = verification.allIntact() ? text.get("report.integrity.allIntact", checked)
                : ReportSections.join(" ",
                        verification.failures().isEmpty() ? ""
                                : text.get("report.integrity.someFailed", verification.failures().size(), checked),
                        verification.notCheckedHere().isEmpty() ? ""
                                : text.get("report.integrity.someNotHere", verification.notCheckedHere().size(),
                                        checked));

        b.table("particulars");
        ReportSections.field(b, "particulars", text.get("report.field.caseNumber"), c.caseNumber());
        ReportSections.field(b, "particulars", text.get("report.field.title"), r.apply(c.title()));
        ReportSections.field(b, "particulars", text.get("report.field.unit"), c.unitCode());
        ReportSections.field(b, "particulars", text.get("report.field.lead"), c.leadInvestigator());
        ReportSections.field(b, "particulars", text.get("report.field.status"), text.label(c.status()));
        ReportSections.field(b, "particulars", text.get("report.field.exhibitCount"), String.valueOf(exhibits.size()));
        ReportSections.field(b, "particulars", text.get("report.field.custodyCount"), String.valueOf(steps.size()));
        ReportSections.field(b, "particulars", text.get("report.field.verification"), overall);

        b.table("register");
        for (ExhibitDetails x : exhibits) {
            ReportSections.exhibitRow(b, "register", x, text, redactor, particulars(x, text, r), extraHashes(x));
        }

        b.table("custody");
        custody(b, exhibits, steps, text, r);

        b.table("verificationSummary");
        ReportSections.field(b, "verificationSummary", text.get("report.integrity.ranAt"),
                text.get("report.integrity.span", text.dateTime(started), text.dateTime(finished)));
        ReportSections.field(b, "verificationSummary", text.get("report.integrity.checked"),
                String.valueOf(verification.results().size()));
        ReportSections.field(b, "verificationSummary", text.get("report.integrity.result"), overall);
        ReportSections.field(b, "verificationSummary", text.get("report.integrity.method"),
                text.get("report.integrity.methodText"));
        b.table("verification");
        for (IntegrityResult v : verification.results().stream()
                .sorted(Comparator.comparing(IntegrityResult::exhibitNumber)).toList()) {
            verificationRow(b, v, text);
        }
        protection.annex(b, protectedPersons);
        return b.build();
    }

    @Override
    public String subjectOf(ReportRequest request) {
        return null;
    }

    /** The register's particulars beyond the shared exhibit row: source, how and by what right, tool, links. */
    private static String particulars(ExhibitDetails x, ReportText text, UnaryOperator<String> r) {
        Acquisition a = x.acquisition();
        String source = x.source() == null ? "" : r.apply(x.source().summary());
        String how = a == null ? "" : ReportSections.join(" · ",
                a.obtainedHow() == null ? "" : text.get("report.exhibit.obtainedHow", r.apply(a.obtainedHow())),
                a.legalAuthority() == null ? ""
                        : text.get("report.exhibit.legalAuthority", r.apply(a.legalAuthority())));
        String collector = a == null ? "" : ReportSections.join(", ", r.apply(a.collectedByRole()),
                a.collectedByBadge() == null ? "" : text.get("report.exhibit.badge", r.apply(a.collectedByBadge())));
        String tool = a == null ? "" : ReportSections.join(" ", r.apply(a.tool()), r.apply(a.toolVersion()));
        String collection = a == null ? "" : ReportSections.join(" · ",
                collector.isEmpty() ? "" : text.get("report.exhibit.collector", collector),
                a.timeZone() == null ? "" : text.get("report.exhibit.timeZone", a.timeZone()),
                tool.isEmpty() ? "" : text.get("report.exhibit.tool", tool));
        String file = x.originalFileName() == null ? "" : text.get("report.exhibit.file",
                ReportSections.join(", ", r.apply(x.originalFileName()),
                        x.sizeBytes() == null ? "" : text.get("report.exhibit.size", x.sizeBytes())));
        String links = ReportSections.join(" · ",
                x.parentNumber() == null ? "" : text.get("report.exhibit.parent", x.parentNumber()), file,
                x.condition() == null ? "" : text.get("report.exhibit.condition", r.apply(x.condition())),
                flags(x.flags(), text));
        return ReportSections.join("\n", source.isEmpty() ? "" : text.get("report.exhibit.source", source), how,
                collection, links);
    }

    private static String flags(ExhibitFlags f, ReportText text) {
        if (f == null) {
            return "";
        }
        String list = ReportSections.join(", ",
                f.identifiesVictim() ? text.get("report.exhibit.flag.identifiesVictim") : "",
                f.involvesMinor() ? text.get("report.exhibit.flag.involvesMinor") : "",
                f.sexualContent() ? text.get("report.exhibit.flag.sexualContent") : "");
        return list.isEmpty() ? "" : text.get("report.exhibit.flags", list);
    }

    private static String extraHashes(ExhibitDetails x) {
        if (x.hashes() == null) {
            return "";
        }
        return ReportSections.join("\n", x.hashes().md5() == null ? "" : "MD5 " + x.hashes().md5(),
                x.hashes().sha1() == null ? "" : "SHA-1 " + x.hashes().sha1());
    }

    /**
     * Rows of {@code parts/custody.jrxml}: each exhibit (in number order) with its steps in chain order; an
     * exhibit without steps still gets its heading and one line saying so.
     */
    private static void custody(ReportContent.Builder b, List<ExhibitDetails> exhibits, List<CustodyEventDetails> steps,
            ReportText text, UnaryOperator<String> r) {
        Map<UUID, List<CustodyEventDetails>> byExhibit = new HashMap<>();
        for (CustodyEventDetails s : steps) {
            byExhibit.computeIfAbsent(s.exhibitId(), k -> new ArrayList<>()).add(s);
        }
        for (ExhibitDetails x : exhibits) {
            String group = x.id().toString();
            String heading = ReportSections.join(" · ", x.exhibitNumber(), text.label(x.type()),
                    r.apply(x.description()));
            String intake = x.sha256() == null ? text.get("report.exhibit.noContent") : "SHA-256 " + x.sha256();
            List<CustodyEventDetails> chain = byExhibit.getOrDefault(x.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(CustodyEventDetails::sequence)
                    .thenComparing(CustodyEventDetails::occurredAt).thenComparing(CustodyEventDetails::id)).toList();
            if (chain.isEmpty()) {
                b.row("custody", "exhibit", group, "exhibitHeading", heading, "exhibitHash", intake, "no", "",
                        "heading", text.get("report.custody.noSteps"), "detail", "", "hash", "");
            }
            for (CustodyEventDetails s : chain) {
                String who = s.fromCustodian() != null && s.toCustodian() != null
                        ? text.get("report.custody.fromTo", s.fromCustodian(), s.toCustodian())
                        : s.fromCustodian() != null ? text.get("report.custody.from", s.fromCustodian())
                        : s.toCustodian() != null ? text.get("report.custody.to", s.toCustodian()) : "";
                String stepHeading = ReportSections.join(" · ", text.label(s.action()), s.numberBefore() == null ? ""
                        : text.get("report.custody.relabelled", s.numberBefore(), s.numberAfter()),
                        text.dateTime(s.occurredAt()), who);
                String where = ReportSections.join(" · ",
                        s.place() == null ? "" : text.get("report.custody.place", r.apply(s.place())),
                        s.purpose() == null ? "" : text.get("report.custody.purpose", r.apply(s.purpose())),
                        s.storageAfter() == null ? ""
                                : text.get("report.custody.storageAfter", r.apply(s.storageAfter())));
                String recorded = ReportSections.join(" · ",
                        text.get("report.custody.recorded", s.recordedBy(), text.dateTime(s.recordedAt())),
                        text.get("report.custody.hashCheck", text.label(s.hashResult() == null ? HashCheck.NotChecked
                                : s.hashResult())));
                b.row("custody", "exhibit", group, "exhibitHeading", heading, "exhibitHash", intake,
                        "no", s.sequence() + ".", "heading", stepHeading,
                        "detail", ReportSections.join("\n", where, recorded),
                        "hash", s.hashChecked() == null ? "" : "SHA-256 " + s.hashChecked());
            }
        }
    }

    /** One exhibit's result of the fresh run: the verdict, the content check and the chain, both hashes. */
    private static void verificationRow(ReportContent.Builder b, IntegrityResult v, ReportText text) {
        String chain = v.custodyIntact() ? text.get("report.integrity.custodyIntact")
                : text.get("report.integrity.custodyBroken", problem(v.custodyProblem(), text));
        String heading = ReportSections.join(" · ",
                text.get(v.intact() ? "report.integrity.intact"
                        : v.notCheckedHere() ? "report.integrity.notCheckedHere" : "report.integrity.failed"),
                text.get("report.integrity.content", text.label(v.content())), chain);
        String hashes;
        if (v.expectedSha256() == null) {
            hashes = text.get("report.integrity.noContent");
        } else {
            hashes = ReportSections.join("\n", text.get("report.integrity.expected", v.expectedSha256()),
                    v.foundSha256() == null ? text.get("report.integrity.notFound")
                            : text.get("report.integrity.found", v.foundSha256()));
        }
        b.row("verification", "no", v.exhibitNumber(), "heading", heading, "detail", "", "hash", hashes);
    }

    /** A problem key of the verification ({@code integrity.custody.chainBroken}) in the report's words. */
    private static String problem(String key, ReportText text) {
        if (key == null) {
            return "";
        }
        return text.get("report.integrity.problem." + (key.startsWith(PROBLEM_PREFIX)
                ? key.substring(PROBLEM_PREFIX.length()) : key));
    }

    /**
     * The redactor, remembering what it has done: the same place, purpose or storage text recurs on many
     * custody steps, and each redaction runs every rule over the text.
     */
    private static UnaryOperator<String> memo(IdentityRedactor redactor) {
        Map<String, String> done = new HashMap<>();
        return s -> s == null ? null : done.computeIfAbsent(s, redactor::redact);
    }
}
