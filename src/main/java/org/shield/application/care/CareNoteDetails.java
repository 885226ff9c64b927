package org.shield.application.care;

import java.time.Instant;
import java.util.UUID;
import org.shield.domain.care.CareNoteKind;

/** A counselling or medical note; {@code correctsNoteId} names the note it corrects, if it is a correction. */
public record CareNoteDetails(UUID id, UUID caseId, UUID personId, CareNoteKind kind, String body,
        UUID correctsNoteId, String createdBy, Instant createdAt) {
}
