package org.shield.application.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.Page;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.party.PersonService;
import org.shield.application.party.SavePersonCommand;
import org.shield.domain.casefile.CaseFile;
import org.shield.domain.casefile.CaseNote;
import org.shield.domain.casefile.CaseParty;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.casefile.RoleInProcess;
import org.shield.domain.casefile.TraffickingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use cases on cases: open, edit, list, parties, route/timeline, notes. Every method is one short
 * transaction. Blocking; call from a worker thread.
 */
public final class CaseService {
    private static final Logger LOG = LoggerFactory.getLogger(CaseService.class);
    private static final int MAX_PAGE = 500;

    private final TransactionRunner tx;
    private final CaseRepository cases;
    private final PersonService persons;
    private final CurrentUser user;
    private final String deviceTag;
    private final Clock clock;

    public CaseService(TransactionRunner tx, CaseRepository cases, PersonService persons, CurrentUser user,
            String deviceTag, Clock clock) {
        this.tx = tx;
        this.cases = cases;
        this.persons = persons;
        this.user = user;
        this.deviceTag = deviceTag;
        this.clock = clock;
    }

    /** Opens a case and returns its number: {@code UNIT-YEAR-DEVICE-NNNNN}, unique without a server (ADR 0002). */
    public CaseDetails create(CreateCaseCommand cmd) throws ApplicationException {
        CaseDetails created = tx.write(() -> {
            Instant now = clock.instant();
            String unit = cmd.unitCode() == null || cmd.unitCode().isBlank() ? user.unitCode() : cmd.unitCode().strip();
            LocalDate opened = cmd.openedOn() == null ? LocalDate.now(clock) : cmd.openedOn();
            String prefix = CaseNumbers.prefix(unit, opened.getYear(), deviceTag);
            String number = CaseNumbers.format(prefix, cases.nextSequence(prefix));
            CaseFile c = new CaseFile(number, cmd.title(), unit, opened, user.userName(), now);
            c.assign(unit, cmd.leadInvestigator() == null ? user.userName() : cmd.leadInvestigator());
            c.setExploitationTypes(cmd.exploitationTypes());
            c.setTags(cmd.tags());
            c.describe(cmd.summary());
            if (cmd.sensitivity() != null) {
                c.classify(cmd.sensitivity());
            }
            if (cmd.status() != null && cmd.status() != CaseStatus.Active) {
                c.changeStatus(cmd.status(), null, LocalDate.now(clock));
            }
            cases.add(c);
            return CaseMapper.details(c);
        });
        LOG.info("case created id={}", created.id());
        return created;
    }

    /** Saves an edited overview. A version other than the stored one is a conflict: nothing is overwritten. */
    public CaseDetails update(UpdateCaseCommand cmd) throws ApplicationException {
        tx.write(() -> {
            CaseFile c = load(cmd.id());
            if (c.getVersion() != cmd.version()) {
                throw new ConflictException(new UserMessage("error.conflict"));
            }
            c.rename(cmd.title());
            c.assign(cmd.unitCode(), cmd.leadInvestigator());
            c.describe(cmd.summary());
            c.classify(cmd.sensitivity() == null ? c.getSensitivity() : cmd.sensitivity());
            c.setExploitationTypes(cmd.exploitationTypes());
            c.setTags(cmd.tags());
            boolean closing = cmd.status() == CaseStatus.Closed || cmd.status() == CaseStatus.ClosedReferred;
            LocalDate closedOn = !closing ? null : cmd.closedOn() != null ? cmd.closedOn()
                    : c.getClosedOn() != null ? c.getClosedOn() : LocalDate.now(clock);
            c.reschedule(cmd.openedOn() == null ? c.getOpenedOn() : cmd.openedOn(),
                    cmd.status() == null ? c.getStatus() : cmd.status(),
                    closing ? cmd.closureReason() : null, closedOn);
            c.touch(user.userName(), clock.instant());
            return null;
        });
        return get(cmd.id()); // re-read: the version is incremented at commit
    }

    /**
     * Deletes a case by tombstone: it leaves every list and search but stays in the store with who,
     * when and why. A stale version is a conflict.
     */
    public void delete(UUID id, long version, String reason) throws ApplicationException {
        tx.write(() -> {
            CaseFile c = load(id);
            if (c.getVersion() != version) {
                throw new ConflictException(new UserMessage("error.conflict"));
            }
            c.markDeleted(user.userName(), clock.instant(), reason);
            return null;
        });
        LOG.info("case deleted id={}", id);
    }

    public CaseDetails get(UUID id) throws ApplicationException {
        return tx.read(() -> CaseMapper.details(load(id)));
    }

    public CaseDetails getByNumber(String caseNumber) throws ApplicationException {
        return tx.read(() -> CaseMapper.details(cases.findByNumber(caseNumber == null ? "" : caseNumber.strip())
                .orElseThrow(() -> new NotFoundException(new UserMessage("error.caseNotFound", caseNumber)))));
    }

    public Page<CaseSummary> page(CaseQuery query, int pageIndex, int pageSize) throws ApplicationException {
        if (pageIndex < 0 || pageSize < 1 || pageSize > MAX_PAGE) {
            throw new ValidationException(new UserMessage("error.badPage"));
        }
        return tx.read(() -> cases.page(query, pageIndex, pageSize));
    }

    public List<CaseSummary> list(CaseQuery query) throws ApplicationException {
        return tx.read(() -> cases.all(query));
    }

    public PartySummary addParty(AddPartyCommand cmd) throws ApplicationException {
        return tx.write(() -> {
            load(cmd.caseId());
            persons.get(cmd.personId());
            CaseParty p = new CaseParty(cmd.caseId(), cmd.personId(), cmd.role(), cmd.roleInProcess(), cmd.note(),
                    user.userName(), clock.instant());
            cases.add(p);
            return cases.parties(cmd.caseId()).stream().filter(s -> s.partyId().equals(p.getId())).findFirst()
                    .orElseThrow();
        });
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
            load(caseId);
            UUID personId = persons.save(person).id();
            return addParty(new AddPartyCommand(caseId, personId, role, roleInProcess, note));
        });
    }

    public List<PartySummary> parties(UUID caseId) throws ApplicationException {
        return tx.read(() -> {
            load(caseId);
            return cases.parties(caseId);
        });
    }

    public EventDetails recordEvent(RecordEventCommand cmd) throws ApplicationException {
        return tx.write(() -> {
            load(cmd.caseId());
            TraffickingEvent e = new TraffickingEvent(cmd.caseId(), cmd.type(), user.userName(), clock.instant());
            e.locate(cmd.date(), cmd.place(), cmd.country(), cmd.latitude(), cmd.longitude());
            e.describe(cmd.description());
            cases.add(e);
            return CaseMapper.event(e);
        });
    }

    /** The route/timeline in date order (undated steps last). */
    public List<EventDetails> events(UUID caseId) throws ApplicationException {
        return tx.read(() -> {
            load(caseId);
            return cases.events(caseId).stream().map(CaseMapper::event).toList();
        });
    }

    public NoteDetails addNote(AddNoteCommand cmd) throws ApplicationException {
        return tx.write(() -> {
            load(cmd.caseId());
            if (cmd.correctsNoteId() != null) {
                CaseNote corrected = cases.findNote(cmd.correctsNoteId())
                        .orElseThrow(() -> new NotFoundException(new UserMessage("error.noteNotFound")));
                if (!Objects.equals(corrected.getCaseId(), cmd.caseId())) {
                    throw new ValidationException(new UserMessage("note.correctsOtherCase"));
                }
            }
            CaseNote n = new CaseNote(cmd.caseId(), cmd.body(), cmd.correctsNoteId(), user.userName(), clock.instant());
            cases.add(n);
            return CaseMapper.note(n);
        });
    }

    /** Notes oldest first. */
    public List<NoteDetails> notes(UUID caseId) throws ApplicationException {
        return tx.read(() -> {
            load(caseId);
            return cases.notes(caseId).stream().map(CaseMapper::note).toList();
        });
    }

    public long count() throws ApplicationException {
        return tx.read(cases::count);
    }

    private CaseFile load(UUID id) throws NotFoundException {
        return cases.find(id).orElseThrow(() -> new NotFoundException(new UserMessage("error.caseNotFound", "")));
    }
}
