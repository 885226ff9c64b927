package org.shield.application.party;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.shield.domain.party.ContactType;
import org.shield.domain.party.DocumentType;
import org.shield.domain.party.Gender;
import org.shield.domain.party.NameKind;

/** Everything the person editor shows, with the version a save must send back; {@code pseudonym} is set for a protected person. */
public record PersonDetails(UUID id, long version, String nameNative, String nameLatin, Gender gender,
        LocalDate dateOfBirth, Integer estimatedAge, List<AliasData> aliases, Set<String> citizenships,
        Set<String> languages, List<DocumentData> documents, List<ContactData> contacts, String pseudonym) {

    public PersonDetails {
        aliases = List.copyOf(aliases);
        citizenships = Set.copyOf(citizenships);
        languages = Set.copyOf(languages);
        documents = List.copyOf(documents);
        contacts = List.copyOf(contacts);
    }

    /** An alias or nickname. */
    public record AliasData(NameKind kind, String text) {
        @Override
        public String toString() {
            return "AliasData[" + kind + "]";
        }
    }

    /** An identity document. */
    public record DocumentData(DocumentType type, String number, String issuingCountry, LocalDate issuedOn,
            LocalDate expiresOn) {
        @Override
        public String toString() {
            return "DocumentData[" + type + "]";
        }
    }

    /** A phone number, e-mail or handle. */
    public record ContactData(ContactType type, String value) {
        @Override
        public String toString() {
            return "ContactData[" + type + "]";
        }
    }

    @Override
    public String toString() {
        return "PersonDetails[" + id + " v" + version + "]";
    }
}
