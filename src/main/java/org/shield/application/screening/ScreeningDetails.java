package org.shield.application.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.shield.domain.screening.ExploitationForm;
import org.shield.domain.screening.Population;
import org.shield.domain.screening.ReasonableGrounds;

/**
 * A recorded screening with its answers and the reasonable-grounds summary computed from them (support for
 * the MDT, never its decision). {@code personLabel} is the pseudonym of a protected person.
 */
public record ScreeningDetails(UUID id, UUID caseId, UUID personId, String personLabel, Population population,
        ExploitationForm exploitation, LocalDate assessedOn, String note, List<RecordScreeningCommand.Item> answers,
        ReasonableGrounds grounds, String assessedBy, Instant recordedAt) {

    public ScreeningDetails {
        answers = List.copyOf(answers);
    }
}
