package org.shield.application.care;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.application.access.AccessControl;
import org.shield.application.audit.AuditStore;
import org.shield.application.casefile.CaseRepository;
import org.shield.application.casefile.CaseService;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;
import org.shield.domain.care.CareNote;
import org.shield.domain.care.CareNoteKind;
import org.shield.domain.casefile.CaseFile;
import org.shield.domain.security.Permission;

/**
 * Counselling and medical notes about a victim: visible to caseworkers only, namely the caseworker the victim
 * is referred to ({@code CARE_NOTE_VIEW}, {@code CARE_NOTE_RECORD}, scope "referred"; never investigators,
 * supervisors, administrators or auditors: docs/PERMISSIONS.md, ADR 0015). A refused read is recorded in the
 * audit trail like every denial and raised with the plain message "visible to caseworkers only". Notes are
 * append-only; a correction is a new note pointing at the corrected one. The trail and the case's record
 * history keep who wrote which kind of note when, never the text. Blocking; call from a worker thread.
 */
public final class CareNoteService {
    static final String TYPE = "CareNote";

    private final TransactionRunner tx;
    private final CareNoteRepository notes;
    private final CaseService cases;
    private final AccessControl access;
    private final AuditStore audit;
    private final CurrentUser user;
    private final Clock clock;
    private final VictimAccess victims;

    public CareNoteService(TransactionRunner tx, CareNoteRepository notes, CaseService cases, CaseRepository caseStore,
            AccessControl access, AuditStore audit, Clock clock) {
        this.tx = tx;
        this.notes = notes;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.user = access.user();
        this.clock = clock;
        this.victims = new VictimAccess(cases, caseStore, access);
    }

    /**
     * True if the user may read the notes of this victim of the case (no audit entry either way): for showing
     * or hiding, the reads check again.
     */
    public boolean mayRead(UUID caseId, UUID personId) throws ApplicationException {
        return tx.read(() -> {
            CaseFile c = cases.load0(caseId);
            return c != null && victims.may(c, personId, Permission.CARE_NOTE_VIEW);
        });
    }

    /**
     * True if the user may read care notes in this case at all (a caseworker with a person of the case referred
     * to them); which victims is {@link #mayRead(UUID, UUID)}. For showing or hiding; no audit entry.
     */
    public boolean mayRead(UUID caseId) throws ApplicationException {
        return tx.read(() -> {
            CaseFile c = cases.load0(caseId);
            return c != null && access.can(Permission.CARE_NOTE_VIEW, cases.relation(c));
        });
    }

    /** Writes a new note about a victim of the case. */
    public CareNoteDetails write(UUID caseId, UUID personId, CareNoteKind kind, String body)
            throws ApplicationException {
        return tx.write(() -> {
            CaseFile c = cases.load(caseId);
            require(c, personId, Permission.CARE_NOTE_RECORD);
            return add(new CareNote(c.getId(), personId, kind, body, null, user.userName(), clock.instant()));
        });
    }

    /** Writes a correction of a note: a new note pointing at it; both stay readable. */
    public CareNoteDetails correct(UUID correctedNoteId, CareNoteKind kind, String body) throws ApplicationException {
        return tx.write(() -> {
            CareNote corrected = notes.findNote(correctedNoteId)
                    .orElseThrow(() -> new NotFoundException(new UserMessage("error.careNoteNotFound")));
            CaseFile c = cases.load(corrected.getCaseId());
            require(c, corrected.getPersonId(), Permission.CARE_NOTE_RECORD);
            return add(new CareNote(c.getId(), corrected.getPersonId(), kind == null ? corrected.getKind() : kind,
                    body, corrected, user.userName(), clock.instant()));
        });
    }

    /** The victim's notes in the case, oldest first; a refused read is recorded and says who may read them. */
    public List<CareNoteDetails> notes(UUID caseId, UUID personId) throws ApplicationException {
        return tx.read(() -> {
            require(cases.load(caseId), personId, Permission.CARE_NOTE_VIEW);
            return notes.notes(caseId, personId).stream().map(CareNoteService::details).toList();
        });
    }

    /** The case a note belongs to. Call inside a transaction. */
    public Optional<UUID> caseOf(UUID recordId) {
        return notes.caseOf(recordId);
    }

    /** Ids of a case's notes. Call inside a transaction. */
    public List<UUID> partsOf(UUID caseId) {
        return notes.partIds(caseId);
    }

    private void require(CaseFile c, UUID personId, Permission p) throws ApplicationException {
        try {
            victims.require(c, personId, p, TYPE);
        } catch (AccessDeniedException denied) {
            // already recorded in the trail by the access check; the message says who may read these notes
            throw new AccessDeniedException(new UserMessage("careNote.caseworkersOnly"), denied);
        }
    }

    private CareNoteDetails add(CareNote n) {
        notes.add(n);
        audit.append(user.userName(), AuditAction.Create, TYPE, n.getId(), new ChangeSet()
                .with("caseId", n.getCaseId()).with("personId", n.getPersonId()).with("kind", n.getKind())
                .with("correctsNoteId", n.getCorrectsNoteId()));
        return details(n);
    }

    private static CareNoteDetails details(CareNote n) {
        return new CareNoteDetails(n.getId(), n.getCaseId(), n.getPersonId(), n.getKind(), n.getBody(),
                n.getCorrectsNoteId(), n.getCreatedBy(), n.getCreatedAt());
    }
}
