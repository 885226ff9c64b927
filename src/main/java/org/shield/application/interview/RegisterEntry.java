package org.shield.application.interview;

import java.time.LocalDate;
import java.util.UUID;
import org.shield.domain.interview.InterviewKind;
import org.shield.domain.interview.InterviewState;

/**
 * One earlier interview of a person, as the interview register shows it before another is scheduled.
 * Interviews in cases the user may not read show only when, what kind and which unit: enough to avoid
 * interviewing a victim again, nothing of what was said. {@code id} and {@code caseNumber} are null then.
 */
public record RegisterEntry(UUID id, String caseNumber, String unitCode, InterviewKind kind, InterviewState state,
        LocalDate date, String interviewers, boolean readable) {
}
