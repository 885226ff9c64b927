package org.shield.ui.screening;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where an answer comes from: one interview or one exhibit of the case. {@code date} is the interview's
 * date, {@code number} the exhibit's number; the view words it.
 */
public record SourceOption(UUID interviewId, UUID exhibitId, LocalDate date, String number) {
}
