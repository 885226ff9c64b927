package org.shield.application.party;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.shield.domain.party.Gender;

/** A row of person search results. */
public record PersonSummary(UUID id, String displayName, Gender gender, LocalDate dateOfBirth, Integer estimatedAge,
        Set<String> citizenships) {
    public PersonSummary {
        citizenships = Set.copyOf(citizenships);
    }

    @Override
    public String toString() {
        return "PersonSummary[" + id + "]";
    }
}
