package org.shield.application.care;

import java.time.LocalDate;
import java.util.UUID;
import org.shield.domain.care.DepartureReason;

/** A shelter stay as screens show it; {@code shelterName} is the organisation's name. */
public record StayDetails(UUID id, UUID caseId, UUID personId, UUID shelterId, String shelterName,
        LocalDate admittedOn, String room, LocalDate leftOn, DepartureReason departureReason, String departureNote,
        UUID transferredFrom, long version) {
}
