package org.shield.application.repatriation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.shield.domain.legal.HearingKind;

/** A court date: {@code startsAt} as stored, {@code localStart} the same moment in Thai time. */
public record HearingDetails(UUID id, Instant startsAt, LocalDateTime localStart, String court, HearingKind kind,
        String outcomeNote, long version) {
}
