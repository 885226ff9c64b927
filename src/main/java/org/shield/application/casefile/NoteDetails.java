package org.shield.application.casefile;

import java.time.Instant;
import java.util.UUID;

/** A case note; {@code correctsNoteId} points at the note this one corrects, if any. */
public record NoteDetails(UUID id, String body, UUID correctsNoteId, Instant createdAt, String createdBy) {
    @Override
    public String toString() {
        return "NoteDetails[" + id + "]";
    }
}
