package org.shield.application.care;

import java.time.LocalDate;
import java.util.UUID;

/** A task in a list: the victim by pseudonym, the case by number; {@code overdue} as of today. */
public record TaskSummary(UUID id, UUID caseId, String caseNumber, UUID personId, String personLabel, String title,
        LocalDate dueOn, String assignee, LocalDate doneOn, boolean overdue, long version) {
}
