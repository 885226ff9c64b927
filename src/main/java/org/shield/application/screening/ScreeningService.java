package org.shield.application.screening;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.shield.application.access.AccessControl;
import org.shield.application.audit.AuditStore;
import org.shield.application.casefile.CaseRepository;
import org.shield.application.casefile.CaseService;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.evidence.ExhibitRepository;
import org.shield.application.interview.InterviewRepository;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;
import org.shield.domain.casefile.CaseFile;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.screening.Answer;
import org.shield.domain.screening.ExploitationForm;
import org.shield.domain.screening.Indicator;
import org.shield.domain.screening.IndicatorCatalogue;
import org.shield.domain.screening.MdtDecision;
import org.shield.domain.screening.Population;
import org.shield.domain.screening.ReasonableGrounds;
import org.shield.domain.screening.Screening;
import org.shield.domain.screening.ScreeningAnswer;
import org.shield.domain.security.CaseRelation;
import org.shield.domain.security.Permission;

/**
 * Screening possible victims against the indicator checklists (ILO forced labour, ILO/EC operational
 * indicators, scam-compound signs). Each screening is recorded whole and kept; a re-assessment is a new
 * one. The reasonable-grounds summary is computed from the answers for the MDT to weigh: it is never a
 * status and sets nothing. A caseworker screens only victims referred to them. Blocking; call from a
 * worker thread.
 */
public final class ScreeningService {
    static final String TYPE = "Screening";
    static final String DECISION = "MdtDecision";

    private final TransactionRunner tx;
    private final ScreeningRepository screenings;
    private final CaseService cases;
    private final CaseRepository caseStore;
    private final InterviewRepository interviews;
    private final ExhibitRepository exhibits;
    private final AccessControl access;
    private final AuditStore audit;
    private final CurrentUser user;
    private final Clock clock;
    private final java.util.function.Supplier<IndicatorCatalogue> catalogueSource;
    private final org.shield.application.approval.ApprovalService approvals;

    public ScreeningService(TransactionRunner tx, ScreeningRepository screenings, CaseService cases,
            CaseRepository caseStore, InterviewRepository interviews, ExhibitRepository exhibits, AccessControl access,
            AuditStore audit, Clock clock, java.util.function.Supplier<IndicatorCatalogue> catalogue,
            org.shield.application.approval.ApprovalService approvals) {
        this.tx = tx;
        this.screenings = screenings;
        this.cases = cases;
        this.caseStore = caseStore;
        this.interviews = interviews;
        this.exhibits = exhibits;
        this.access = access;
        this.audit = audit;
        this.user = access.user();
        this.clock = clock;
        this.catalogueSource = catalogue;
        this.approvals = approvals;
    }

    /** The checklist to answer for a person of this population and form of exploitation (reference data). */
    public List<Indicator> checklist(Population population, ExploitationForm exploitation) {
        return catalogue().checklist(population, exploitation);
    }

    /**
     * True when the catalogue holds ILO/EC operational indicators for this population and form of
     * exploitation; until verified lists are loaded (docs/screening-indicators.md) the reasonable-grounds
     * dimensions cannot be assessed, and screens must say so rather than show them as "not met".
     */
    public boolean hasOperationalIndicators(Population population, ExploitationForm exploitation) {
        return catalogue().checklist(population, exploitation).stream()
                .anyMatch(i -> i.list() == org.shield.domain.screening.IndicatorList.IloEc);
    }

    /** Records a whole screening of a victim or possible victim of the case and returns it with its summary. */
    public ScreeningDetails record(RecordScreeningCommand cmd) throws ApplicationException {
        return tx.write(() -> {
            CaseFile c = cases.load(cmd.caseId());
            PartySummary party = requireVictimParty(c, cmd.personId(), Permission.SCREENING_RECORD);
            List<ScreeningAnswer> answers = new ArrayList<>();
            for (RecordScreeningCommand.Item item : cmd.answers()) {
                if (item.sourceInterviewId() != null && interviews.find(item.sourceInterviewId())
                        .filter(i -> i.getCaseId().equals(c.getId())).isEmpty()) {
                    throw new ValidationException(new UserMessage("screening.sourceOtherCase"));
                }
                if (item.sourceExhibitId() != null && exhibits.find(item.sourceExhibitId())
                        .filter(x -> x.getCaseId().equals(c.getId())).isEmpty()) {
                    throw new ValidationException(new UserMessage("screening.sourceOtherCase"));
                }
                answers.add(new ScreeningAnswer(item.code(), item.answer(), item.sourceInterviewId(),
                        item.sourceExhibitId(), item.note()));
            }
            Screening s = new Screening(c.getId(), cmd.personId(), cmd.population(), cmd.exploitation(),
                    cmd.assessedOn() == null ? java.time.LocalDate.now(clock) : cmd.assessedOn(), cmd.note(), answers,
                    catalogue(), user.userName(), clock.instant());
            screenings.add(s);
            ReasonableGrounds g = s.grounds(catalogue());
            audit.append(user.userName(), AuditAction.Create, TYPE, s.getId(), new ChangeSet()
                    .with("caseId", c.getId()).with("personId", cmd.personId()).with("population", cmd.population())
                    .with("exploitation", cmd.exploitation()).with("answers", answers.size())
                    .with("yes", answers.stream().filter(a -> a.getAnswer() == Answer.Yes).count())
                    .with("dimensionsMet", g.dimensions().stream().filter(ReasonableGrounds.DimensionResult::met)
                            .map(d -> d.dimension().name()).toList())
                    .with("combinationMet", g.combinationMet()));
            return details(s, label(party));
        });
    }

    /**
     * Records the MDT's decision about a victim or possible victim of the case and asks a supervisor of the
     * case's unit to approve it; it becomes the person's status only when approved. One pending decision
     * per person and case.
     */
    public MdtDecisionDetails recordDecision(RecordMdtDecisionCommand cmd) throws ApplicationException {
        return tx.write(() -> {
            CaseFile c = cases.load(cmd.caseId());
            requireVictimParty(c, cmd.personId(), Permission.SCREENING_RECORD);
            if (cmd.screeningId() != null && screenings.find(cmd.screeningId()).filter(s -> s.getCaseId()
                    .equals(c.getId()) && s.getPersonId().equals(cmd.personId())).isEmpty()) {
                throw new ValidationException(new UserMessage("mdt.screeningOfAnotherPerson"));
            }
            MdtDecision d = new MdtDecision(c.getId(), cmd.personId(), cmd.status(), cmd.decidingOrgType(),
                    cmd.decidingOrgId(), cmd.decidedOn(), cmd.membersPresent(), cmd.reasons(), cmd.screeningId(),
                    java.time.LocalDate.now(clock), user.userName(), clock.instant());
            screenings.add(d);
            audit.append(user.userName(), AuditAction.Create, DECISION, d.getId(),
                    ChangeSet.diff(java.util.Map.of(), d.auditState()));
            approvals.request(org.shield.domain.approval.ApprovalKind.MdtDecision, c.getId(), cmd.personId(),
                    cmd.status().name(), d.getReasons());
            return decision(d);
        });
    }

    /** Every MDT decision about the person in the case, oldest first, with its approval state. */
    public List<MdtDecisionDetails> decisions(UUID caseId, UUID personId) throws ApplicationException {
        return tx.read(() -> {
            requireVictimParty(cases.load(caseId), personId, Permission.SCREENING_VIEW);
            return screenings.decisions(caseId, personId).stream().map(ScreeningService::decision).toList();
        });
    }

    /** The person's current status in the case: the latest approved decision, if any. */
    public java.util.Optional<MdtDecisionDetails> currentDecision(UUID caseId, UUID personId)
            throws ApplicationException {
        List<MdtDecisionDetails> all = decisions(caseId, personId);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).state() == org.shield.domain.approval.ApprovalState.Approved) {
                return java.util.Optional.of(all.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    /** What approving or returning an MDT decision does: the pending decision follows the supervisor. */
    public org.shield.application.approval.ApprovalOutcome mdtOutcome() {
        return new org.shield.application.approval.ApprovalOutcome() {
            @Override
            public void approved(org.shield.domain.approval.Approval a) {
                settle(a, true);
            }

            @Override
            public void returned(org.shield.domain.approval.Approval a) {
                settle(a, false);
            }
        };
    }

    private void settle(org.shield.domain.approval.Approval a, boolean approved) {
        MdtDecision d = screenings.decisions(a.getCaseId(), a.getSubjectId()).stream()
                .filter(x -> x.getState() == org.shield.domain.approval.ApprovalState.Pending).reduce((x, y) -> y)
                .orElseThrow(() -> new IllegalStateException("no pending MDT decision for the approval"));
        String before = d.getState().name();
        d.decided(approved, user.userName(), clock.instant());
        audit.append(user.userName(), AuditAction.Update, DECISION, d.getId(),
                new ChangeSet().change("state", before, d.getState().name()).with("approvalId", a.getId()));
    }

    private static MdtDecisionDetails decision(MdtDecision d) {
        return new MdtDecisionDetails(d.getId(), d.getCaseId(), d.getPersonId(), d.getStatus(), d.getDecidingOrgType(),
                d.getDecidingOrgId(), d.getDecidedOn(), d.getMembersPresent(), d.getReasons(), d.getScreeningId(),
                d.getState(), d.getCreatedBy(), d.getCreatedAt());
    }

    /** Every screening of the person in the case, oldest first, each with its summary. */
    public List<ScreeningDetails> history(UUID caseId, UUID personId) throws ApplicationException {
        return tx.read(() -> {
            CaseFile c = cases.load(caseId);
            PartySummary party = requireVictimParty(c, personId, Permission.SCREENING_VIEW);
            return screenings.of(caseId, personId).stream().map(s -> details(s, label(party))).toList();
        });
    }

    /**
     * The party must be a (possible) victim of the case; the user needs the right on the case, and a
     * caseworker (who does not read the investigation) the person referred to them.
     */
    private PartySummary requireVictimParty(CaseFile c, UUID personId, Permission p) throws ApplicationException {
        CaseRelation rel = cases.relation(c);
        access.require(p, rel, TYPE, null);
        List<PartySummary> parties = caseStore.parties(c.getId()).stream()
                .filter(x -> x.personId().equals(personId)).toList();
        PartySummary victim = parties.stream().filter(x -> x.role() == PartyRole.Victim
                || x.role() == PartyRole.PossibleVictim).findFirst().orElse(null);
        if (victim == null) {
            throw new ValidationException(new UserMessage("screening.notAVictimParty"));
        }
        if (!access.can(Permission.CASE_READ_INVESTIGATION, rel)
                && parties.stream().noneMatch(x -> user.userName().equals(x.referredTo()))) {
            throw access.deny(p, TYPE, null);
        }
        return victim;
    }

    /** The case a screening or MDT decision belongs to. Call inside a transaction. */
    public java.util.Optional<UUID> caseOf(UUID recordId) {
        return screenings.caseOf(recordId);
    }

    /** Ids of a case's screenings and MDT decisions. Call inside a transaction. */
    public List<UUID> partsOf(UUID caseId) {
        return screenings.partIds(caseId);
    }

    /** The checklists are read on first use, not when the vault opens. */
    private IndicatorCatalogue catalogue() {
        return catalogueSource.get();
    }

    private static String label(PartySummary p) {
        return p.pseudonym() != null ? p.pseudonym() : p.personName();
    }

    private ScreeningDetails details(Screening s, String personLabel) {
        List<RecordScreeningCommand.Item> items = s.getAnswers().stream().map(a -> new RecordScreeningCommand.Item(
                a.getCode(), a.getAnswer(), a.getSourceInterviewId(), a.getSourceExhibitId(), a.getNote())).toList();
        return new ScreeningDetails(s.getId(), s.getCaseId(), s.getPersonId(), personLabel, s.getPopulation(),
                s.getExploitation(), s.getAssessedOn(), s.getNote(), items, s.grounds(catalogue()), s.getCreatedBy(),
                s.getCreatedAt());
    }

    /** A screening by id, for links from elsewhere (the same rights as its history). */
    public ScreeningDetails get(UUID id) throws ApplicationException {
        return tx.read(() -> {
            Screening s = screenings.find(id)
                    .orElseThrow(() -> new NotFoundException(new UserMessage("error.screeningNotFound")));
            PartySummary party = requireVictimParty(cases.load(s.getCaseId()), s.getPersonId(),
                    Permission.SCREENING_VIEW);
            return details(s, label(party));
        });
    }
}
