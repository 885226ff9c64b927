package org.shield.application.interview;

import java.util.UUID;
import org.shield.domain.interview.Consent;
import org.shield.domain.interview.InterviewConditions;
import org.shield.domain.interview.InterviewKind;
import org.shield.domain.interview.Statement;

/**
 * Creates ({@code id} null) or edits an open interview. {@code version} is the one loaded (ignored on
 * create). {@code registerSeen} is how many earlier interviews of the person the interview register showed
 * the user before they scheduled this one: scheduling an interview of a victim is refused until the user
 * has seen every earlier one.
 */
public record SaveInterviewCommand(UUID id, long version, UUID caseId, UUID personId, InterviewKind kind,
        InterviewConditions conditions, Consent consent, Statement statement, int registerSeen) {
}
