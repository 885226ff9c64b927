package org.shield.application.report;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CaseService;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.interview.AddendumDetails;
import org.shield.application.interview.InterviewDetails;
import org.shield.application.interview.InterviewService;
import org.shield.application.party.IdentityRedactor;
import org.shield.domain.interview.Consent;
import org.shield.domain.interview.ConsentAnswer;
import org.shield.domain.interview.InterviewConditions;
import org.shield.domain.interview.InterviewKind;
import org.shield.domain.interview.InterviewState;
import org.shield.domain.interview.Statement;

/**
 * Report 3, the interview record: one signed-off interview as a court reads it. Particulars, the persons
 * present (the interviewee and every other protected person by pseudonym), the conditions, each consent
 * answer, the statement verbatim and its translation (protected identities removed from both), the addenda
 * with their authors and times, and the state of the signatures: who signed off and countersigned, when,
 * and whether the stored content still hashes to what was signed. Signature blocks for the interviewers,
 * the interpreter (and a translator who was not the interpreter) and the countersigning supervisor.
 * Reads through the case and interview services, so it needs the right to read the interview. An interview
 * that is open or awaiting countersignature is refused: a court record is of a signed-off interview.
 */
public final class InterviewRecordReport implements ReportBuilder {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final String STATEMENT = "statement";
    private static final String TRANSLATION = "translation";

    private final CaseService cases;
    private final InterviewService interviews;

    public InterviewRecordReport(CaseService cases, InterviewService interviews) {
        this.cases = cases;
        this.interviews = interviews;
    }

    @Override
    public ReportContent build(ReportRequest request, ReportText text, ProtectedPersons protection)
            throws ApplicationException {
        if (request.interviewId() == null) {
            throw new ValidationException(new UserMessage("report.interview.required"));
        }
        CaseDetails c = cases.getByNumber(request.caseNumber());
        InterviewDetails i = interviews.get(request.interviewId());
        if (!i.caseId().equals(c.id())) {
            throw new ValidationException(new UserMessage("report.interview.otherCase", c.caseNumber()));
        }
        if (i.state() != InterviewState.SignedOff) {
            throw new ValidationException(new UserMessage("report.interview.notSignedOff"));
        }
        boolean intact = interviews.signatureIntact(i.id());
        List<PartySummary> parties = cases.parties(c.id());
        Map<UUID, String> protectedPersons = ReportSections.protectedPersons(parties);
        Set<UUID> redacted = new LinkedHashSet<>(protectedPersons.keySet());
        redacted.add(i.personId()); // the interviewee is redacted whatever the list of parties shows this user
        IdentityRedactor r = protection.redactorForCase(cases, c.id(), redacted);
        InterviewConditions cond = i.conditions();

        ReportContent.Builder b = new ReportContent.Builder(c.id(), c.caseNumber())
                .classification(ReportSections.classification(c, text))
                .scope(text.get("report.scope.InterviewRecord", c.caseNumber(), text.label(i.kind()),
                        text.date(cond.date())));

        b.table("particulars");
        ReportSections.field(b, "particulars", text.get("report.field.caseNumber"), c.caseNumber());
        ReportSections.field(b, "particulars", text.get("report.interview.field.id"), i.id().toString());
        ReportSections.field(b, "particulars", text.get("report.interview.field.kind"), text.label(i.kind()));
        ReportSections.field(b, "particulars", text.get("report.interview.field.date"), text.date(cond.date()));
        ReportSections.field(b, "particulars", text.get("report.interview.field.time"), time(cond, text));
        ReportSections.field(b, "particulars", text.get("report.interview.field.duration"), duration(cond, text));
        ReportSections.field(b, "particulars", text.get("report.interview.field.place"), r.redact(cond.place()));
        ReportSections.field(b, "particulars", text.get("report.interview.field.recording"),
                i.recordingExhibitNumber() == null ? text.get("report.interview.noRecording")
                        : text.get("report.interview.recording", i.recordingExhibitNumber()));

        b.table("present");
        ReportSections.field(b, "present", text.get("report.interview.field.interviewee"),
                interviewee(i, parties, protectedPersons, text, r));
        ReportSections.field(b, "present", text.get("report.interview.field.interviewers"),
                r.redact(cond.interviewers()));
        ReportSections.field(b, "present", text.get("report.interview.field.interpreter"),
                cond.interpreter() == null ? text.get("report.interview.noInterpreter") : r.redact(cond.interpreter()));
        ReportSections.field(b, "present", text.get("report.interview.field.languages"),
                languages(cond.languages(), text, r));
        ReportSections.field(b, "present", text.get("report.interview.field.supportPerson"),
                cond.supportPerson() == null ? text.get("report.interview.noSupportPerson")
                        : r.redact(cond.supportPerson()));

        b.table("conditions");
        ReportSections.field(b, "conditions", text.get("report.interview.field.minor"), text.yesNo(cond.minor()));
        ReportSections.field(b, "conditions", text.get("report.interview.field.breaks"),
                cond.breaks() == null ? text.get("report.interview.noBreaks") : r.redact(cond.breaks()));

        consent(b, i.kind(), i.consent(), text);

        Statement s = i.statement();
        b.table("statementInfo");
        if (s.text() != null) {
            ReportSections.field(b, "statementInfo", text.get("report.interview.field.language"),
                    languages(s.language(), text, r));
        }
        paragraphs(b, STATEMENT, r.redact(s.text()));
        b.table("translationInfo");
        if (s.translation() != null) {
            ReportSections.field(b, "translationInfo", text.get("report.interview.field.language"),
                    languages(s.translationLanguage(), text, r));
            ReportSections.field(b, "translationInfo", text.get("report.interview.field.translator"),
                    r.redact(s.translator()));
        }
        paragraphs(b, TRANSLATION, r.redact(s.translation()));

        b.table("addenda");
        int n = 0;
        for (AddendumDetails a : i.addenda()) {
            b.row("addenda", "no", String.valueOf(++n), "heading",
                    text.get("report.interview.addendumBy", text.dateTime(a.at()), a.author()),
                    "detail", r.redact(a.body()));
        }

        b.table("signoff");
        ReportSections.field(b, "signoff", text.get("report.interview.field.signedOff"),
                text.get("report.interview.signedBy", i.signedOffBy(), text.dateTime(i.signedOffAt())));
        ReportSections.field(b, "signoff", text.get("report.interview.field.countersigned"),
                i.countersignedBy() == null ? text.get("report.interview.noCountersign")
                        : text.get("report.interview.signedBy", i.countersignedBy(), text.dateTime(i.countersignedAt())));
        ReportSections.field(b, "signoff", text.get("report.interview.field.contentHash"),
                "SHA-256 " + i.contentSha256());
        ReportSections.field(b, "signoff", text.get("report.interview.field.verifies"),
                text.get(intact ? "report.interview.intact" : "report.interview.notIntact"));

        signatureBlocks(b, i, text, r);

        ReportContent body = b.build();
        protection.annex(b, shownIn(body, protectedPersons));
        return b.build();
    }

    /** The interviewee: a protected person by pseudonym only, with their role(s) in the case. */
    private static String interviewee(InterviewDetails i, List<PartySummary> parties, Map<UUID, String> protectedPersons,
            ReportText text, IdentityRedactor r) {
        List<PartySummary> own = parties.stream().filter(p -> p.personId().equals(i.personId())).toList();
        String roles = own.stream().map(p -> text.label(p.role())).distinct().collect(Collectors.joining(", "));
        String pseudonym = protectedPersons.get(i.personId());
        String who = pseudonym != null ? pseudonym + " · " + text.get("report.pseudonymNote") : r.redact(i.personLabel());
        return ReportSections.join(" · ", who, roles);
    }

    /** Each consent and information answer on its own line; the suspect questions only where they apply. */
    private static void consent(ReportContent.Builder b, InterviewKind kind, Consent c, ReportText text) {
        b.table("consent");
        Map<String, ConsentAnswer> answers = new LinkedHashMap<>();
        answers.put("agreed", c.agreed());
        answers.put("toldPurpose", c.toldPurpose());
        answers.put("toldDataUse", c.toldDataUse());
        answers.put("toldResearchUse", c.toldResearchUse());
        answers.put("toldRightToSee", c.toldRightToSee());
        answers.put("toldRetention", c.toldRetention());
        answers.put("toldWithdrawal", c.toldWithdrawal());
        answers.put("cautionGiven", c.cautionGiven());
        answers.put("legalCounsel", c.legalCounsel());
        answers.forEach((question, answer) -> {
            boolean suspectOnly = question.equals("cautionGiven") || question.equals("legalCounsel");
            if (!suspectOnly || kind == InterviewKind.Suspect || answer != ConsentAnswer.NotRecorded) {
                b.row("consent", "question", text.get("report.interview.consent." + question),
                        "answer", text.label(answer));
            }
        });
    }

    /**
     * A long text as one row per paragraph (parts/text), so that it flows from page to page; the line
     * breaks within a paragraph are kept as typed.
     */
    private static void paragraphs(ReportContent.Builder b, String table, String verbatim) {
        b.table(table);
        if (verbatim == null || verbatim.isBlank()) {
            return;
        }
        for (String p : verbatim.replace("\r\n", "\n").split("\n[ \t]*\n")) {
            String kept = p.stripTrailing();
            if (!kept.isBlank()) {
                b.row(table, "text", kept);
            }
        }
    }

    /**
     * The signature blocks after the certification: the interviewer who signed off (dated), each interviewer
     * named in the conditions, the interpreter, a translator who was not the interpreter, and the supervisor
     * who countersigned (dated). Dates the vault did not record are left for the hand that signs.
     */
    private static void signatureBlocks(ReportContent.Builder b, InterviewDetails i, ReportText text,
            IdentityRedactor r) {
        Set<String> named = new LinkedHashSet<>();
        signature(b, named, text.get("report.interview.sig.signedOff"), i.signedOffBy(),
                text.date(i.signedOffAt()));
        for (String interviewer : names(i.conditions().interviewers())) {
            signature(b, named, text.get("report.interview.sig.interviewer"), r.redact(interviewer), "");
        }
        signature(b, named, text.get("report.interview.sig.interpreter"), r.redact(i.conditions().interpreter()), "");
        signature(b, named, text.get("report.interview.sig.translator"), r.redact(i.statement().translator()), "");
        if (i.countersignedBy() != null) {
            signature(b, named, text.get("report.interview.sig.countersigned"), i.countersignedBy(),
                    text.date(i.countersignedAt()));
        }
    }

    /** One block per person: a name already given a block (a translator who interpreted) is not repeated. */
    private static void signature(ReportContent.Builder b, Set<String> named, String role, String name, String date) {
        if (name == null || name.isBlank() || !named.add(name.strip().toLowerCase(Locale.ROOT))) {
            return;
        }
        b.row(ReportContent.SIGNATURES, "role", role, "name", name.strip(), "date", date);
    }

    /** The people named in a free-text list ("A, B; C"). */
    private static List<String> names(String list) {
        if (list == null) {
            return List.of();
        }
        return Arrays.stream(list.split("[,;\\n]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Languages as entered, each ISO 639 code with its name in the report's language ({@code my · Burmese}). */
    private static String languages(String entered, ReportText text, IdentityRedactor r) {
        if (entered == null || entered.isBlank()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (String part : entered.split("[,;/]+")) {
            String code = part.strip();
            if (code.isEmpty()) {
                continue;
            }
            String name = code.matches("[A-Za-z]{2,3}")
                    ? Locale.forLanguageTag(code.toLowerCase(Locale.ROOT)).getDisplayLanguage(text.locale()) : "";
            out.add(name.isEmpty() || name.equalsIgnoreCase(code) ? r.redact(code) : code + " · " + name);
        }
        return String.join(", ", out);
    }

    private static String time(InterviewConditions c, ReportText text) {
        if (c.start() == null) {
            return "";
        }
        return c.end() == null ? text.get("report.interview.timeFrom", TIME.format(c.start()))
                : text.get("report.interview.timeRange", TIME.format(c.start()), TIME.format(c.end()));
    }

    private static String duration(InterviewConditions c, ReportText text) {
        if (c.start() == null || c.end() == null) {
            return "";
        }
        Duration d = Duration.between(c.start(), c.end());
        long h = d.toHours();
        long m = d.toMinutesPart();
        return h == 0 ? text.get("report.interview.minutes", m) : text.get("report.interview.hours", h, m);
    }

    /** The protected persons whose pseudonym the report prints: only they go into an identity annex. */
    private static Map<UUID, String> shownIn(ReportContent body, Map<UUID, String> protectedPersons) {
        String printed = body.tables().values().stream().flatMap(List::stream).flatMap(row -> row.values().stream())
                .collect(Collectors.joining("\n"));
        Map<UUID, String> out = new LinkedHashMap<>();
        protectedPersons.forEach((id, pseudonym) -> {
            // whole pseudonyms only: V-2026-0001 is not shown by V-2026-00012
            if (Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(pseudonym) + "(?![\\p{L}\\p{N}-])")
                    .matcher(printed).find()) {
                out.put(id, pseudonym);
            }
        });
        return out;
    }
}
