package org.shield.application.repatriation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shield.application.access.AccessControl;
import org.shield.application.audit.AuditStore;
import org.shield.application.care.VictimAccess;
import org.shield.application.casefile.CaseRepository;
import org.shield.application.casefile.CaseService;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.UserMessage;
import org.shield.application.common.TransactionRunner;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;
import org.shield.domain.casefile.CaseFile;
import org.shield.domain.legal.ClaimKind;
import org.shield.domain.legal.ClaimOutcome;
import org.shield.domain.legal.CompensationClaim;
import org.shield.domain.legal.CourtHearing;
import org.shield.domain.legal.HearingKind;
import org.shield.domain.legal.LegalSupport;
import org.shield.domain.legal.TestifyWillingness;
import org.shield.domain.repatriation.FollowUpSchedule;
import org.shield.domain.security.Permission;

/**
 * Legal support of a victim: willingness to testify, legal counsel, court dates and compensation or
 * restitution claims. Who may see or record it is the victim-care rule ({@link VictimAccess}) with
 * CARE_VIEW / CARE_RECORD. Hearing times are entered and shown in Thai time. Blocking; call from a worker
 * thread.
 */
public final class LegalSupportService {
    static final String SUPPORT = "LegalSupport";
    static final String HEARING = "CourtHearing";
    static final String CLAIM = "CompensationClaim";

    private final TransactionRunner tx;
    private final LegalRepository legal;
    private final CaseService cases;
    private final AuditStore audit;
    private final CurrentUser user;
    private final Clock clock;
    private final VictimAccess victims;

    public LegalSupportService(TransactionRunner tx, LegalRepository legal, CaseService cases,
            CaseRepository caseStore, AccessControl access, AuditStore audit, Clock clock) {
        this.tx = tx;
        this.legal = legal;
        this.cases = cases;
        this.audit = audit;
        this.user = access.user();
        this.clock = clock;
        this.victims = new VictimAccess(cases, caseStore, access);
    }

    /** The victim's willingness to testify and counsel (Undecided with no id while nothing is recorded). */
    public LegalSupportDetails support(UUID caseId, UUID personId) throws ApplicationException {
        return tx.read(() -> {
            require(caseId, personId, Permission.CARE_VIEW, SUPPORT);
            return legal.support(caseId, personId).map(this::details).orElseGet(
                    () -> new LegalSupportDetails(null, caseId, personId, TestifyWillingness.Undecided, null, null,
                            null, 0));
        });
    }

    /** Records what the victim said about testifying and on which day; {@code version} as last read. */
    public LegalSupportDetails setWillingness(UUID caseId, UUID personId, long version, TestifyWillingness w,
            LocalDate on) throws ApplicationException {
        return edit(caseId, personId, version, s -> s.setWillingness(w, on, today(), user.userName(),
                clock.instant()));
    }

    /** Records the victim's legal counsel (blank fields clear it); {@code version} as last read. */
    public LegalSupportDetails setCounsel(UUID caseId, UUID personId, long version, String name,
            String organisation) throws ApplicationException {
        return edit(caseId, personId, version, s -> s.setCounsel(name, organisation, user.userName(),
                clock.instant()));
    }

    private LegalSupportDetails edit(UUID caseId, UUID personId, long version,
            java.util.function.Consumer<LegalSupport> change) throws ApplicationException {
        tx.write(() -> {
            require(caseId, personId, Permission.CARE_RECORD, SUPPORT);
            Optional<LegalSupport> found = legal.support(caseId, personId);
            if (found.isPresent()) {
                LegalSupport s = found.get();
                if (s.getVersion() != version) {
                    throw new ConflictException(new UserMessage("error.conflict"));
                }
                Map<String, String> before = s.auditState();
                change.accept(s);
                audit.append(user.userName(), AuditAction.Update, SUPPORT, s.getId(),
                        ChangeSet.diff(before, s.auditState()));
            } else {
                LegalSupport s = new LegalSupport(caseId, personId, user.userName(), clock.instant());
                change.accept(s);
                legal.add(s);
                audit.append(user.userName(), AuditAction.Create, SUPPORT, s.getId(),
                        ChangeSet.diff(Map.of(), s.auditState()));
            }
            return null;
        });
        // read again: the version moves on at commit, and the next edit must send the new one
        return tx.read(() -> details(legal.support(caseId, personId).orElseThrow()));
    }

    /** Adds a court date, {@code localStart} in Thai time. */
    public HearingDetails addHearing(UUID caseId, UUID personId, LocalDateTime localStart, String court,
            HearingKind kind, String outcomeNote) throws ApplicationException {
        return tx.write(() -> {
            require(caseId, personId, Permission.CARE_RECORD, HEARING);
            if (localStart == null) {
                throw new org.shield.application.common.ValidationException(
                        new UserMessage("legal.hearing.required"));
            }
            CourtHearing h = new CourtHearing(caseId, personId, localStart.atZone(CourtHearing.ZONE).toInstant(),
                    court, kind, outcomeNote, user.userName(), clock.instant());
            legal.add(h);
            audit.append(user.userName(), AuditAction.Create, HEARING, h.getId(),
                    ChangeSet.diff(Map.of(), h.auditState()));
            return hearing(h);
        });
    }

    /** Records what came of a hearing. */
    public HearingDetails recordHearingOutcome(UUID hearingId, long version, String note)
            throws ApplicationException {
        tx.write(() -> {
            CourtHearing h = legal.findHearing(hearingId)
                    .orElseThrow(() -> new NotFoundException(new UserMessage("error.hearingNotFound")));
            require(h.getCaseId(), h.getPersonId(), Permission.CARE_RECORD, HEARING);
            if (h.getVersion() != version) {
                throw new ConflictException(new UserMessage("error.conflict"));
            }
            var before = h.auditState();
            h.recordOutcome(note, user.userName(), clock.instant());
            audit.append(user.userName(), AuditAction.Update, HEARING, h.getId(),
                    ChangeSet.diff(before, h.auditState()));
            return null;
        });
        return tx.read(() -> hearing(legal.findHearing(hearingId).orElseThrow()));
    }

    /** The victim's court dates, earliest first. */
    public List<HearingDetails> hearings(UUID caseId, UUID personId) throws ApplicationException {
        return tx.read(() -> {
            require(caseId, personId, Permission.CARE_VIEW, HEARING);
            return legal.hearings(caseId, personId).stream().map(this::hearing).toList();
        });
    }

    /** Files a claim (amount optional, then with an ISO 4217 currency); it starts Pending. */
    public ClaimDetails fileClaim(UUID caseId, UUID personId, ClaimKind kind, BigDecimal amount, String currency,
            LocalDate filedOn) throws ApplicationException {
        return tx.write(() -> {
            require(caseId, personId, Permission.CARE_RECORD, CLAIM);
            CompensationClaim c = new CompensationClaim(caseId, personId, kind, amount, currency, filedOn, today(),
                    user.userName(), clock.instant());
            legal.add(c);
            audit.append(user.userName(), AuditAction.Create, CLAIM, c.getId(),
                    ChangeSet.diff(Map.of(), c.auditState()));
            return claim(c);
        });
    }

    /** Records the decision on a pending claim (an amount paid only with an award). */
    public ClaimDetails decideClaim(UUID claimId, long version, ClaimOutcome outcome, BigDecimal paidAmount,
            LocalDate decidedOn) throws ApplicationException {
        tx.write(() -> {
            CompensationClaim c = legal.findClaim(claimId)
                    .orElseThrow(() -> new NotFoundException(new UserMessage("error.claimNotFound")));
            require(c.getCaseId(), c.getPersonId(), Permission.CARE_RECORD, CLAIM);
            if (c.getVersion() != version) {
                throw new ConflictException(new UserMessage("error.conflict"));
            }
            var before = c.auditState();
            c.decide(outcome, paidAmount, decidedOn, today(), user.userName(), clock.instant());
            audit.append(user.userName(), AuditAction.Update, CLAIM, c.getId(),
                    ChangeSet.diff(before, c.auditState()));
            return null;
        });
        return tx.read(() -> claim(legal.findClaim(claimId).orElseThrow()));
    }

    /** The victim's claims, by filing date. */
    public List<ClaimDetails> claims(UUID caseId, UUID personId) throws ApplicationException {
        return tx.read(() -> {
            require(caseId, personId, Permission.CARE_VIEW, CLAIM);
            return legal.claims(caseId, personId).stream().map(this::claim).toList();
        });
    }

    /** The case a legal support record, hearing or claim belongs to. Call inside a transaction. */
    public Optional<UUID> caseOf(UUID recordId) {
        return legal.caseOf(recordId);
    }

    /** Ids of a case's legal support records, hearings and claims. Call inside a transaction. */
    public List<UUID> partsOf(UUID caseId) {
        return legal.partIds(caseId);
    }

    private LocalDate today() {
        return FollowUpSchedule.today(clock);
    }

    private void require(UUID caseId, UUID personId, Permission p, String type) throws ApplicationException {
        CaseFile c = cases.load(caseId);
        victims.require(c, personId, p, type);
    }

    private LegalSupportDetails details(LegalSupport s) {
        return new LegalSupportDetails(s.getId(), s.getCaseId(), s.getPersonId(), s.getWillingness(),
                s.getWillingnessOn(), s.getCounselName(), s.getCounselOrganisation(), s.getVersion());
    }

    private HearingDetails hearing(CourtHearing h) {
        return new HearingDetails(h.getId(), h.getStartsAt(),
                LocalDateTime.ofInstant(h.getStartsAt(), CourtHearing.ZONE), h.getCourt(), h.getKind(),
                h.getOutcomeNote(), h.getVersion());
    }

    private ClaimDetails claim(CompensationClaim c) {
        return new ClaimDetails(c.getId(), c.getKind(), c.getAmount(), c.getCurrency(), c.getFiledOn(),
                c.getOutcome(), c.getPaidAmount(), c.getDecidedOn(), c.getVersion());
    }
}
