package org.shield.domain.care;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * A counselling or medical note about a victim, written by their caseworker. Append-only like case notes:
 * no setters; a correction is a new note pointing at the one it corrects (of the same victim), and both
 * stay readable. Who may read them is narrower than the rest of care: see docs/PERMISSIONS.md.
 */
@Entity
@Table(name = "care_note")
public class CareNote extends BaseEntity {
    public static final int TEXT_MAX = 20_000;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private CareNoteKind kind;
    @Lob
    @Column(name = "body", nullable = false, updatable = false)
    private String body;
    @Column(name = "corrects_note_id", updatable = false)
    private UUID correctsNoteId;

    protected CareNote() {
        // for JPA
    }

    public CareNote(UUID caseId, UUID personId, CareNoteKind kind, String body, CareNote corrects, String actor,
            Instant at) {
        super(actor, at);
        if (caseId == null || personId == null) {
            throw new IllegalArgumentException("case and person required");
        }
        if (kind == null) {
            throw new DomainRuleViolation("careNote.kind.required");
        }
        if (corrects != null && !(corrects.caseId.equals(caseId) && corrects.personId.equals(personId))) {
            throw new DomainRuleViolation("careNote.correctsOtherVictim");
        }
        this.caseId = caseId;
        this.personId = personId;
        this.kind = kind;
        this.body = Text.required(body, "careNote.body", TEXT_MAX);
        this.correctsNoteId = corrects == null ? null : corrects.getId();
    }

    @Override
    public void touch(String actor, Instant at) {
        throw new DomainRuleViolation("careNote.appendOnly");
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public CareNoteKind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public UUID getCorrectsNoteId() {
        return correctsNoteId;
    }
}
