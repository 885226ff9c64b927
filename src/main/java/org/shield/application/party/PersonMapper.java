package org.shield.application.party;

import org.shield.application.party.PersonDetails.AliasData;
import org.shield.application.party.PersonDetails.ContactData;
import org.shield.application.party.PersonDetails.DocumentData;
import org.shield.domain.party.Person;

/** Person entity to read models. */
final class PersonMapper {
    private PersonMapper() {
    }

    static PersonDetails details(Person p) {
        return new PersonDetails(p.getId(), p.getVersion(), p.getNameNative(), p.getNameLatin(), p.getGender(),
                p.getDateOfBirth(), p.getEstimatedAge(),
                p.getAliases().stream().map(a -> new AliasData(a.getKind(), a.getText())).toList(),
                p.getCitizenships(), p.getLanguages(),
                p.getDocuments().stream().map(d -> new DocumentData(d.getType(), d.getNumber(),
                        d.getIssuingCountry(), d.getIssuedOn(), d.getExpiresOn())).toList(),
                p.getContacts().stream().map(c -> new ContactData(c.getType(), c.getValue())).toList(),
                p.getPseudonym());
    }

    static PersonSummary summary(Person p) {
        if (p.isProtected()) {
            return new PersonSummary(p.getId(), p.getPseudonym(), p.getPseudonym(), p.getGender(), null, null,
                    java.util.Set.of());
        }
        return new PersonSummary(p.getId(), p.displayName(), null, p.getGender(), p.getDateOfBirth(),
                p.getEstimatedAge(), p.getCitizenships());
    }
}
