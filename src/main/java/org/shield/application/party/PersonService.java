package org.shield.application.party;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shield.application.audit.AuditStore;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.access.AccessControl;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;
import org.shield.domain.common.Text;
import org.shield.domain.party.ContactIdentifier;
import org.shield.domain.party.IdentityDocument;
import org.shield.domain.party.Person;
import org.shield.domain.party.PersonAlias;
import org.shield.domain.party.Pseudonyms;
import org.shield.domain.party.SearchFolding;
import org.shield.domain.security.CaseRelation;
import org.shield.domain.security.Permission;

/**
 * Use cases on persons: create, edit, the global search, and the reveal of a protected identity.
 * Protected victims and witnesses appear by pseudonym; their real identity is read only through
 * {@link #reveal}, with a stated purpose that is recorded. Blocking; call from a worker thread.
 */
public final class PersonService {
    public static final int SEARCH_LIMIT = 50;
    public static final int PURPOSE_MIN = 10;
    static final String TYPE = "Person";

    private final TransactionRunner tx;
    private final PersonRepository persons;
    private final AccessControl access;
    private final AuditStore audit;
    private final PersonRelations relations;
    private final CurrentUser user;
    private final Clock clock;

    public PersonService(TransactionRunner tx, PersonRepository persons, AccessControl access, AuditStore audit,
            PersonRelations relations, Clock clock) {
        this.tx = tx;
        this.persons = persons;
        this.access = access;
        this.audit = audit;
        this.relations = relations;
        this.user = access.user();
        this.clock = clock;
    }

    /**
     * Creates or updates a person; an update with a stale version is a conflict and changes nothing.
     * Editing a protected person needs the right to reveal them (the editor shows the identity).
     */
    public PersonDetails save(SavePersonCommand cmd) throws ApplicationException {
        UUID id = tx.write(() -> {
            Person p;
            if (cmd.id() == null) {
                access.require(Permission.PERSON_EDIT, TYPE, null);
                p = new Person(cmd.nameNative(), cmd.nameLatin(), user.userName(), clock.instant());
                apply(p, cmd);
                persons.add(p);
                audit.append(user.userName(), AuditAction.Create, TYPE, p.getId(),
                        ChangeSet.diff(Map.of(), p.auditState()));
            } else {
                p = load(cmd.id());
                requireEdit(p);
                if (p.getVersion() != cmd.version()) {
                    throw new ConflictException(new UserMessage("error.conflict"));
                }
                Map<String, String> before = p.auditState();
                p.rename(cmd.nameNative(), cmd.nameLatin());
                apply(p, cmd);
                ChangeSet diff = ChangeSet.diff(before, p.auditState());
                if (!diff.isEmpty()) {
                    p.touch(user.userName(), clock.instant());
                    audit.append(user.userName(), AuditAction.Update, TYPE, p.getId(), diff);
                }
                persons.reindex(p);
            }
            return p.getId();
        });
        return tx.read(() -> PersonMapper.details(load(id)));
    }

    private void requireEdit(Person p) throws AccessDeniedException {
        access.require(Permission.PERSON_EDIT, TYPE, p.getId());
        if (p.isProtected()) {
            access.require(Permission.IDENTITY_REVEAL, relations.of(p.getId()), TYPE, p.getId());
        }
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

    /**
     * A person who is not protected (suspect, complainant, family member). A protected person is read
     * only through {@link #reveal}: asking here is refused with a message that says so.
     */
    public PersonDetails get(UUID id) throws ApplicationException {
        return tx.read(() -> {
            Person p = load(id);
            if (p.isProtected()) {
                access.deny(Permission.IDENTITY_REVEAL, TYPE, id); // recorded: reading a protected person needs a reveal
                throw new AccessDeniedException(new UserMessage("identity.protected", p.getPseudonym()));
            }
            access.require(Permission.PERSON_VIEW, TYPE, id);
            return PersonMapper.details(p);
        });
    }

    /**
     * Shows the real identity of a protected person to a user with the right over one of the person's
     * cases, for a stated purpose (at least {@value #PURPOSE_MIN} characters). Each reveal is recorded:
     * who, when, which person, why.
     */
    public PersonDetails reveal(UUID id, String purpose) throws ApplicationException {
        String why = purpose == null ? "" : purpose.strip();
        if (why.length() < PURPOSE_MIN) {
            throw new ValidationException(new UserMessage("identity.purpose.tooShort", PURPOSE_MIN));
        }
        String stated = Text.required(why, "identity.purpose", 500);
        return tx.write(() -> {
            Person p = load(id);
            if (!p.isProtected()) {
                access.require(Permission.PERSON_VIEW, TYPE, id);
                return PersonMapper.details(p);
            }
            access.require(Permission.IDENTITY_REVEAL, relations.of(id), TYPE, id);
            audit.append(user.userName(), AuditAction.Reveal, TYPE, id,
                    new ChangeSet().with("pseudonym", p.getPseudonym()).with("purpose", stated));
            return PersonMapper.details(p);
        });
    }

    /**
     * A redactor that removes these protected persons' names, aliases, document numbers and contact values
     * from free text (see {@link IdentityRedactor}); {@code pseudonyms} maps each person's id to the
     * pseudonym that replaces their name. Nothing is shown to the user, so this is not a reveal; it is how a
     * report keeps a name typed into a statement or a description out of print. Persons who are not
     * protected are skipped. Blocking.
     */
    public IdentityRedactor redactorFor(java.util.Collection<UUID> personIds, String numberReplacement)
            throws ApplicationException {
        return tx.read(() -> {
            IdentityRedactor.Collector c = new IdentityRedactor.Collector(numberReplacement);
            for (UUID id : new java.util.TreeSet<>(personIds)) {
                Person p = persons.find(id).orElse(null);
                if (p == null || !p.isProtected()) {
                    continue;
                }
                String pseudonym = p.getPseudonym();
                c.name(p.getNameNative(), pseudonym);
                c.name(p.getNameLatin(), pseudonym);
                p.getAliases().forEach(a -> c.name(a.getText(), pseudonym));
                p.getDocuments().forEach(d -> c.number(d.getNumber(), numberReplacement));
                p.getContacts().forEach(k -> {
                    c.number(k.getValue(), numberReplacement);
                    c.text(k.getValue(), numberReplacement);
                });
            }
            return c.build();
        });
    }

    /**
     * Finds persons by any name, alias, document number or phone number, ignoring case, diacritics and
     * spacing, in Thai and Latin script; a pseudonym finds its person. A phone number typed in national
     * format (leading 0) finds the E.164 number by its ending. Protected persons are listed by pseudonym
     * only, and are found by name, document or phone only by users who may reveal them (anyone else finds
     * them by their pseudonym alone: a name search must not tell who is a protected victim). A caseworker
     * finds only the persons referred to them.
     */
    public List<PersonSummary> search(String text) throws ApplicationException {
        List<String> prefixes = searchPrefixes(text);
        if (prefixes.isEmpty()) {
            return List.of();
        }
        return tx.read(() -> {
            access.require(Permission.PERSON_SEARCH, TYPE, null);
            boolean referredOnly = !access.can(Permission.PERSON_VIEW);
            List<Person> found = new ArrayList<>();
            if (Pseudonyms.looksLikeOne(text)) {
                persons.findByPseudonym(text.strip()).ifPresent(found::add);
            } else {
                found.addAll(persons.searchByKeyPrefix(prefixes, SEARCH_LIMIT));
            }
            boolean byPseudonym = Pseudonyms.looksLikeOne(text);
            List<PersonSummary> out = new ArrayList<>();
            for (Person p : found) {
                CaseRelation rel = referredOnly || p.isProtected() && !byPseudonym ? relations.of(p.getId()) : null;
                if (referredOnly && !rel.referredToMe()) {
                    continue;
                }
                if (p.isProtected() && !byPseudonym && !access.can(Permission.IDENTITY_REVEAL, rel)) {
                    continue;
                }
                out.add(PersonMapper.summary(p));
            }
            return out;
        });
    }

    /** True if the user may reveal this protected person (for showing the action; reveal checks again). */
    public boolean canReveal(UUID id) throws ApplicationException {
        return tx.read(() -> {
            CaseRelation rel = relations.of(id);
            return access.can(Permission.IDENTITY_REVEAL, rel);
        });
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
