package org.shield.application.care;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.domain.care.CareNote;

/** Counselling and medical notes. Call inside a transaction. */
public interface CareNoteRepository {
    void add(CareNote note);

    Optional<CareNote> findNote(UUID id);

    /** The notes of a person in a case, oldest first. */
    List<CareNote> notes(UUID caseId, UUID personId);

    /** The case a note belongs to. */
    Optional<UUID> caseOf(UUID recordId);

    /** Ids of the notes of a case (for its record history). */
    List<UUID> partIds(UUID caseId);
}
