package org.shield.application.interview;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.shield.domain.interview.InterviewKind;
import org.shield.domain.interview.InterviewState;

/** An interview in a list: the person as screens may show them (pseudonym for a protected person). */
public record InterviewSummary(UUID id, UUID caseId, String caseNumber, UUID personId, String personLabel,
        InterviewKind kind, InterviewState state, LocalDate date, LocalTime start, String interviewers,
        String signedOffBy, int addenda, long version) {
}
