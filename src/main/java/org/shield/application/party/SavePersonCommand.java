package org.shield.application.party;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.shield.application.party.PersonDetails.AliasData;
import org.shield.application.party.PersonDetails.ContactData;
import org.shield.application.party.PersonDetails.DocumentData;
import org.shield.domain.party.Gender;

/** Create (id null) or update (id and loaded version) a person. */
public record SavePersonCommand(UUID id, long version, String nameNative, String nameLatin, Gender gender,
        LocalDate dateOfBirth, Integer estimatedAge, List<AliasData> aliases, Set<String> citizenships,
        Set<String> languages, List<DocumentData> documents, List<ContactData> contacts) {
    public SavePersonCommand {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        citizenships = citizenships == null ? Set.of() : Set.copyOf(citizenships);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        documents = documents == null ? List.of() : List.copyOf(documents);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    public static SavePersonCommand newPerson(String nameNative, String nameLatin) {
        return new SavePersonCommand(null, 0, nameNative, nameLatin, null, null, null, List.of(), Set.of(), Set.of(),
                List.of(), List.of());
    }

    public static SavePersonCommand from(PersonDetails d) {
        return new SavePersonCommand(d.id(), d.version(), d.nameNative(), d.nameLatin(), d.gender(), d.dateOfBirth(),
                d.estimatedAge(), d.aliases(), d.citizenships(), d.languages(), d.documents(), d.contacts());
    }

    @Override
    public String toString() {
        return "SavePersonCommand[" + id + "]";
    }
}
