package org.shield.ui.party;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.shield.application.party.PersonSummary;
import org.shield.ui.common.Messages;

/**
 * How a person found by a search is described in one line: name, gender, age or birth date, citizenships;
 * a protected victim or witness by pseudonym only, marked as protected.
 */
public final class PersonCells {
    private PersonCells() {
    }

    public static String describe(PersonSummary p, Messages m) {
        if (p.protectedIdentity()) {
            return m.get("ui.person.protected.row", p.pseudonym());
        }
        List<String> parts = new ArrayList<>();
        if (p.gender() != null) {
            parts.add(m.label(p.gender()));
        }
        if (p.dateOfBirth() != null) {
            parts.add(m.get("ui.person.born", m.date(p.dateOfBirth())));
        } else if (p.estimatedAge() != null) {
            parts.add(m.get("ui.person.aboutAge", p.estimatedAge()));
        }
        if (!p.citizenships().isEmpty()) {
            parts.add(String.join(", ", new TreeSet<>(p.citizenships())));
        }
        return parts.isEmpty() ? p.displayName() : p.displayName() + " · " + String.join(" · ", parts);
    }
}
