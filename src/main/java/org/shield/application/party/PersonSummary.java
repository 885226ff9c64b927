package org.shield.application.party;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.shield.domain.party.Gender;

/** A row of person search results. For a protected person only the pseudonym and gender are given. */
public record PersonSummary(UUID id, String displayName, String pseudonym, Gender gender, LocalDate dateOfBirth,
        Integer estimatedAge, Set<String> citizenships) {
    /** A protected victim or witness: shown by pseudonym only, and opened through a reveal. */
    public boolean protectedIdentity() {
        return pseudonym != null;
    }

    public PersonSummary {
        citizenships = Set.copyOf(citizenships);
    }

    @Override
    public String toString() {
        return "PersonSummary[" + id + "]";
    }
}
