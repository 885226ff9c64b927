package org.shield.application.casefile;

import java.time.LocalDate;
import java.util.UUID;
import org.shield.domain.casefile.TraffickingEventType;

/** One step of the route/timeline of a case. */
public record EventDetails(UUID id, long version, TraffickingEventType type, LocalDate date, String place,
        String country, Double latitude, Double longitude, String description) {
    @Override
    public String toString() {
        return "EventDetails[" + id + "]";
    }
}
