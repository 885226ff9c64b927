package org.shield.application.casefile;

import java.time.LocalDate;
import java.util.UUID;
import org.shield.domain.casefile.TraffickingEventType;

/** Add a step to a case's route/timeline. */
public record RecordEventCommand(UUID caseId, TraffickingEventType type, LocalDate date, String place,
        String country, Double latitude, Double longitude, String description) {

    /** Never the content: these fields can name people. */
    @Override
    public String toString() {
        return "RecordEventCommand[case " + caseId + "]";
    }
}
