package org.shield.application.party;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.domain.party.ContactIdentifier;
import org.shield.domain.party.IdentityDocument;
import org.shield.domain.party.Person;
import org.shield.domain.party.PersonAlias;
import org.shield.domain.party.SearchFolding;

/** Use cases on persons: create, edit, and the global search. Blocking; call from a worker thread. */
public final class PersonService {
    public static final int SEARCH_LIMIT = 50;

    private final TransactionRunner tx;
    private final PersonRepository persons;
    private final CurrentUser user;
    private final Clock clock;

    public PersonService(TransactionRunner tx, PersonRepository persons, CurrentUser user, Clock clock) {
        this.tx = tx;
        this.persons = persons;
        this.user = user;
        this.clock = clock;
    }

    /** Creates or updates a person; an update with a stale version is a conflict and changes nothing. */
    public PersonDetails save(SavePersonCommand cmd) throws ApplicationException {
        UUID id = tx.write(() -> {
            Person p;
            if (cmd.id() == null) {
                p = new Person(cmd.nameNative(), cmd.nameLatin(), user.userName(), clock.instant());
                apply(p, cmd);
                persons.add(p);
            } else {
                p = load(cmd.id());
                if (p.getVersion() != cmd.version()) {
                    throw new ConflictException(new UserMessage("error.conflict"));
                }
                p.rename(cmd.nameNative(), cmd.nameLatin());
                apply(p, cmd);
                p.touch(user.userName(), clock.instant());
                persons.reindex(p);
            }
            return p.getId();
        });
        return get(id);
    }

    private void apply(Person p, SavePersonCommand cmd) {
        p.setGender(cmd.gender());
        p.setAge(cmd.dateOfBirth(), cmd.estimatedAge(), LocalDate.now(clock));
        p.setAliases(cmd.aliases().stream().map(a -> new PersonAlias(a.kind(), a.text())).toList());
        p.setCitizenships(cmd.citizenships());
        p.setLanguages(cmd.languages());
        p.setDocuments(cmd.documents().stream().map(d -> new IdentityDocument(d.type(), d.number(),
                d.issuingCountry(), d.issuedOn(), d.expiresOn())).toList());
        p.setContacts(cmd.contacts().stream().map(c -> new ContactIdentifier(c.type(), c.value())).toList());
    }

    public PersonDetails get(UUID id) throws ApplicationException {
        return tx.read(() -> PersonMapper.details(load(id)));
    }

    /**
     * Finds persons by any name, alias, document number or phone number, ignoring case, diacritics and
     * spacing, in Thai and Latin script. A phone number typed in national format (leading 0) finds the
     * E.164 number by its ending.
     */
    public List<PersonSummary> search(String text) throws ApplicationException {
        List<String> prefixes = searchPrefixes(text);
        if (prefixes.isEmpty()) {
            return List.of();
        }
        return tx.read(() -> persons.searchByKeyPrefix(prefixes, SEARCH_LIMIT).stream()
                .map(PersonMapper::summary).toList());
    }

    /** The folded prefixes a query text is looked up by (visible for tests). */
    static List<String> searchPrefixes(String text) {
        String folded = SearchFolding.fold(text);
        if (folded.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(folded);
        String digits = SearchFolding.digits(text);
        boolean phoneLike = digits.length() >= 6 && text.strip().matches("[+0-9\\s\\-().]+");
        if (phoneLike) {
            out.add(digits);
            String national = digits.replaceFirst("^0+", "");
            if (national.length() >= 6) {
                out.add("~" + new StringBuilder(national).reverse());
            }
        }
        return new ArrayList<>(out);
    }

    public long count() throws ApplicationException {
        return tx.read(persons::count);
    }

    private Person load(UUID id) throws NotFoundException {
        return persons.find(id).orElseThrow(() -> new NotFoundException(new UserMessage("error.personNotFound")));
    }
}
