package org.shield.domain.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * A note on a case. Append-only: it has no setters; a correction is a new note pointing at the one
 * it corrects, and both stay readable.
 */
@Entity
@Table(name = "case_note")
public class CaseNote extends BaseEntity {
    public static final int TEXT_MAX = 20_000;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Lob
    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Column(name = "corrects_note_id", updatable = false)
    private UUID correctsNoteId;

    protected CaseNote() {
        // for JPA
    }

    public CaseNote(UUID caseId, String body, UUID correctsNoteId, String actor, Instant at) {
        super(actor, at);
        if (caseId == null) {
            throw new IllegalArgumentException("case required");
        }
        this.caseId = caseId;
        this.body = Text.required(body, "note.body", TEXT_MAX);
        this.correctsNoteId = correctsNoteId;
    }

    @Override
    public void touch(String actor, Instant at) {
        throw new DomainRuleViolation("note.appendOnly");
    }

    public UUID getCaseId() {
        return caseId;
    }

    public String getBody() {
        return body;
    }

    public UUID getCorrectsNoteId() {
        return correctsNoteId;
    }
}
