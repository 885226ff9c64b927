package org.shield.application.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.shield.application.audit.AuditStore;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ApprovalNeededException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.Page;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.party.PersonRepository;
import org.shield.application.party.PersonService;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.access.AccessControl;
import org.shield.application.access.UserRepository;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;
import org.shield.domain.casefile.CaseFile;
import org.shield.domain.casefile.CaseNote;
import org.shield.domain.casefile.CaseParty;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.casefile.RoleInProcess;
import org.shield.domain.casefile.TraffickingEvent;
import org.shield.domain.party.Person;
import org.shield.domain.party.Pseudonyms;
import org.shield.domain.security.CaseRelation;
import org.shield.domain.security.Permission;
import org.shield.domain.security.Role;
import org.shield.domain.security.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use cases on cases: open, edit, list, parties, route/timeline, notes, team and referrals. Every method
 * is one short transaction, checks the user's rights on the case first (need-to-know, see
 * {@link org.shield.domain.security.AccessPolicy}) and records what it changed in the audit trail.
 * Blocking; call from a worker thread.
 */
public final class CaseService {
    private static final Logger LOG = LoggerFactory.getLogger(CaseService.class);
    private static final int MAX_PAGE = 500;
    static final String TYPE = "CaseFile";

    private final TransactionRunner tx;
    private final CaseRepository cases;
    private final PersonService persons;
    private final PersonRepository personStore;
    private final UserRepository users;
    private final AccessControl access;
    private final AuditStore audit;
    private final CurrentUser user;
    private final org.shield.application.common.DeviceTag deviceTag;
    private final Clock clock;

    public CaseService(TransactionRunner tx, CaseRepository cases, PersonService persons, PersonRepository personStore,
            UserRepository users, AccessControl access, AuditStore audit,
            org.shield.application.common.DeviceTag deviceTag, Clock clock) {
        this.tx = tx;
        this.cases = cases;
        this.persons = persons;
        this.personStore = personStore;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.user = access.user();
        this.deviceTag = deviceTag;
        this.clock = clock;
    }

    /**
     * Opens a case and returns its number: {@code UNIT-YEAR-DEVICE-NNNNN}, unique without a server (ADR 0002).
     * The creator leads it unless another lead is named; then the creator joins the team. Recording a case
     * as already closed (an old case typed in) needs the right to decide approvals in that unit.
     */
    public CaseDetails create(CreateCaseCommand cmd) throws ApplicationException {
        CaseDetails created = tx.write(() -> {
            access.require(Permission.CASE_CREATE, TYPE, null);
            Instant now = clock.instant();
            audit.reserve();
            String unit = cmd.unitCode() == null || cmd.unitCode().isBlank() ? user.unitCode()
                    : cmd.unitCode().strip().toUpperCase(java.util.Locale.ROOT);
            LocalDate opened = cmd.openedOn() == null ? LocalDate.now(clock) : cmd.openedOn();
            String prefix = CaseNumbers.prefix(unit, opened.getYear(), deviceTag.current());
            String number = CaseNumbers.format(prefix, cases.nextSequence(prefix));
            CaseFile c = new CaseFile(number, cmd.title(), unit, opened, user.userName(), now);
            String lead = cmd.leadInvestigator() == null || cmd.leadInvestigator().isBlank() ? user.userName()
                    : cmd.leadInvestigator().strip();
            c.assign(unit, lead);
            if (!lead.equals(user.userName())) {
                c.setTeam(Set.of(user.userName()));
            }
            c.setExploitationTypes(cmd.exploitationTypes());
            c.setTags(cmd.tags());
            c.describe(cmd.summary());
            if (cmd.sensitivity() != null) {
                c.classify(cmd.sensitivity());
            }
            if (cmd.status() != null && cmd.status() != CaseStatus.Active) {
                if (isClosing(cmd.status())) {
                    access.require(Permission.APPROVAL_DECIDE, relation(c), TYPE, null);
                }
                c.changeStatus(cmd.status(), null, LocalDate.now(clock));
            }
            cases.add(c);
            audit.append(user.userName(), AuditAction.Create, TYPE, c.getId(),
                    ChangeSet.diff(Map.of(), c.auditState()));
            return details(c);
        });
        LOG.info("case created id={}", created.id());
        return created;
    }

    /**
     * Saves an edited overview. A version other than the stored one is a conflict: nothing is
     * overwritten. Closing goes through {@code ApprovalService.requestClosure}; reopening and changing
     * the unit or lead need the matching rights.
     */
    public CaseDetails update(UpdateCaseCommand cmd) throws ApplicationException {
        tx.write(() -> {
            CaseFile c = load(cmd.id());
            CaseRelation rel = relation(c);
            access.require(Permission.CASE_EDIT, rel, TYPE, c.getId());
            if (c.getVersion() != cmd.version()) {
                throw new ConflictException(new UserMessage("error.conflict"));
            }
            Map<String, String> before = c.auditState();
            CaseStatus next = cmd.status() == null ? c.getStatus() : cmd.status();
            if (isClosing(next) && !c.isClosed()) {
                throw new ApprovalNeededException(new UserMessage("case.closure.needsApproval"));
            }
            if (c.isClosed() && (next != c.getStatus()
                    || cmd.closureReason() != null && !cmd.closureReason().strip().equals(c.getClosureReason())
                    || cmd.closedOn() != null && !cmd.closedOn().equals(c.getClosedOn()))) {
                // reopening, or changing how or when a closed case was closed, is a supervisor's decision
                access.require(Permission.CASE_REOPEN, rel, TYPE, c.getId());
            }
            String unit = cmd.unitCode() == null ? c.getUnitCode()
                    : cmd.unitCode().strip().toUpperCase(java.util.Locale.ROOT);
            if (!Objects.equals(unit, c.getUnitCode()) || !Objects.equals(cmd.leadInvestigator(), c.getLeadInvestigator())) {
                access.require(Permission.CASE_ASSIGN, rel, TYPE, c.getId());
            }
            c.rename(cmd.title());
            c.assign(unit, cmd.leadInvestigator());
            c.describe(cmd.summary());
            c.classify(cmd.sensitivity() == null ? c.getSensitivity() : cmd.sensitivity());
            c.setExploitationTypes(cmd.exploitationTypes());
            c.setTags(cmd.tags());
            boolean closing = isClosing(next);
            LocalDate closedOn = !closing ? null : cmd.closedOn() != null ? cmd.closedOn()
                    : c.getClosedOn() != null ? c.getClosedOn() : LocalDate.now(clock);
            c.reschedule(cmd.openedOn() == null ? c.getOpenedOn() : cmd.openedOn(), next,
                    closing ? (cmd.closureReason() == null ? c.getClosureReason() : cmd.closureReason()) : null,
                    closedOn);
            recordUpdate(c, before);
            return null;
        });
        return get(cmd.id()); // re-read: the version is incremented at commit
    }

    /** Sets the lead and the team (supervisors of the case's unit). */
    public CaseDetails assignTeam(UUID caseId, long version, String lead, Set<String> team) throws ApplicationException {
        tx.write(() -> {
            CaseFile c = load(caseId);
            access.require(Permission.CASE_ASSIGN, relation(c), TYPE, caseId);
            if (c.getVersion() != version) {
                throw new ConflictException(new UserMessage("error.conflict"));
            }
            for (String member : concat(lead, team)) {
                requireUser(member, null);
            }
            Map<String, String> before = c.auditState();
            c.assign(c.getUnitCode(), lead);
            c.setTeam(team);
            recordUpdate(c, before);
            return null;
        });
        return get(caseId);
    }

    /**
     * Deletes a case by tombstone: it leaves every list and search but stays in the store with who,
     * when and why. A stale version is a conflict.
     */
    public void delete(UUID id, long version, String reason) throws ApplicationException {
        tx.write(() -> {
            CaseFile c = load(id);
            access.require(Permission.CASE_DELETE, relation(c), TYPE, id);
            if (c.getVersion() != version) {
                throw new ConflictException(new UserMessage("error.conflict"));
            }
            c.markDeleted(user.userName(), clock.instant(), reason);
            audit.append(user.userName(), AuditAction.Delete, TYPE, id, new ChangeSet().with("reason", reason));
            return null;
        });
        LOG.info("case deleted id={}", id);
    }

    public CaseDetails get(UUID id) throws ApplicationException {
        return tx.read(() -> {
            CaseFile c = load(id);
            access.require(Permission.CASE_VIEW, relation(c), TYPE, id);
            return details(c);
        });
    }

    public CaseDetails getByNumber(String caseNumber) throws ApplicationException {
        return tx.read(() -> {
            CaseFile c = cases.findByNumber(caseNumber == null ? "" : caseNumber.strip())
                    .orElseThrow(() -> new NotFoundException(new UserMessage("error.caseNotFound", caseNumber)));
            access.require(Permission.CASE_VIEW, relation(c), TYPE, c.getId());
            return details(c);
        });
    }

    /** One page of the cases this user may see (their team's, their unit's, or with victims referred to them). */
    public Page<CaseSummary> page(CaseQuery query, int pageIndex, int pageSize) throws ApplicationException {
        return inScope(pageIndex, pageSize, scope -> cases.page(query, scope, pageIndex, pageSize));
    }

    /**
     * One page of the cases this user may see, without the total: the list shows these first and the total when
     * {@link #countMatching} has counted it (a count reads every case row in scope).
     */
    public List<CaseSummary> pageRows(CaseQuery query, int pageIndex, int pageSize) throws ApplicationException {
        return inScope(pageIndex, pageSize, scope -> cases.rows(query, scope, pageIndex, pageSize));
    }

    /** How many cases this user may see match the query (the total of {@link #pageRows}). */
    public long countMatching(CaseQuery query) throws ApplicationException {
        return inScope(0, 1, scope -> cases.count(query, scope));
    }

    /** A read of the case list (its page, rows or total) under the list's access rule, in the user's scope. */
    private <T> T inScope(int pageIndex, int pageSize, Function<CaseScope, T> read)
            throws ApplicationException {
        if (pageIndex < 0 || pageSize < 1 || pageSize > MAX_PAGE) {
            throw new ValidationException(new UserMessage("error.badPage"));
        }
        return tx.read(() -> {
            access.requireSome(Permission.CASE_VIEW, TYPE);
            return read.apply(scope());
        });
    }

    public List<CaseSummary> list(CaseQuery query) throws ApplicationException {
        return tx.read(() -> {
            access.requireSome(Permission.CASE_VIEW, TYPE);
            return cases.all(query, scope());
        });
    }

    /**
     * Puts a known person into a case. A protected role (victim, possible victim, witness) gives the
     * person a pseudonym if they have none. Making someone a suspect who is recorded as a (possible)
     * victim in any case is refused with {@link ApprovalNeededException}: the non-punishment guard;
     * ask a supervisor through {@code ApprovalService.requestSuspectDesignation}.
     */
    public PartySummary addParty(AddPartyCommand cmd) throws ApplicationException {
        return tx.write(() -> {
            CaseFile c = load(cmd.caseId());
            access.require(Permission.PARTY_ADD, relation(c), TYPE, c.getId());
            requireMayLinkProtected(cmd.personId());
            audit.reserve(); // serialises party changes, so two at once cannot both pass the guard below
            if (cmd.role() == PartyRole.Suspect && recordedAsVictim(cmd.personId())) {
                throw new ApprovalNeededException(new UserMessage("nonPunishment.needsApproval"));
            }
            return insertParty(c, cmd);
        });
    }

    /**
     * A protected person is put into another case only by someone who may already reveal them (through
     * one of their cases): otherwise adding them to one's own new case would open their identity.
     */
    private void requireMayLinkProtected(UUID personId) throws ApplicationException {
        Person person = personStore.find(personId)
                .orElseThrow(() -> new NotFoundException(new UserMessage("error.personNotFound")));
        if (person.isProtected() && !access.can(Permission.IDENTITY_REVEAL, relationToPerson(personId))) {
            throw access.deny(Permission.IDENTITY_REVEAL, "Person", personId);
        }
    }

    /**
     * Carries out a suspect designation that a supervisor has just approved: the party is added without
     * the guard, and only for that approval (approved, of that kind, for that case and person). Called
     * inside the approving transaction by {@code ApprovalService}.
     */
    public PartySummary addApprovedParty(org.shield.domain.approval.Approval approval) throws ApplicationException {
        if (approval.getState() != org.shield.domain.approval.ApprovalState.Approved
                || approval.getKind() != org.shield.domain.approval.ApprovalKind.SuspectDesignation
                || approval.getDecidedBy() == null || !approval.getDecidedBy().equals(user.userName())) {
            throw new IllegalStateException("not an approved suspect designation decided by this user");
        }
        return tx.write(() -> insertParty(load(approval.getCaseId()), new AddPartyCommand(approval.getCaseId(),
                approval.getSubjectId(), PartyRole.Suspect, approval.getRequestedValue() == null ? null
                        : RoleInProcess.valueOf(approval.getRequestedValue()), null)));
    }

    private PartySummary insertParty(CaseFile c, AddPartyCommand cmd) throws ApplicationException {
        audit.reserve();
        Person person = personStore.find(cmd.personId())
                .orElseThrow(() -> new NotFoundException(new UserMessage("error.personNotFound")));
        CaseParty p = new CaseParty(c.getId(), cmd.personId(), cmd.role(), cmd.roleInProcess(), cmd.note(),
                user.userName(), clock.instant());
        if (p.isProtectedRole() && !person.isProtected()) {
            int year = LocalDate.now(clock).getYear();
            String prefix = Pseudonyms.prefix(p.isVictimRole(), year, deviceTag.current());
            person.protectAs(Pseudonyms.format(prefix, cases.nextSequence("PSEUDONYM:" + prefix)));
            audit.append(user.userName(), AuditAction.Update, "Person", person.getId(),
                    new ChangeSet().change("pseudonym", null, person.getPseudonym()));
        }
        cases.add(p);
        audit.append(user.userName(), AuditAction.Create, "CaseParty", p.getId(), new ChangeSet()
                .with("caseId", c.getId()).with("personId", cmd.personId()).with("role", cmd.role())
                .with("roleInProcess", cmd.roleInProcess()).with("note", cmd.note()));
        return cases.parties(c.getId()).stream().filter(s -> s.partyId().equals(p.getId())).findFirst()
                .map(CaseService::shown).orElseThrow();
    }

    /** True once the person is recorded as a victim or possible victim in any case. */
    public boolean recordedAsVictim(UUID personId) throws ApplicationException {
        return tx.read(() -> cases.links(personId).stream()
                .anyMatch(l -> l.role() == PartyRole.Victim || l.role() == PartyRole.PossibleVictim));
    }

    /**
     * Records a new person and puts them into the case in one transaction, so a failure leaves neither
     * behind and a retry cannot create the same person twice.
     */
    public PartySummary addNewPersonAsParty(SavePersonCommand person, UUID caseId, PartyRole role,
            RoleInProcess roleInProcess, String note) throws ApplicationException {
        if (person.id() != null) {
            throw new ValidationException(new UserMessage("error.personNotNew"));
        }
        return tx.write(() -> {
            CaseFile c = load(caseId);
            access.require(Permission.PARTY_ADD, relation(c), TYPE, caseId);
            audit.reserve();
            UUID personId = persons.save(person).id();
            return addParty(new AddPartyCommand(caseId, personId, role, roleInProcess, note));
        });
    }

    /**
     * The parties this user may see: all of them (protected ones by pseudonym) for those who read the
     * investigation; only the victims referred to them for a caseworker.
     */
    public List<PartySummary> parties(UUID caseId) throws ApplicationException {
        return tx.read(() -> {
            CaseFile c = load(caseId);
            CaseRelation rel = relation(c);
            if (access.can(Permission.CASE_READ_INVESTIGATION, rel)) {
                return cases.parties(caseId).stream().map(CaseService::shown).toList();
            }
            access.require(Permission.PARTY_VIEW_PROTECTED, rel, TYPE, caseId);
            return cases.parties(caseId).stream()
                    .filter(p -> p.protectedIdentity() && user.userName().equals(p.referredTo()))
                    .map(CaseService::shown).toList();
        });
    }

    /**
     * A redactor for printing this case: it removes the identities of every protected person of the case
     * (victims and witnesses, including those this user does not see as parties, such as another
     * caseworker's victim) and of {@code alsoPersons}, from free text. The terms stay inside the redactor.
     * Needs the right to see the case.
     */
    public org.shield.application.party.IdentityRedactor redactorFor(UUID caseId,
            java.util.Collection<UUID> alsoPersons, String numberReplacement) throws ApplicationException {
        List<UUID> ids = tx.read(() -> {
            CaseFile c = load(caseId);
            access.require(Permission.CASE_VIEW, relation(c), TYPE, caseId);
            List<UUID> out = new java.util.ArrayList<>(cases.parties(caseId).stream()
                    .filter(PartySummary::protectedIdentity).map(PartySummary::personId).toList());
            out.addAll(alsoPersons);
            return out;
        });
        return persons.redactorFor(ids, numberReplacement);
    }

    /** Refers a victim or witness of the case to a caseworker (or ends the referral with null). */
    public PartySummary referParty(UUID partyId, String caseworker) throws ApplicationException {
        return tx.write(() -> {
            CaseParty p = cases.findParty(partyId)
                    .orElseThrow(() -> new NotFoundException(new UserMessage("error.partyNotFound")));
            CaseFile c = load(p.getCaseId());
            access.require(Permission.PARTY_REFER, relation(c), "CaseParty", partyId);
            String to = caseworker == null || caseworker.isBlank() ? null : caseworker.strip();
            if (to != null) {
                requireUser(to, Role.Caseworker);
            }
            String before = p.getReferredTo();
            p.referTo(to);
            p.touch(user.userName(), clock.instant());
            audit.append(user.userName(), AuditAction.Update, "CaseParty", partyId,
                    new ChangeSet().change("referredTo", before, to));
            return cases.parties(c.getId()).stream().filter(s -> s.partyId().equals(partyId)).findFirst()
                    .map(CaseService::shown).orElseThrow();
        });
    }

    public EventDetails recordEvent(RecordEventCommand cmd) throws ApplicationException {
        return tx.write(() -> {
            CaseFile c = load(cmd.caseId());
            access.require(Permission.CASE_EDIT, relation(c), TYPE, c.getId());
            TraffickingEvent e = new TraffickingEvent(cmd.caseId(), cmd.type(), user.userName(), clock.instant());
            e.locate(cmd.date(), cmd.place(), cmd.country(), cmd.latitude(), cmd.longitude());
            e.describe(cmd.description());
            cases.add(e);
            audit.append(user.userName(), AuditAction.Create, "TraffickingEvent", e.getId(), new ChangeSet()
                    .with("caseId", c.getId()).with("type", cmd.type()).with("date", cmd.date())
                    .with("place", cmd.place()).with("country", cmd.country()).with("description", cmd.description()));
            return CaseMapper.event(e);
        });
    }

    /** The route/timeline in date order (undated steps last). */
    public List<EventDetails> events(UUID caseId) throws ApplicationException {
        return tx.read(() -> {
            CaseFile c = load(caseId);
            access.require(Permission.CASE_READ_INVESTIGATION, relation(c), TYPE, caseId);
            return cases.events(caseId).stream().map(CaseMapper::event).toList();
        });
    }

    public NoteDetails addNote(AddNoteCommand cmd) throws ApplicationException {
        return tx.write(() -> {
            CaseFile c = load(cmd.caseId());
            access.require(Permission.CASE_EDIT, relation(c), TYPE, c.getId());
            if (cmd.correctsNoteId() != null) {
                CaseNote corrected = cases.findNote(cmd.correctsNoteId())
                        .orElseThrow(() -> new NotFoundException(new UserMessage("error.noteNotFound")));
                if (!Objects.equals(corrected.getCaseId(), cmd.caseId())) {
                    throw new ValidationException(new UserMessage("note.correctsOtherCase"));
                }
            }
            CaseNote n = new CaseNote(cmd.caseId(), cmd.body(), cmd.correctsNoteId(), user.userName(), clock.instant());
            cases.add(n);
            audit.append(user.userName(), AuditAction.Create, "CaseNote", n.getId(), new ChangeSet()
                    .with("caseId", c.getId()).with("correctsNoteId", cmd.correctsNoteId()).with("body", cmd.body()));
            return CaseMapper.note(n);
        });
    }

    /** Notes oldest first. */
    public List<NoteDetails> notes(UUID caseId) throws ApplicationException {
        return tx.read(() -> {
            CaseFile c = load(caseId);
            access.require(Permission.CASE_READ_INVESTIGATION, relation(c), TYPE, caseId);
            return cases.notes(caseId).stream().map(CaseMapper::note).toList();
        });
    }

    /**
     * Records that case data left the vault in a machine-readable form (a CSV or JSON list, a case as
     * JSON): who, when, what and how many rows. {@code caseId} null for a list.
     */
    public void recordExport(UUID caseId, String format, long rows) throws ApplicationException {
        tx.write(() -> {
            access.requireSome(Permission.CASE_VIEW, TYPE);
            audit.append(user.userName(), AuditAction.Export, TYPE, caseId,
                    new ChangeSet().with("format", format).with("rows", rows));
            return null;
        });
    }

    /** Live cases in the vault (a count only: no content). */
    public long count() throws ApplicationException {
        return tx.read(cases::count);
    }

    /** How the user stands to a case. Call inside a transaction. */
    public CaseRelation relation(CaseFile c) {
        boolean referred = user.has(Role.Caseworker) && c.getId() != null && cases.hasReferral(c.getId(), user.userName());
        return new CaseRelation(c.isOnTeam(user.userName()), Objects.equals(c.getUnitCode(), user.unitCode()), referred);
    }

    /** How the user stands to a case by id (NONE when it does not exist). Call inside a transaction. */
    public CaseRelation relation(UUID caseId) {
        return cases.find(caseId).map(this::relation).orElse(CaseRelation.NONE);
    }

    /**
     * The best relation the user has to a person through the cases the person is a party in: a person is
     * as visible as the most visible of their cases allows.
     */
    public CaseRelation relationToPerson(UUID personId) {
        boolean team = false;
        boolean unit = false;
        boolean referred = false;
        for (PartyLink l : cases.links(personId)) {
            CaseFile c = cases.find(l.caseId()).orElse(null);
            if (c == null) {
                continue;
            }
            team |= c.isOnTeam(user.userName());
            unit |= Objects.equals(c.getUnitCode(), user.unitCode());
            referred |= user.userName().equals(l.referredTo());
        }
        return new CaseRelation(team, unit, referred);
    }

    /** The parties, route steps, notes and approval requests of a case; empty if the id is not a case. */
    public List<UUID> partsOf(UUID recordId) {
        return cases.find(recordId).isPresent() ? cases.partIds(recordId) : List.of();
    }

    /** The case a record belongs to (the case itself, or the case of a party, route step or note). */
    public java.util.Optional<UUID> caseOf(UUID recordId) {
        if (cases.find(recordId).isPresent()) {
            return java.util.Optional.of(recordId);
        }
        return cases.caseOf(recordId);
    }

    /** Loads a live case for another service inside its transaction. */
    public CaseFile load(UUID id) throws NotFoundException {
        return cases.find(id).orElseThrow(() -> new NotFoundException(new UserMessage("error.caseNotFound", "")));
    }

    /** A case by id even if deleted or absent (null), for labels. Call inside a transaction. */
    public CaseFile load0(UUID id) {
        return cases.find(id).orElse(null);
    }

    /** Records the field-by-field change of a case and stamps who changed it. Call inside the transaction. */
    public void recordUpdate(CaseFile c, Map<String, String> before) {
        ChangeSet diff = ChangeSet.diff(before, c.auditState());
        if (!diff.isEmpty()) {
            c.touch(user.userName(), clock.instant());
            audit.append(user.userName(), AuditAction.Update, TYPE, c.getId(), diff);
        }
    }

    private CaseDetails details(CaseFile c) {
        CaseRelation rel = relation(c);
        Set<Permission> allowed = EnumSet.noneOf(Permission.class);
        for (Permission p : Permission.values()) {
            if (access.can(p, rel)) {
                allowed.add(p);
            }
        }
        return CaseMapper.details(c, allowed);
    }

    private CaseScope scope() {
        Set<Role> r = user.roles();
        return new CaseScope(user.userName(), user.unitCode(), r.contains(Role.Investigator),
                r.contains(Role.Supervisor), r.contains(Role.Caseworker));
    }

    private void requireUser(String name, Role role) throws ValidationException {
        UserAccount u = users.find(name).orElse(null);
        if (u == null || u.isDisabled()) {
            throw new ValidationException(new UserMessage("error.userUnknown", name));
        }
        if (role != null && !u.getRoles().contains(role)) {
            throw new ValidationException(new UserMessage("error.userNotCaseworker", name));
        }
    }

    private static List<String> concat(String lead, Set<String> team) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        if (lead != null && !lead.isBlank()) {
            all.add(lead.strip());
        }
        if (team != null) {
            team.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).forEach(all::add);
        }
        return all;
    }

    private static boolean isClosing(CaseStatus s) {
        return s == CaseStatus.Closed || s == CaseStatus.ClosedReferred;
    }

    /** The row as screens show it: the pseudonym instead of the name for a protected person. */
    private static PartySummary shown(PartySummary p) {
        if (p.pseudonym() == null) {
            return p;
        }
        return new PartySummary(p.partyId(), p.personId(), p.pseudonym(), p.pseudonym(), p.role(), p.roleInProcess(),
                p.note(), p.referredTo(), p.version());
    }
}
