package org.shield.application.casefile;

import java.util.UUID;

/** Append a note to a case; {@code correctsNoteId} when the note corrects an earlier one. */
public record AddNoteCommand(UUID caseId, String body, UUID correctsNoteId) {

    /** Never the content: these fields can name people. */
    @Override
    public String toString() {
        return "AddNoteCommand[case " + caseId + "]";
    }
}
