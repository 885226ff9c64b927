package org.shield.application.repatriation;

import java.time.LocalDate;
import java.util.UUID;

/** A follow-up after a return; {@code due} and {@code overdue} as of today in Thailand. */
public record FollowUpDetails(UUID id, int months, LocalDate dueOn, LocalDate doneOn, String outcome,
        boolean reTrafficked, boolean due, boolean overdue, UUID taskId, long version) {
}
