package org.shield.application.victim;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.application.access.AccessControl;
import org.shield.application.care.CareRepository;
import org.shield.application.care.CareService;
import org.shield.application.care.VictimAccess;
import org.shield.application.casefile.CaseQuery;
import org.shield.application.casefile.CaseRepository;
import org.shield.application.casefile.CaseService;
import org.shield.application.casefile.CaseSummary;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.application.party.OrganisationRepository;
import org.shield.application.party.PersonRepository;
import org.shield.application.screening.MdtDecisionDetails;
import org.shield.application.screening.ScreeningRepository;
import org.shield.application.screening.ScreeningService;
import org.shield.domain.approval.ApprovalState;
import org.shield.domain.care.CarePolicy;
import org.shield.domain.care.CareTask;
import org.shield.domain.care.ReflectionPeriod;
import org.shield.domain.care.ShelterStay;
import org.shield.domain.care.StageFacts;
import org.shield.domain.care.VictimStage;
import org.shield.domain.casefile.CaseFile;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.screening.MdtDecision;
import org.shield.domain.screening.TraffickingStatus;
import org.shield.domain.security.Permission;

/**
 * The victims a user cares for, as the caseworker's dashboard, the supervisor's counts and {@code victim list}
 * show them: one row per victim or possible victim per case, by pseudonym, with the stage computed from the
 * records (ADR 0017). A caseworker sees the victims referred to them; a supervisor their unit's; nobody
 * without {@code CARE_VIEW} sees any (refused and recorded). Blocking; call from a worker thread.
 */
public final class VictimService {
    static final String TYPE = "Victim";

    private final TransactionRunner tx;
    private final CaseService cases;
    private final CaseRepository caseStore;
    private final PersonRepository persons;
    private final OrganisationRepository organisations;
    private final CareRepository care;
    private final CareService careService;
    private final ScreeningRepository screenings;
    private final ScreeningService screeningService;
    private final AccessControl access;
    private final Clock clock;
    private final StageSources later;
    private final VictimAccess victims;

    public VictimService(TransactionRunner tx, CaseService cases, CaseRepository caseStore, PersonRepository persons,
            OrganisationRepository organisations, CareRepository care, CareService careService,
            ScreeningRepository screenings, ScreeningService screeningService, AccessControl access, Clock clock,
            StageSources later) {
        this.tx = tx;
        this.cases = cases;
        this.caseStore = caseStore;
        this.persons = persons;
        this.organisations = organisations;
        this.care = care;
        this.careService = careService;
        this.screenings = screenings;
        this.screeningService = screeningService;
        this.access = access;
        this.clock = clock;
        this.later = later;
        this.victims = new VictimAccess(cases, caseStore, access);
    }

    /**
     * Every victim the user cares for, in one stage if {@code stage} is given: those with overdue work first,
     * then by case number and pseudonym.
     */
    public List<VictimSummary> list(VictimStage stage) throws ApplicationException {
        return tx.read(() -> {
            access.requireSome(Permission.CARE_VIEW, TYPE);
            LocalDate today = LocalDate.now(clock);
            List<VictimSummary> out = new ArrayList<>();
            for (CaseSummary s : cases.list(CaseQuery.all())) {
                CaseFile c = cases.load0(s.id());
                if (c == null) {
                    continue;
                }
                for (PartySummary p : victimParties(c)) {
                    VictimSummary v = summary(c, p, today);
                    if (stage == null || v.stage() == stage) {
                        out.add(v);
                    }
                }
            }
            out.sort(Comparator.comparing((VictimSummary v) -> v.overdueTasks() == 0)
                    .thenComparing(VictimSummary::caseNumber).thenComparing(VictimSummary::pseudonym,
                            Comparator.nullsLast(Comparator.naturalOrder())));
            return out;
        });
    }

    /**
     * A victim by pseudonym, in every case of theirs the user cares for (usually one). Unknown pseudonyms and
     * victims the user may not care for get the same "not found" answer, so a pseudonym cannot be probed.
     */
    public List<VictimOverview> show(String pseudonym) throws ApplicationException {
        String wanted = pseudonym == null ? "" : pseudonym.strip();
        List<VictimOverview> out = tx.read(() -> {
            access.requireSome(Permission.CARE_VIEW, TYPE);
            LocalDate today = LocalDate.now(clock);
            var person = persons.findByPseudonym(wanted).orElse(null);
            if (person == null) {
                return List.<VictimOverview>of();
            }
            List<VictimOverview> found = new ArrayList<>();
            for (var link : caseStore.links(person.getId())) {
                CaseFile c = cases.load0(link.caseId());
                if (c == null) {
                    continue;
                }
                for (PartySummary p : victimParties(c)) {
                    if (p.personId().equals(person.getId())) {
                        found.add(overview(c, p, today));
                    }
                }
            }
            return found;
        });
        if (out.isEmpty()) {
            throw new NotFoundException(new UserMessage("victim.notFound", wanted));
        }
        return out;
    }

    /** One victim in one case for the caseworker's document; refused (and recorded) for others. */
    public VictimOverview overview(UUID caseId, UUID personId) throws ApplicationException {
        return tx.read(() -> {
            CaseFile c = cases.load(caseId);
            victims.require(c, personId, Permission.CARE_VIEW, TYPE);
            PartySummary p = victimParties(c).stream().filter(x -> x.personId().equals(personId)).findFirst()
                    .orElseThrow(() -> new NotFoundException(new UserMessage("victim.notFound", "")));
            return overview(c, p, LocalDate.now(clock));
        });
    }

    private VictimOverview overview(CaseFile c, PartySummary p, LocalDate today) throws ApplicationException {
        UUID caseId = c.getId();
        UUID personId = p.personId();
        List<MdtDecisionDetails> decisions = screeningService.decisions(caseId, personId);
        return new VictimOverview(summary(c, p, today), careService.stays(caseId, personId),
                careService.reflection(caseId, personId).orElse(null), careService.consents(caseId, personId),
                careService.tasksOf(caseId, personId), decisions, screenings.of(caseId, personId).size());
    }

    /** The live victim and possible-victim parties of the case the user may care for, one per person. */
    private List<PartySummary> victimParties(CaseFile c) {
        List<PartySummary> out = new ArrayList<>();
        for (PartySummary p : caseStore.parties(c.getId())) {
            if ((p.role() == PartyRole.Victim || p.role() == PartyRole.PossibleVictim)
                    && out.stream().noneMatch(x -> x.personId().equals(p.personId()))
                    && victims.may(c, p.personId(), Permission.CARE_VIEW)) {
                out.add(p);
            }
        }
        return out;
    }

    private VictimSummary summary(CaseFile c, PartySummary p, LocalDate today) {
        UUID caseId = c.getId();
        UUID personId = p.personId();
        List<ShelterStay> stays = care.stays(caseId, personId);
        Optional<ShelterStay> current = stays.stream().filter(ShelterStay::isCurrent).findFirst();
        Optional<LocalDate> firstAdmission = stays.stream().map(ShelterStay::getAdmittedOn).min(LocalDate::compareTo);
        int days = care.policy(c.getUnitCode()).map(CarePolicy::getReflectionDays).orElse(ReflectionPeriod.DEFAULT_DAYS);
        ReflectionPeriod period = firstAdmission.map(d -> new ReflectionPeriod(d, days)).orElse(null);
        boolean reflectionRunning = period != null && !period.isOver(today) && !today.isBefore(period.start());
        boolean identified = identified(screenings.decisions(caseId, personId));
        StageSources.Later more = later.of(caseId, personId, today);
        StageFacts facts = new StageFacts(!screenings.of(caseId, personId).isEmpty(), identified, current.isPresent(),
                reflectionRunning, more.carePlanOpen(), more.returnPlanned(), more.handedOver(), more.followUpDue());
        List<CareTask> tasks = care.tasksOf(caseId, personId);
        int open = (int) tasks.stream().filter(t -> t.getDoneOn() == null).count();
        int overdue = (int) tasks.stream().filter(t -> t.isOverdue(today)).count();
        String shelter = current.flatMap(s -> organisations.find(s.getShelterId())).map(o -> o.getName()).orElse(null);
        String nationality = persons.find(personId).flatMap(x -> x.getCitizenships().stream().findFirst()).orElse(null);
        boolean running = reflectionRunning && current.isPresent();
        return new VictimSummary(caseId, c.getCaseNumber(), personId, p.pseudonym(), VictimStage.of(facts),
                nationality, c.getExploitationTypes(), shelter, running ? period.daysLeft(today) : null,
                running && period.remindNow(today), open, overdue, p.referredTo(), more.reTrafficked());
    }

    /** The latest approved MDT decision says "victim of trafficking". */
    static boolean identified(List<MdtDecision> decisions) {
        for (int i = decisions.size() - 1; i >= 0; i--) {
            if (decisions.get(i).getState() == ApprovalState.Approved) {
                return decisions.get(i).getStatus() == TraffickingStatus.ActualVictimOfTrafficking;
            }
        }
        return false;
    }
}
