package org.shield.application.interview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shield.application.access.AccessControl;
import org.shield.application.audit.AuditStore;
import org.shield.application.casefile.CaseRepository;
import org.shield.application.casefile.CaseService;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ApprovalNeededException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.evidence.ExhibitRepository;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;
import org.shield.domain.casefile.CaseFile;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.evidence.Exhibit;
import org.shield.domain.interview.Interview;
import org.shield.domain.interview.InterviewAddendum;
import org.shield.domain.interview.InterviewKind;
import org.shield.domain.interview.InterviewPolicy;
import org.shield.domain.security.CaseRelation;
import org.shield.domain.security.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use cases on interviews: schedule and record, sign off (freezing the content), countersign or return,
 * addenda, and the interview register. The register is shown before an interview of a victim is scheduled
 * (repeated interviews re-traumatise) and the service refuses one scheduled without it. A suspect
 * interview needs the person to be a suspect of the case, which for a recorded victim only a supervisor's
 * approval makes them (the non-punishment guard). A caseworker records and reads only MDT identification
 * interviews of victims referred to them. Blocking; call from a worker thread.
 */
public final class InterviewService {
    private static final Logger LOG = LoggerFactory.getLogger(InterviewService.class);
    static final String TYPE = "Interview";
    /** Long texts go into the audit trail as their hash and length, not the text itself. */
    private static final Set<String> LONG_FIELDS = Set.of("statement", "translation");

    private final TransactionRunner tx;
    private final InterviewRepository interviews;
    private final CaseService cases;
    private final CaseRepository caseStore;
    private final ExhibitRepository exhibits;
    private final AccessControl access;
    private final AuditStore audit;
    private final CurrentUser user;
    private final Clock clock;

    public InterviewService(TransactionRunner tx, InterviewRepository interviews, CaseService cases,
            CaseRepository caseStore, ExhibitRepository exhibits, AccessControl access, AuditStore audit, Clock clock) {
        this.tx = tx;
        this.interviews = interviews;
        this.cases = cases;
        this.caseStore = caseStore;
        this.exhibits = exhibits;
        this.access = access;
        this.audit = audit;
        this.user = access.user();
        this.clock = clock;
    }

    /** Schedules or starts recording an interview (create) or saves an open one (edit). */
    public InterviewDetails save(SaveInterviewCommand cmd) throws ApplicationException {
        UUID id = tx.write(() -> cmd.id() == null ? create(cmd) : edit(cmd));
        return get(id);
    }

    private UUID create(SaveInterviewCommand cmd) throws ApplicationException {
        CaseFile c = cases.load(cmd.caseId());
        CaseRelation rel = cases.relation(c);
        access.require(Permission.INTERVIEW_RECORD, rel, TYPE, null);
        if (cmd.kind() == null) {
            throw new ValidationException(new UserMessage("interview.kind.required"));
        }
        List<PartySummary> parties = caseStore.parties(c.getId()).stream()
                .filter(p -> p.personId().equals(cmd.personId())).toList();
        if (parties.isEmpty()) {
            throw new ValidationException(new UserMessage("interview.personNotParty"));
        }
        if (!access.can(Permission.CASE_READ_INVESTIGATION, rel) && (cmd.kind() != InterviewKind.MdtIdentification
                || parties.stream().noneMatch(p -> user.userName().equals(p.referredTo())))) {
            throw access.deny(Permission.CASE_READ_INVESTIGATION, TYPE, null);
        }
        audit.reserve(); // the register count and the guard below see one consistent state
        if (cmd.kind() == InterviewKind.Suspect && parties.stream().noneMatch(p -> p.role() == PartyRole.Suspect)) {
            if (cases.recordedAsVictim(cmd.personId())) {
                throw new ApprovalNeededException(new UserMessage("nonPunishment.interviewNeedsApproval"));
            }
            throw new ValidationException(new UserMessage("interview.suspectNotParty"));
        }
        boolean victim = cmd.kind() == InterviewKind.Victim || cmd.kind() == InterviewKind.MdtIdentification
                || cases.recordedAsVictim(cmd.personId());
        if (victim && cmd.registerSeen() < interviews.ofPerson(cmd.personId()).size()) {
            throw new ValidationException(new UserMessage("interview.register.notSeen"));
        }
        Interview i = new Interview(c.getId(), cmd.personId(), cmd.kind(), user.userName(), clock.instant());
        apply(i, c, cmd);
        i.editedBy(user.userName());
        interviews.add(i);
        audit.append(user.userName(), AuditAction.Create, TYPE, i.getId(),
                ChangeSet.diff(Map.of(), auditable(i.auditState())));
        LOG.info("interview created id={}", i.getId());
        return i.getId();
    }

    private UUID edit(SaveInterviewCommand cmd) throws ApplicationException {
        Interview i = load(cmd.id());
        CaseFile c = cases.load(i.getCaseId());
        requireRecord(i, c);
        if (i.getVersion() != cmd.version()) {
            throw new ConflictException(new UserMessage("error.conflict"));
        }
        if (i.isFrozen()) {
            throw new ValidationException(new UserMessage("interview.frozen"));
        }
        Map<String, String> before = auditable(i.auditState());
        apply(i, c, cmd);
        if (!ChangeSet.diff(before, auditable(i.auditState())).isEmpty()) {
            i.editedBy(user.userName());
        }
        recordChange(i, before, AuditAction.Update);
        return i.getId();
    }

    private void apply(Interview i, CaseFile c, SaveInterviewCommand cmd) throws ValidationException {
        if (cmd.conditions() != null && cmd.conditions().recordingExhibitId() != null) {
            Exhibit e = exhibits.find(cmd.conditions().recordingExhibitId()).orElse(null);
            if (e == null || !e.getCaseId().equals(c.getId())) {
                throw new ValidationException(new UserMessage("interview.recordingOtherCase"));
            }
        }
        i.setConditions(cmd.conditions());
        i.setConsent(cmd.consent());
        i.setStatement(cmd.statement());
        i.touch(user.userName(), clock.instant());
    }

    /**
     * The interviewer signs off: the interview is frozen and the hash of its content kept. Where the case's
     * unit requires it, it then waits for a supervisor's countersignature.
     */
    public InterviewDetails signOff(UUID id, long version) throws ApplicationException {
        tx.write(() -> {
            Interview i = load(id);
            CaseFile c = cases.load(i.getCaseId());
            requireRecord(i, c);
            if (i.getVersion() != version) {
                throw new ConflictException(new UserMessage("error.conflict"));
            }
            i.signOff(user.userName(), clock.instant(), countersignRequired(c.getUnitCode()));
            audit.append(user.userName(), AuditAction.InterviewSignedOff, TYPE, id, new ChangeSet()
                    .with("contentSha256", i.getContentSha256()).with("state", i.getState()));
            return null;
        });
        return get(id);
    }

    /** A supervisor of the case's unit countersigns (never their own sign-off): the interview is final. */
    public InterviewDetails countersign(UUID id, long version) throws ApplicationException {
        tx.write(() -> {
            Interview i = load(id);
            CaseFile c = cases.load(i.getCaseId());
            access.require(Permission.INTERVIEW_COUNTERSIGN, cases.relation(c), TYPE, id);
            if (i.getVersion() != version) {
                throw new ConflictException(new UserMessage("error.conflict"));
            }
            i.countersign(user.userName(), clock.instant());
            audit.append(user.userName(), AuditAction.InterviewCountersigned, TYPE, id,
                    new ChangeSet().with("contentSha256", i.getContentSha256()));
            return null;
        });
        return get(id);
    }

    /** A supervisor returns an interview awaiting countersignature with a reason: it reopens for correction. */
    public InterviewDetails returnForCorrection(UUID id, long version, String reason) throws ApplicationException {
        tx.write(() -> {
            Interview i = load(id);
            CaseFile c = cases.load(i.getCaseId());
            access.require(Permission.INTERVIEW_COUNTERSIGN, cases.relation(c), TYPE, id);
            if (i.getVersion() != version) {
                throw new ConflictException(new UserMessage("error.conflict"));
            }
            String signed = i.getContentSha256();
            i.returnForCorrection(user.userName(), clock.instant(), reason);
            audit.append(user.userName(), AuditAction.InterviewReturned, TYPE, id, new ChangeSet()
                    .with("contentSha256", signed).with("reason", i.getReturnedReason()));
            return null;
        });
        return get(id);
    }

    /** Adds an addendum to a signed-off interview; the signed content stays as it was. */
    public InterviewDetails addAddendum(UUID id, String body) throws ApplicationException {
        tx.write(() -> {
            Interview i = load(id);
            CaseFile c = cases.load(i.getCaseId());
            requireRecord(i, c);
            InterviewAddendum a = new InterviewAddendum(i, body, user.userName(), clock.instant());
            interviews.add(a);
            audit.append(user.userName(), AuditAction.Create, "InterviewAddendum", a.getId(), new ChangeSet()
                    .with("interviewId", id).with("body", digest(a.getBody())));
            return null;
        });
        return get(id);
    }

    /** Deletes an interview that was never signed off (scheduled by mistake), with a reason. */
    public void delete(UUID id, long version, String reason) throws ApplicationException {
        tx.write(() -> {
            Interview i = load(id);
            CaseFile c = cases.load(i.getCaseId());
            requireRecord(i, c);
            if (i.getVersion() != version) {
                throw new ConflictException(new UserMessage("error.conflict"));
            }
            i.markDeleted(user.userName(), clock.instant(), reason);
            audit.append(user.userName(), AuditAction.Delete, TYPE, id, new ChangeSet().with("reason", reason));
            return null;
        });
    }

    public InterviewDetails get(UUID id) throws ApplicationException {
        return tx.read(() -> {
            Interview i = load(id);
            CaseFile c = cases.load(i.getCaseId());
            if (!visible(i, c)) {
                throw access.deny(Permission.INTERVIEW_VIEW, TYPE, id);
            }
            return details(i, c);
        });
    }

    /** The interviews of a case this user may read, by date. */
    public List<InterviewSummary> list(UUID caseId) throws ApplicationException {
        return tx.read(() -> {
            CaseFile c = cases.load(caseId);
            access.require(Permission.INTERVIEW_VIEW, cases.relation(c), "CaseFile", caseId);
            Map<UUID, String> labels = labels(c.getId());
            List<InterviewSummary> out = new ArrayList<>();
            for (Interview i : interviews.ofCase(caseId)) {
                if (visible(i, c)) {
                    out.add(summary(i, c, labels));
                }
            }
            return out;
        });
    }

    /**
     * Every earlier interview of a person in any case the vault holds, oldest first. Interviews the user may
     * not read show only date, kind, state and unit. Needs the right to see the person.
     */
    public List<RegisterEntry> register(UUID personId) throws ApplicationException {
        return tx.read(() -> {
            CaseRelation toPerson = cases.relationToPerson(personId);
            // a protected person's interviews tell where and when a victim was: only for those who may see them
            boolean protectedPerson = caseStore.links(personId).stream().anyMatch(l -> l.role() == PartyRole.Victim
                    || l.role() == PartyRole.PossibleVictim || l.role() == PartyRole.Witness);
            if (!access.can(Permission.PARTY_VIEW_PROTECTED, toPerson)
                    && (protectedPerson || !access.can(Permission.PERSON_VIEW))) {
                throw access.deny(Permission.PARTY_VIEW_PROTECTED, "Person", personId);
            }
            Map<UUID, CaseFile> caseById = new HashMap<>();
            List<RegisterEntry> out = new ArrayList<>();
            for (Interview i : interviews.ofPerson(personId)) {
                CaseFile c = caseById.computeIfAbsent(i.getCaseId(), cases::load0);
                if (c == null) {
                    continue;
                }
                boolean readable = visible(i, c);
                out.add(new RegisterEntry(readable ? i.getId() : null, readable ? c.getCaseNumber() : null,
                        c.getUnitCode(), i.getKind(), i.getState(), i.getDate(),
                        readable ? i.getConditions().interviewers() : null, readable));
            }
            return out;
        });
    }

    /**
     * True when a signed-off interview's content still hashes to the SHA-256 kept at sign-off and written
     * to the audit trail; false when either was changed outside the app. Open interviews are true.
     */
    public boolean signatureIntact(UUID id) throws ApplicationException {
        return tx.read(() -> {
            Interview i = load(id);
            if (!visible(i, cases.load(i.getCaseId()))) {
                throw access.deny(Permission.INTERVIEW_VIEW, TYPE, id);
            }
            if (!i.isFrozen()) {
                return true;
            }
            String signed = null;
            for (var entry : audit.history(List.of(id))) {
                if (AuditAction.InterviewSignedOff.name().equals(entry.action())) {
                    for (ChangeSet.Change ch : ChangeSet.decode(entry.detail()).changes()) {
                        if (ch.field().equals("contentSha256")) {
                            signed = ch.newValue();
                        }
                    }
                }
            }
            return i.contentHash().equals(i.getContentSha256()) && i.getContentSha256().equals(signed);
        });
    }

    /** Interviews waiting for this supervisor's countersignature (their unit's). */
    public List<InterviewSummary> awaitingCountersign() throws ApplicationException {
        return tx.read(() -> {
            if (!access.holds(Permission.INTERVIEW_COUNTERSIGN)) {
                return List.of();
            }
            List<InterviewSummary> out = new ArrayList<>();
            for (Interview i : interviews.awaitingCountersign(Set.of(user.unitCode()))) {
                CaseFile c = cases.load(i.getCaseId());
                if (access.can(Permission.INTERVIEW_COUNTERSIGN, cases.relation(c))) {
                    out.add(summary(i, c, labels(c.getId())));
                }
            }
            return out;
        });
    }

    /** Whether interviews in the user's unit need a supervisor's countersignature. */
    public boolean countersignRequired() throws ApplicationException {
        return tx.read(() -> countersignRequired(user.unitCode()));
    }

    /** A supervisor sets whether interviews in their unit need a countersignature (applies to later sign-offs). */
    public void requireCountersign(boolean required) throws ApplicationException {
        tx.write(() -> {
            access.requireSome(Permission.INTERVIEW_COUNTERSIGN, "InterviewPolicy");
            Optional<InterviewPolicy> existing = interviews.policy(user.unitCode());
            boolean before = existing.map(InterviewPolicy::isCountersignRequired).orElse(false);
            InterviewPolicy p = existing.orElse(null);
            if (p == null) {
                p = new InterviewPolicy(user.unitCode(), required, user.userName(), clock.instant());
                interviews.add(p);
            } else {
                p.require(required, user.userName(), clock.instant());
            }
            audit.append(user.userName(), AuditAction.Update, "InterviewPolicy", p.getId(), new ChangeSet()
                    .with("unit", user.unitCode()).change("countersignRequired", before, required));
            return null;
        });
    }

    /** The case an interview or addendum belongs to. Call inside a transaction. */
    public Optional<UUID> caseOf(UUID recordId) {
        return interviews.caseOf(recordId);
    }

    /** Ids of a case's interviews and addenda. Call inside a transaction. */
    public List<UUID> partsOf(UUID caseId) {
        return interviews.partIds(caseId);
    }

    // ---- rules ----

    private boolean countersignRequired(String unit) {
        return interviews.policy(unit).map(InterviewPolicy::isCountersignRequired).orElse(false);
    }

    /** Reading: the investigation's readers see all; a caseworker MDT interviews of victims referred to them. */
    private boolean visible(Interview i, CaseFile c) {
        CaseRelation rel = cases.relation(c);
        if (!access.can(Permission.INTERVIEW_VIEW, rel)) {
            return false;
        }
        if (access.can(Permission.CASE_READ_INVESTIGATION, rel)) {
            return true;
        }
        return i.getKind() == InterviewKind.MdtIdentification && referredToMe(c.getId(), i.getPersonId());
    }

    private void requireRecord(Interview i, CaseFile c) throws ApplicationException {
        CaseRelation rel = cases.relation(c);
        access.require(Permission.INTERVIEW_RECORD, rel, TYPE, i.getId());
        if (!visible(i, c)) {
            throw access.deny(Permission.INTERVIEW_VIEW, TYPE, i.getId());
        }
    }

    private boolean referredToMe(UUID caseId, UUID personId) {
        return caseStore.parties(caseId).stream()
                .anyMatch(p -> p.personId().equals(personId) && user.userName().equals(p.referredTo()));
    }

    private void recordChange(Interview i, Map<String, String> before, AuditAction action) {
        ChangeSet diff = ChangeSet.diff(before, auditable(i.auditState()));
        if (!diff.isEmpty()) {
            audit.append(user.userName(), action, TYPE, i.getId(), diff);
        }
    }

    /** The audit trail keeps a statement's hash and length, not its text (it stays in the interview). */
    private static Map<String, String> auditable(Map<String, String> state) {
        Map<String, String> m = new LinkedHashMap<>(state);
        for (String f : LONG_FIELDS) {
            m.computeIfPresent(f, (k, v) -> digest(v));
        }
        return m;
    }

    static String digest(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(h) + " (" + text.length() + ")";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Interview load(UUID id) throws NotFoundException {
        return interviews.find(id).orElseThrow(() -> new NotFoundException(new UserMessage("error.interviewNotFound")));
    }

    /** Persons of a case as screens may show them: the pseudonym for a protected person. */
    private Map<UUID, String> labels(UUID caseId) {
        return caseStore.parties(caseId).stream().collect(Collectors.toMap(PartySummary::personId,
                p -> p.pseudonym() != null ? p.pseudonym() : p.personName(), (a, b) -> a));
    }

    private InterviewSummary summary(Interview i, CaseFile c, Map<UUID, String> labels) {
        return new InterviewSummary(i.getId(), c.getId(), c.getCaseNumber(), i.getPersonId(), labels.get(i.getPersonId()),
                i.getKind(), i.getState(), i.getDate(), i.getConditions().start(), i.getConditions().interviewers(),
                i.getSignedOffBy(), interviews.addenda(i.getId()).size(), i.getVersion());
    }

    private InterviewDetails details(Interview i, CaseFile c) {
        UUID rec = i.getConditions().recordingExhibitId();
        String recNumber = rec == null ? null : exhibits.find(rec).map(Exhibit::getExhibitNumber).orElse(null);
        List<AddendumDetails> addenda = interviews.addenda(i.getId()).stream()
                .map(a -> new AddendumDetails(a.getId(), a.getBody(), a.getCreatedBy(), a.getCreatedAt())).toList();
        return new InterviewDetails(i.getId(), c.getId(), c.getCaseNumber(), i.getPersonId(),
                labels(c.getId()).get(i.getPersonId()), i.getKind(), i.getState(), i.getConditions(), recNumber,
                i.getConsent(), i.getStatement(), i.getSignedOffBy(), i.getSignedOffAt(), i.getContentSha256(),
                i.getCountersignedBy(), i.getCountersignedAt(), i.getReturnedReason(),
                countersignRequired(c.getUnitCode()), addenda, i.getCreatedBy(), i.getCreatedAt(), i.getVersion());
    }

}
