package org.shield.application.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shield.application.care.AssessmentDetails;
import org.shield.application.care.CarePlanService;
import org.shield.application.care.ConsentDetails;
import org.shield.application.care.PlanDetails;
import org.shield.application.care.ReflectionStatus;
import org.shield.application.care.ServiceDeliveryDetails;
import org.shield.application.care.StayDetails;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CaseService;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.party.IdentityRedactor;
import org.shield.application.party.OrganisationService;
import org.shield.application.repatriation.ClaimDetails;
import org.shield.application.repatriation.FollowUpDetails;
import org.shield.application.repatriation.HearingDetails;
import org.shield.application.repatriation.LegalSupportDetails;
import org.shield.application.repatriation.LegalSupportService;
import org.shield.application.repatriation.RepatriationDetails;
import org.shield.application.repatriation.RepatriationService;
import org.shield.application.screening.MdtDecisionDetails;
import org.shield.application.screening.ScreeningDetails;
import org.shield.application.screening.ScreeningService;
import org.shield.application.victim.VictimOverview;
import org.shield.application.victim.VictimService;
import org.shield.application.victim.VictimSummary;
import org.shield.domain.care.AssessmentKind;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.repatriation.ReturnPlan;

/**
 * Report 4, the victim care summary, for caseworkers and supervisors: the person by pseudonym (nationality and
 * the age group screened, never a name or a document), identification (the latest screening's
 * reasonable-grounds summary, as support for the MDT, and the MDT decisions), shelter stays and the reflection
 * period, the latest assessment of each kind, care plans with the services delivered, consents with their
 * withdrawals, legal support, and the return home with its follow-ups. The victim is found through
 * {@link VictimService#show}, so a user without {@code CARE_VIEW} (an investigator) is refused, and the refusal
 * recorded, before anything is read or laid out. Counselling and medical notes are never read here: they are the
 * referred caseworker's alone, and the report says they are left out. Every free text is redacted for the victim
 * and the case's other protected persons.
 */
public final class VictimCareReport implements ReportBuilder {
    private final VictimService victims;
    private final CaseService cases;
    private final ScreeningService screening;
    private final CarePlanService carePlans;
    private final LegalSupportService legal;
    private final RepatriationService repatriation;
    private final OrganisationService organisations;

    public VictimCareReport(VictimService victims, CaseService cases, ScreeningService screening,
            CarePlanService carePlans, LegalSupportService legal, RepatriationService repatriation,
            OrganisationService organisations) {
        this.victims = victims;
        this.cases = cases;
        this.screening = screening;
        this.carePlans = carePlans;
        this.legal = legal;
        this.repatriation = repatriation;
        this.organisations = organisations;
    }

    @Override
    public ReportContent build(ReportRequest request, ReportText text, ProtectedPersons protection)
            throws ApplicationException {
        // first: CARE_VIEW is checked (and a refusal recorded) before anything else is read
        VictimOverview o = pick(victims.show(request.pseudonym()), request);
        VictimSummary v = o.summary();
        UUID caseId = v.caseId();
        UUID personId = v.personId();
        CaseDetails c = cases.get(caseId);
        IdentityRedactor r = protection.redactorForCase(cases, caseId, List.of(personId));
        ReportContent.Builder b = new ReportContent.Builder(caseId, v.caseNumber())
                .classification(ScreeningSections.victimClassification(c, text))
                .scope(text.get("report.scope.VictimCare", v.pseudonym(), v.caseNumber()));

        List<ScreeningDetails> screenings = screening.history(caseId, personId);
        ScreeningDetails latest = screenings.stream().max(Comparator.comparing(ScreeningDetails::recordedAt))
                .orElse(null);
        person(b, v, role(caseId, personId), latest, text);
        identification(b, latest, text, r);
        decisions(b, o.decisions(), text, r);
        stays(b, o.stays(), o.reflection(), text, r);
        assessments(b, carePlans.assessments(caseId, personId), text, r);
        plans(b, carePlans.plans(caseId, personId), text, r);
        consents(b, o.consents(), text, r);
        legal(b, caseId, personId, text, r);
        repatriation(b, caseId, personId, text, r);
        protection.annex(b, Map.of(personId, v.pseudonym()));
        return b.build();
    }

    /** The victim's case: the one the request names, or their only one. */
    static VictimOverview pick(List<VictimOverview> found, ReportRequest request) throws ApplicationException {
        String wanted = request.caseNumber() == null ? "" : request.caseNumber().strip();
        List<VictimOverview> matching = found.stream()
                .filter(o -> wanted.isEmpty() || wanted.equals(o.summary().caseNumber())).toList();
        if (matching.isEmpty()) {
            throw new NotFoundException(new UserMessage("victim.notFound", request.pseudonym()));
        }
        if (matching.size() > 1) {
            throw new ValidationException(new UserMessage("report.victim.severalCases", matching.stream()
                    .map(o -> o.summary().caseNumber()).sorted().collect(Collectors.joining(", "))));
        }
        return matching.get(0);
    }

    /** Victim if the person is recorded as one in the case, else possible victim. */
    private PartyRole role(UUID caseId, UUID personId) throws ApplicationException {
        Set<PartyRole> roles = cases.parties(caseId).stream().filter(p -> p.personId().equals(personId))
                .map(PartySummary::role).collect(Collectors.toSet());
        return roles.contains(PartyRole.Victim) ? PartyRole.Victim
                : roles.contains(PartyRole.PossibleVictim) ? PartyRole.PossibleVictim : null;
    }

    private static void person(ReportContent.Builder b, VictimSummary v, PartyRole role, ScreeningDetails latest,
            ReportText text) {
        String t = "person";
        b.table(t);
        ReportSections.field(b, t, text.get("report.victim.pseudonym"), v.pseudonym());
        ReportSections.field(b, t, text.get("report.field.caseNumber"), v.caseNumber());
        if (role != null) {
            ReportSections.field(b, t, text.get("report.victim.role"), text.label(role));
        }
        ReportSections.field(b, t, text.get("report.victim.nationality"),
                v.nationality() == null ? text.get("report.victim.notRecorded") : text.country(v.nationality()));
        if (latest != null) {
            ReportSections.field(b, t, text.get("report.victim.ageGroup"), text.label(latest.population()));
        }
        ReportSections.field(b, t, text.get("report.field.exploitation"),
                v.exploitationTypes().stream().map(text::label).sorted().collect(Collectors.joining(", ")));
        ReportSections.field(b, t, text.get("report.care.stage"), text.label(v.stage()));
        ReportSections.field(b, t, text.get("report.care.caseworker"),
                v.caseworker() == null ? text.get("report.victim.notRecorded") : v.caseworker());
        ReportSections.field(b, t, text.get("report.victim.identity"), text.get("report.victim.identityWithheld"));
    }

    private void identification(ReportContent.Builder b, ScreeningDetails latest, ReportText text,
            IdentityRedactor r) {
        String t = "identification";
        b.table(t);
        if (latest == null) {
            ReportSections.field(b, t, text.get("report.care.latestScreening"), text.get("report.screening.none"));
            return;
        }
        ReportSections.field(b, t, text.get("report.care.latestScreening"), ScreeningSections.heading(latest, text));
        if (latest.note() != null && !latest.note().isBlank()) {
            ReportSections.field(b, t, text.get("report.care.screeningNote"), r.redact(latest.note()));
        }
        boolean operational = screening.hasOperationalIndicators(latest.population(), latest.exploitation());
        ReportSections.field(b, t, text.get("report.care.indicatorsPresent"),
                String.join("\n", ScreeningSections.summary(latest.grounds(), operational, text)));
    }

    private void decisions(ReportContent.Builder b, List<MdtDecisionDetails> oldestFirst, ReportText text,
            IdentityRedactor r) throws ApplicationException {
        String t = "decisions";
        b.table(t);
        List<MdtDecisionDetails> newest = new ArrayList<>(oldestFirst);
        newest.sort(Comparator.comparing(MdtDecisionDetails::recordedAt).reversed());
        int n = 0;
        for (MdtDecisionDetails d : newest) {
            ScreeningSections.decisionRow(b, t, String.valueOf(++n), d, organisationName(d.decidingOrgId()), text, r);
        }
    }

    /** The deciding organisation's name, or null when none is named or it is no longer in the vault. */
    private String organisationName(UUID id) throws ApplicationException {
        if (id == null) {
            return null;
        }
        try {
            return organisations.get(id).name();
        } catch (NotFoundException e) {
            return null;
        }
    }

    private static void stays(ReportContent.Builder b, List<StayDetails> stays, ReflectionStatus reflection,
            ReportText text, IdentityRedactor r) {
        b.table("stays");
        int n = 0;
        for (StayDetails s : stays.stream().sorted(Comparator.comparing(StayDetails::admittedOn,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList()) {
            String until = s.leftOn() == null ? text.get("report.care.stay.stillThere") : text.date(s.leftOn());
            String heading = ReportSections.join(" · ", r.redact(s.shelterName()),
                    text.get("report.care.stay.period", text.date(s.admittedOn()), until));
            String detail = ReportSections.join("\n",
                    s.transferredFrom() == null ? "" : text.get("report.care.stay.transferred"),
                    s.departureReason() == null ? "" : text.get("report.care.stay.left",
                            ReportSections.join(": ", text.label(s.departureReason()), r.redact(s.departureNote()))));
            b.row("stays", "no", String.valueOf(++n), "heading", heading, "detail", detail);
        }
        String t = "reflection";
        b.table(t);
        if (reflection == null) {
            ReportSections.field(b, t, text.get("report.care.reflectionPeriod"), text.get("report.care.reflection.none"));
            return;
        }
        ReportSections.field(b, t, text.get("report.care.reflectionPeriod"),
                text.get("report.care.reflection.period", text.date(reflection.start()), reflection.days(),
                        text.date(reflection.lastDay())));
        ReportSections.field(b, t, text.get("report.care.reflectionState"), reflection.over()
                ? text.get("report.care.reflection.over", text.date(reflection.lastDay()))
                : text.get("report.care.reflection.running", reflection.daysLeft(), reflection.days()));
    }

    /** The latest assessment of each kind (the service gives them newest first). */
    private static void assessments(ReportContent.Builder b, List<AssessmentDetails> newestFirst, ReportText text,
            IdentityRedactor r) {
        String t = "assessments";
        b.table(t);
        Set<AssessmentKind> seen = EnumSet.noneOf(AssessmentKind.class);
        int n = 0;
        for (AssessmentDetails a : newestFirst.stream().sorted(Comparator.comparing(AssessmentDetails::assessedOn)
                .thenComparing(AssessmentDetails::recordedAt).reversed()).toList()) {
            if (!seen.add(a.kind())) {
                continue;
            }
            String heading = ReportSections.join(" · ", text.label(a.kind()), text.label(a.level()),
                    text.date(a.assessedOn()));
            String detail = ReportSections.join("\n",
                    text.get("report.care.assessment.scope", text.label(a.scope()), a.assessedBy()), r.redact(a.findings()));
            b.row(t, "no", String.valueOf(++n), "heading", heading, "detail", detail);
        }
    }

    private void plans(ReportContent.Builder b, List<PlanDetails> plans, ReportText text, IdentityRedactor r)
            throws ApplicationException {
        String t = "plans";
        b.table(t);
        int n = 0;
        for (PlanDetails p : plans.stream().sorted(Comparator.comparing(PlanDetails::startedOn,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(p -> p.id().toString())).toList()) {
            String state = p.open() ? text.get("report.care.plan.open")
                    : text.get("report.care.plan.closed", text.date(p.actualEndOn()));
            String heading = ReportSections.join(" · ", text.label(p.type()),
                    text.get("report.care.plan.period", text.date(p.startedOn()), text.date(p.plannedEndOn())), state);
            List<String> lines = new ArrayList<>();
            lines.add(text.get("report.care.plan.objectives", nz(r.redact(p.objectives()))));
            lines.add(text.get("report.care.plan.actions", nz(r.redact(p.actions()))));
            List<ServiceDeliveryDetails> services = carePlans.services(p.id()).stream()
                    .sorted(Comparator.comparing(ServiceDeliveryDetails::deliveredOn,
                            Comparator.nullsLast(Comparator.naturalOrder()))).toList();
            if (services.isEmpty()) {
                lines.add(text.get("report.care.plan.noServices"));
            } else {
                lines.add(text.get("report.care.plan.services", services.size()));
                for (ServiceDeliveryDetails s : services) {
                    String by = ReportSections.join(", ", r.redact(s.providedBy()), r.redact(s.providerName()));
                    lines.add("– " + ReportSections.join(" · ", text.date(s.deliveredOn()), text.label(s.type()),
                            by.isEmpty() ? "" : text.get("report.care.plan.by", by), r.redact(s.note())));
                }
            }
            b.row(t, "no", String.valueOf(++n), "heading", heading, "detail", String.join("\n", lines));
        }
    }

    private static void consents(ReportContent.Builder b, List<ConsentDetails> consents, ReportText text,
            IdentityRedactor r) {
        String t = "consents";
        b.table(t);
        int n = 0;
        for (ConsentDetails c : consents.stream().sorted(Comparator.comparing(ConsentDetails::givenOn,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(c -> c.id().toString())).toList()) {
            String heading = ReportSections.join(" · ", text.label(c.purpose()), r.redact(c.partnerName()));
            String detail = ReportSections.join("\n",
                    text.get("report.care.consent.given", text.date(c.givenOn()), text.label(c.form())),
                    c.witness() == null || c.witness().isBlank() ? ""
                            : text.get("report.care.consent.witness", r.redact(c.witness())),
                    c.withdrawnOn() == null ? ""
                            : c.withdrawalNote() == null || c.withdrawalNote().isBlank()
                                    ? text.get("report.care.consent.withdrawn", text.date(c.withdrawnOn()))
                                    : text.get("report.care.consent.withdrawnNote", text.date(c.withdrawnOn()),
                                            r.redact(c.withdrawalNote())),
                    text.get(c.active() ? "report.care.consent.holds" : "report.care.consent.notHolding"));
            b.row(t, "no", String.valueOf(++n), "heading", heading, "detail", detail);
        }
    }

    private void legal(ReportContent.Builder b, UUID caseId, UUID personId, ReportText text, IdentityRedactor r)
            throws ApplicationException {
        String t = "legal";
        b.table(t);
        LegalSupportDetails s = legal.support(caseId, personId);
        ReportSections.field(b, t, text.get("report.care.testify"), ReportSections.join(" · ",
                text.label(s.willingness()), s.willingnessOn() == null ? "" : text.date(s.willingnessOn())));
        String counsel = ReportSections.join(" · ", r.redact(s.counselName()), r.redact(s.counselOrganisation()));
        ReportSections.field(b, t, text.get("report.care.counsel"),
                counsel.isEmpty() ? text.get("report.victim.notRecorded") : counsel);

        b.table("hearings");
        int n = 0;
        for (HearingDetails h : legal.hearings(caseId, personId)) {
            b.row("hearings", "no", String.valueOf(++n), "heading",
                    ReportSections.join(" · ", text.dateTime(h.startsAt()), text.label(h.kind())),
                    "detail", ReportSections.join("\n", r.redact(h.court()),
                            h.outcomeNote() == null ? "" : text.get("report.care.hearing.outcome", r.redact(h.outcomeNote()))));
        }
        b.table("claims");
        n = 0;
        for (ClaimDetails c : legal.claims(caseId, personId)) {
            b.row("claims", "no", String.valueOf(++n), "heading",
                    ReportSections.join(" · ", text.label(c.kind()), text.get("report.care.claim.filed",
                            text.date(c.filedOn())), text.label(c.outcome())),
                    "detail", ReportSections.join("\n",
                            c.amount() == null ? "" : text.get("report.care.claim.amount", money(c.amount(), c.currency())),
                            c.paidAmount() == null ? "" : text.get("report.care.claim.paid",
                                    money(c.paidAmount(), c.currency()), text.date(c.decidedOn())),
                            c.paidAmount() == null && c.decidedOn() != null
                                    ? text.get("report.care.claim.decided", text.date(c.decidedOn())) : ""));
        }
    }

    private void repatriation(ReportContent.Builder b, UUID caseId, UUID personId, ReportText text,
            IdentityRedactor r) throws ApplicationException {
        String t = "repatriation";
        b.table(t);
        b.table("followUps");
        RepatriationDetails d = repatriation.current(caseId, personId).orElse(null);
        if (d == null) {
            ReportSections.field(b, t, text.get("report.care.return.status"), text.get("report.care.return.none"));
            return;
        }
        ReturnPlan p = d.plan();
        ReportSections.field(b, t, text.get("report.care.return.status"), text.label(d.status()));
        ReportSections.field(b, t, text.get("report.care.return.country"), ReportSections.join(" · ",
                text.country(p.country()), r.redact(p.placeOfReturn())));
        ReportSections.field(b, t, text.get("report.care.return.verification"), ReportSections.join(" · ",
                text.label(p.nationalityVerification()),
                p.nationalityVerifiedOn() == null ? "" : text.date(p.nationalityVerifiedOn()),
                r.redact(p.nationalityVerifiedBy())));
        String document = ReportSections.join(" · ", text.label(p.travelDocumentType()), r.redact(p.issuingEmbassy()),
                p.documentIssuedOn() == null ? "" : text.get("report.care.return.issued", text.date(p.documentIssuedOn())),
                p.documentExpiresOn() == null ? "" : text.get("report.care.return.expires", text.date(p.documentExpiresOn())));
        ReportSections.field(b, t, text.get("report.care.return.document"),
                document.isEmpty() ? text.get("report.victim.notRecorded") : document);
        ReportSections.field(b, t, text.get("report.care.return.receiving"),
                d.receivingOrganisation() == null ? text.get("report.victim.notRecorded") : r.redact(d.receivingOrganisation()));
        if (p.overallRisk() != null) {
            ReportSections.field(b, t, text.get("report.care.return.risk"), text.label(p.overallRisk()));
        }
        ReportSections.field(b, t, text.get("report.care.return.handover"), d.handedOverOn() == null
                ? text.get("report.care.return.notHandedOver")
                : text.get("report.care.return.handedOver", text.date(d.handedOverOn()), nz(r.redact(d.handoverPlace())),
                        nz(r.redact(d.handedOverBy())), nz(r.redact(d.handedOverTo()))));
        if (d.cancelReason() != null) {
            ReportSections.field(b, t, text.get("report.care.return.cancelled"), r.redact(d.cancelReason()));
        }
        ReportSections.field(b, t, text.get("report.care.return.reTrafficked"), d.reTrafficked()
                ? ReportSections.join(" · ", text.yesNo(true), d.reTraffickedOn() == null ? "" : text.date(d.reTraffickedOn()))
                : text.yesNo(false));
        int n = 0;
        for (FollowUpDetails f : repatriation.followUps(caseId, personId).stream()
                .sorted(Comparator.comparingInt(FollowUpDetails::months)).toList()) {
            String state = f.doneOn() != null ? text.get("report.care.followUp.done", text.date(f.doneOn()))
                    : f.overdue() ? text.get("report.care.followUp.overdue") : f.due() ? text.get("report.care.followUp.due")
                    : text.get("report.care.followUp.notYetDue");
            b.row("followUps", "no", String.valueOf(++n), "heading",
                    ReportSections.join(" · ", text.get("report.care.followUp.months", f.months()),
                            text.get("report.care.followUp.dueOn", text.date(f.dueOn())), state),
                    "detail", ReportSections.join("\n", r.redact(f.outcome()),
                            f.reTrafficked() ? text.get("report.care.followUp.reTrafficked") : ""));
        }
    }

    private static String money(BigDecimal amount, String currency) {
        return amount.toPlainString() + (currency == null ? "" : " " + currency);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
