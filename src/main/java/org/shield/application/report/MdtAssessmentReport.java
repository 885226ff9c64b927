package org.shield.application.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shield.application.access.AccessControl;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CaseQuery;
import org.shield.application.casefile.CaseService;
import org.shield.application.casefile.CaseSummary;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.evidence.EvidenceService;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.interview.InterviewService;
import org.shield.application.interview.InterviewSummary;
import org.shield.application.party.IdentityRedactor;
import org.shield.application.party.PersonService;
import org.shield.application.party.PersonSummary;
import org.shield.application.screening.MdtDecisionDetails;
import org.shield.application.screening.RecordScreeningCommand;
import org.shield.application.screening.ScreeningDetails;
import org.shield.application.screening.ScreeningService;
import org.shield.domain.approval.ApprovalState;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.party.Pseudonyms;
import org.shield.domain.screening.Answer;
import org.shield.domain.screening.Indicator;
import org.shield.domain.screening.IndicatorList;
import org.shield.domain.security.Permission;

/**
 * Report 5, the identification assessment for the multidisciplinary team: every screening of the victim, newest
 * first and earlier ones kept as recorded, each with its checklist (every item with its answer, the interview or
 * exhibit it rests on, and the note) and its reasonable-grounds summary in the app's cautious words (support for
 * the MDT, not a verdict; where the ILO/EC operational indicators are not loaded, the plain statement that their
 * elements cannot be assessed). For those who may read screenings ({@code SCREENING_VIEW}: the case's team, the
 * referred caseworker, the unit's supervisors); anyone without that right is refused, and the refusal recorded,
 * before a person is looked up. Every free text is redacted for the victim and the case's protected persons.
 */
public final class MdtAssessmentReport implements ReportBuilder {
    static final String TABLE = "checklist";

    private final AccessControl access;
    private final PersonService persons;
    private final CaseService cases;
    private final ScreeningService screening;
    private final InterviewService interviews;
    private final EvidenceService evidence;

    public MdtAssessmentReport(AccessControl access, PersonService persons, CaseService cases,
            ScreeningService screening, InterviewService interviews, EvidenceService evidence) {
        this.access = access;
        this.persons = persons;
        this.cases = cases;
        this.screening = screening;
        this.interviews = interviews;
        this.evidence = evidence;
    }

    /** The victim in one case, as found by pseudonym. */
    private record Found(UUID caseId, String caseNumber, UUID personId, String pseudonym, PartyRole role) {
    }

    @Override
    public ReportContent build(ReportRequest request, ReportText text, ProtectedPersons protection)
            throws ApplicationException {
        access.requireSome(Permission.SCREENING_VIEW, "Screening");
        Found v = find(request);
        CaseDetails c = cases.get(v.caseId());
        // the right over this victim is checked (and a refusal recorded) by the screening service
        List<ScreeningDetails> history = screening.history(v.caseId(), v.personId());
        List<MdtDecisionDetails> decisions = screening.decisions(v.caseId(), v.personId());
        IdentityRedactor r = protection.redactorForCase(cases, v.caseId(), List.of(v.personId()));
        ReportContent.Builder b = new ReportContent.Builder(v.caseId(), v.caseNumber())
                .classification(ScreeningSections.victimClassification(c, text))
                .scope(text.get("report.scope.MdtAssessment", v.pseudonym(), v.caseNumber()));

        String t = "person";
        b.table(t);
        ReportSections.field(b, t, text.get("report.victim.pseudonym"), v.pseudonym());
        ReportSections.field(b, t, text.get("report.field.caseNumber"), v.caseNumber());
        ReportSections.field(b, t, text.get("report.victim.role"), text.label(v.role()));
        ReportSections.field(b, t, text.get("report.mdt.screenings"), String.valueOf(history.size()));
        ReportSections.field(b, t, text.get("report.mdt.soFar"), decisionSoFar(decisions, text));

        b.table(TABLE);
        Sources sources = sources(v.caseId(), history);
        List<ScreeningDetails> oldestFirst = history.stream()
                .sorted(Comparator.comparing(ScreeningDetails::recordedAt)).toList();
        for (int k = oldestFirst.size() - 1; k >= 0; k--) {
            checklist(b, oldestFirst.get(k), k + 1, k == oldestFirst.size() - 1, sources, text, r);
        }
        protection.annex(b, Map.of(v.personId(), v.pseudonym()));
        return b.build();
    }

    /**
     * The victim by pseudonym among the cases the user may see (the request's case if it names one). A pseudonym
     * that is unknown, or of a person the user may not see, gets the same "not found".
     */
    private Found find(ReportRequest request) throws ApplicationException {
        String wanted = request.pseudonym() == null ? "" : request.pseudonym().strip();
        NotFoundException notFound = new NotFoundException(new UserMessage("victim.notFound", wanted));
        if (!Pseudonyms.looksLikeOne(wanted)) {
            throw notFound;
        }
        PersonSummary person = persons.search(wanted).stream()
                .filter(p -> p.pseudonym() != null && p.pseudonym().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> notFound);
        String caseNumber = request.caseNumber() == null ? "" : request.caseNumber().strip();
        List<Found> found = new ArrayList<>();
        for (CaseSummary cs : cases.list(CaseQuery.all())) {
            if (!caseNumber.isEmpty() && !caseNumber.equals(cs.caseNumber())) {
                continue;
            }
            Set<PartyRole> roles = cases.parties(cs.id()).stream().filter(p -> p.personId().equals(person.id()))
                    .map(PartySummary::role).collect(Collectors.toSet());
            PartyRole role = roles.contains(PartyRole.Victim) ? PartyRole.Victim
                    : roles.contains(PartyRole.PossibleVictim) ? PartyRole.PossibleVictim : null;
            if (role != null) {
                found.add(new Found(cs.id(), cs.caseNumber(), person.id(), person.pseudonym(), role));
            }
        }
        if (found.isEmpty()) {
            throw notFound;
        }
        if (found.size() > 1) {
            throw new ValidationException(new UserMessage("report.victim.severalCases",
                    found.stream().map(Found::caseNumber).sorted().collect(Collectors.joining(", "))));
        }
        return found.get(0);
    }

    private static String decisionSoFar(List<MdtDecisionDetails> oldestFirst, ReportText text) {
        MdtDecisionDetails approved = null;
        boolean pending = false;
        for (MdtDecisionDetails d : oldestFirst) {
            if (d.state() == ApprovalState.Approved) {
                approved = d;
            }
            pending |= d.state() == ApprovalState.Pending;
        }
        String current = approved == null ? text.get("report.mdt.noDecision")
                : text.get("report.mdt.currentDecision", text.label(approved.status()), text.date(approved.decidedOn()));
        return pending ? current + "\n" + text.get("report.mdt.pending") : current;
    }

    /** The interviews and exhibits the screenings cite, as far as the user may read them. */
    private record Sources(Map<UUID, InterviewSummary> interviews, Map<UUID, String> exhibits) {
    }

    private Sources sources(UUID caseId, List<ScreeningDetails> history) throws ApplicationException {
        List<RecordScreeningCommand.Item> all = history.stream().flatMap(s -> s.answers().stream()).toList();
        Map<UUID, InterviewSummary> iv = new HashMap<>();
        Map<UUID, String> ex = new HashMap<>();
        // a caseworker holds no EVIDENCE_VIEW: the exhibits are then named as ones the producer may not see
        if (all.stream().anyMatch(a -> a.sourceInterviewId() != null) && access.holds(Permission.INTERVIEW_VIEW)) {
            try {
                interviews.list(caseId).forEach(i -> iv.put(i.id(), i));
            } catch (AccessDeniedException e) {
                // recorded by the interview service; the sources are then named as not visible
            }
        }
        if (all.stream().anyMatch(a -> a.sourceExhibitId() != null) && access.holds(Permission.EVIDENCE_VIEW)) {
            try {
                for (ExhibitDetails x : evidence.list(caseId)) {
                    ex.put(x.id(), x.exhibitNumber());
                }
            } catch (AccessDeniedException e) {
                // recorded by the evidence service; the sources are then named as not visible
            }
        }
        return new Sources(iv, ex);
    }

    /** One screening: its heading and summary (the group header) and every checklist item in catalogue order. */
    private void checklist(ReportContent.Builder b, ScreeningDetails s, int number, boolean latest, Sources sources,
            ReportText text, IdentityRedactor r) {
        String group = s.id().toString();
        String title = text.get(latest ? "report.mdt.screeningLatest" : "report.mdt.screeningEarlier", number,
                text.date(s.assessedOn()), text.label(s.population()), text.label(s.exploitation()), s.assessedBy());
        List<String> summary = new ArrayList<>();
        if (s.note() != null && !s.note().isBlank()) {
            summary.add(text.get("report.screening.note", r.redact(s.note())));
        }
        boolean operational = screening.hasOperationalIndicators(s.population(), s.exploitation());
        summary.addAll(ScreeningSections.summary(s.grounds(), operational, text));
        Map<String, RecordScreeningCommand.Item> answers = new HashMap<>();
        s.answers().forEach(a -> answers.put(a.code(), a));
        List<Indicator> items = new ArrayList<>(screening.checklist(s.population(), s.exploitation()));
        // an answer whose item left the catalogue is still printed, after the rest
        Set<String> listed = items.stream().map(Indicator::code).collect(Collectors.toSet());
        List<String> orphans = s.answers().stream().map(RecordScreeningCommand.Item::code)
                .filter(c -> !listed.contains(c)).toList();
        // the forced-labour list, then the ILO/EC elements one after the other, then the scam-compound signs
        items.sort(Comparator.comparing((Indicator i) -> i.list() == IndicatorList.ScamCompound ? 2
                : i.list() == IndicatorList.IloEc ? 1 : 0)
                .thenComparing(i -> i.dimension() == null ? -1 : i.dimension().ordinal()));
        int n = 0;
        for (Indicator i : items) {
            String section = text.get("indicator.list." + i.list().name())
                    + (i.dimension() == null ? "" : " · " + text.get("indicator.dimension." + i.dimension().name()));
            String item = text.get("indicator." + i.code())
                    + (i.strength() == null ? "" : " (" + text.get("indicator.strength." + i.strength().name()) + ")");
            row(b, group, title, summary, section, ++n, item, answers.get(i.code()), sources, text, r);
        }
        for (String code : orphans) {
            row(b, group, title, summary, text.get("report.mdt.otherItems"), ++n, text.get("indicator." + code),
                    answers.get(code), sources, text, r);
        }
        if (n == 0) {
            b.row(TABLE, "group", group, "title", title, "summary", String.join("\n", summary), "section", "",
                    "no", "", "item", "", "answer", "", "strong", "", "source", "", "note", "");
        }
    }

    private static void row(ReportContent.Builder b, String group, String title, List<String> summary, String section,
            int no, String item, RecordScreeningCommand.Item a, Sources sources, ReportText text, IdentityRedactor r) {
        String answer = a == null || a.answer() == null ? text.get("report.mdt.notAnswered") : text.label(a.answer());
        b.row(TABLE, "group", group, "title", title, "summary", String.join("\n", summary), "section", section,
                "no", String.valueOf(no), "item", item, "answer", answer,
                "strong", a != null && a.answer() == Answer.Yes ? "yes" : "", "source", source(a, sources, text),
                "note", a == null ? "" : r.redact(a.note()));
    }

    private static String source(RecordScreeningCommand.Item a, Sources sources, ReportText text) {
        if (a == null) {
            return "";
        }
        if (a.sourceInterviewId() != null) {
            InterviewSummary i = sources.interviews().get(a.sourceInterviewId());
            return i == null ? text.get("report.mdt.source.interviewHidden")
                    : text.get("report.mdt.source.interview", text.date(i.date()), text.label(i.kind()));
        }
        if (a.sourceExhibitId() != null) {
            String number = sources.exhibits().get(a.sourceExhibitId());
            return number == null ? text.get("report.mdt.source.exhibitHidden")
                    : text.get("report.mdt.source.exhibit", number);
        }
        return text.get("report.mdt.source.none");
    }
}
