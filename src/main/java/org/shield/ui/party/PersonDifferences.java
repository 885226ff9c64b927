package org.shield.ui.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.shield.application.party.PersonDetails.DocumentData;
import org.shield.application.party.SavePersonCommand;
import org.shield.ui.common.Difference;

/** The fields where a stored person differs from the user's edit, for the conflict panel. */
final class PersonDifferences {
    private PersonDifferences() {
    }

    static List<Difference> between(SavePersonCommand s, SavePersonCommand m) {
        List<Difference> out = new ArrayList<>();
        add(out, "ui.person.field.nameNative", s.nameNative(), m.nameNative());
        add(out, "ui.person.field.nameLatin", s.nameLatin(), m.nameLatin());
        add(out, "ui.person.field.gender", s.gender(), m.gender());
        add(out, "ui.person.field.dateOfBirth", s.dateOfBirth(), m.dateOfBirth());
        add(out, "ui.person.field.estimatedAge", s.estimatedAge(), m.estimatedAge());
        add(out, "ui.person.field.aliases", s.aliases().stream().map(a -> List.of(a.kind(), a.text())).toList(),
                m.aliases().stream().map(a -> List.of(a.kind(), a.text())).toList());
        add(out, "ui.person.field.citizenships", upper(s.citizenships()), upper(m.citizenships()));
        add(out, "ui.person.field.languages", lower(s.languages()), lower(m.languages()));
        add(out, "ui.person.field.documents", s.documents().stream().map(PersonDifferences::parts).toList(),
                m.documents().stream().map(PersonDifferences::parts).toList());
        add(out, "ui.person.field.contacts", s.contacts().stream().map(c -> List.of(c.type(), c.value())).toList(),
                m.contacts().stream().map(c -> List.of(c.type(), c.value())).toList());
        return out;
    }

    private static List<Object> parts(DocumentData d) {
        List<Object> p = new ArrayList<>();
        p.add(d.type());
        p.add(d.number());
        if (d.issuingCountry() != null) {
            p.add(d.issuingCountry().toUpperCase(Locale.ROOT));
        }
        return p;
    }

    private static void add(List<Difference> out, String key, Object stored, Object mine) {
        if (!Objects.equals(stored, mine)) {
            out.add(new Difference(key, stored, mine));
        }
    }

    private static Set<String> upper(Set<String> codes) {
        return codes.stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> lower(Set<String> codes) {
        return codes.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
    }
}
