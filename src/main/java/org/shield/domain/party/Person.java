package org.shield.domain.party;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.Set;
import java.util.TreeSet;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;
import org.shield.domain.common.UuidV7;

/**
 * A person known to the vault: victim, witness, suspect or anyone else. One person can appear in
 * many cases (through {@code CaseParty}). Names are kept in the person's own script and in Latin
 * letters; either one is enough. {@link #searchKeys()} gives the folded keys the global search
 * matches against.
 */
@Entity
@Table(name = "person")
public class Person extends BaseEntity {
    public static final int NAME_MAX = 200;
    private static final int MAX_AGE = 120;

    @Column(name = "name_native", length = NAME_MAX)
    private String nameNative;

    @Column(name = "name_latin", length = NAME_MAX)
    private String nameLatin;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 30)
    private Gender gender = Gender.NonSpecifiedUnknown;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "estimated_age")
    private Integer estimatedAge;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
    @MapKeyColumn(name = "item_id")
    private Map<UUID, PersonAlias> aliases = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_citizenship", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "country", nullable = false, length = 2)
    private Set<String> citizenships = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_language", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "language", nullable = false, length = 3)
    private Set<String> languages = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identity_document", joinColumns = @JoinColumn(name = "person_id"))
    @MapKeyColumn(name = "item_id")
    private Map<UUID, IdentityDocument> documents = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_identifier", joinColumns = @JoinColumn(name = "person_id"))
    @MapKeyColumn(name = "item_id")
    private Map<UUID, ContactIdentifier> contacts = new HashMap<>();

    @Column(name = "pseudonym", length = 20)
    private String pseudonym;

    protected Person() {
        // for JPA
    }

    public Person(String nameNative, String nameLatin, String actor, Instant at) {
        super(actor, at);
        rename(nameNative, nameLatin);
    }

    /** At least one of the two names is needed. */
    public final void rename(String inOwnScript, String inLatin) {
        ensureNotDeleted();
        String n = Text.optional(inOwnScript, "person.nameNative", NAME_MAX);
        String l = Text.optional(inLatin, "person.nameLatin", NAME_MAX);
        if (n == null && l == null) {
            throw new DomainRuleViolation("person.name.required");
        }
        this.nameNative = n;
        this.nameLatin = l;
    }

    /** Date of birth and estimated age exclusive: a known birth date makes the estimate moot. */
    public void setAge(LocalDate birth, Integer estimate, LocalDate today) {
        ensureNotDeleted();
        if (birth != null && estimate != null) {
            throw new DomainRuleViolation("person.age.birthOrEstimate");
        }
        if (birth != null && birth.isAfter(today)) {
            throw new DomainRuleViolation("person.dateOfBirth.future");
        }
        if (estimate != null && (estimate < 0 || estimate > MAX_AGE)) {
            throw new DomainRuleViolation("person.estimatedAge.range", MAX_AGE);
        }
        this.dateOfBirth = birth;
        this.estimatedAge = estimate;
    }

    public void setGender(Gender g) {
        ensureNotDeleted();
        this.gender = g == null ? Gender.NonSpecifiedUnknown : g;
    }

    public void setAliases(Collection<PersonAlias> newAliases) {
        ensureNotDeleted();
        replace(aliases, new LinkedHashSet<>(nullToEmpty(newAliases)), Object::equals);
    }

    public void setCitizenships(Collection<String> codes) {
        ensureNotDeleted();
        Set<String> next = new TreeSet<>();
        for (String c : nullToEmpty(codes)) {
            next.add(Countries.required(c));
        }
        citizenships.retainAll(next);
        citizenships.addAll(next);
    }

    public void setLanguages(Collection<String> codes) {
        ensureNotDeleted();
        Set<String> next = new TreeSet<>();
        for (String c : nullToEmpty(codes)) {
            next.add(Languages.required(c));
        }
        languages.retainAll(next);
        languages.addAll(next);
    }

    public void setDocuments(Collection<IdentityDocument> docs) {
        ensureNotDeleted();
        replace(documents, new LinkedHashSet<>(nullToEmpty(docs)), IdentityDocument::sameDocument);
    }

    public void setContacts(Collection<ContactIdentifier> newContacts) {
        ensureNotDeleted();
        replace(contacts, new LinkedHashSet<>(nullToEmpty(newContacts)), Object::equals);
    }

    /**
     * Makes {@code target} hold {@code source}, keeping the item id of every item that stays ({@code same}: the same
     * item, perhaps with other details) so that an edit is an update of that item, and giving each new item a fresh,
     * time-ordered id. Items are keyed by id, not by position, so that items added, removed or edited on two laptops
     * apart merge item by item (ADR 0020).
     */
    private static <T> void replace(Map<UUID, T> target, Collection<T> source, BiPredicate<T, T> same) {
        Map<UUID, T> next = new HashMap<>();
        List<T> added = new ArrayList<>();
        for (T item : source) {
            // of several matching items (the same alias added on two laptops apart), the first by id: every laptop
            // folding them keeps the same one, so folding on two laptops never removes both
            UUID kept = target.entrySet().stream().filter(e -> !next.containsKey(e.getKey()))
                    .filter(e -> same.test(e.getValue(), item)).map(Map.Entry::getKey).min(Person::byItemOrder)
                    .orElse(null);
            if (kept == null) {
                added.add(item);
            } else {
                next.put(kept, item);
            }
        }
        List<UUID> ids = new ArrayList<>();
        added.forEach(a -> ids.add(UuidV7.next()));
        ids.sort(Person::byItemOrder); // items added together keep the order they were given in
        for (int i = 0; i < added.size(); i++) {
            next.put(ids.get(i), added.get(i));
        }
        target.keySet().retainAll(next.keySet());
        next.forEach((id, item) -> {
            if (!item.equals(target.get(id))) {
                target.put(id, item);
            }
        });
    }

    /** The aliases by item id (for tests of the merge keys, ADR 0020). */
    Map<UUID, PersonAlias> aliasItems() {
        return aliases;
    }

    /** The documents by item id (for tests of the merge keys, ADR 0020). */
    Map<UUID, IdentityDocument> documentItems() {
        return documents;
    }

    /** Item ids in the order their items were added (ids migrated from list positions come first, in that order). */
    private static int byItemOrder(UUID a, UUID b) {
        return a.toString().compareTo(b.toString());
    }

    private static <T> List<T> ordered(Map<UUID, T> items) {
        return items.entrySet().stream().sorted((x, y) -> byItemOrder(x.getKey(), y.getKey()))
                .map(Map.Entry::getValue).toList();
    }

    private static <T> Collection<T> nullToEmpty(Collection<T> c) {
        return c == null ? List.of() : c;
    }

    /**
     * Folded search keys: every name and alias whole and word by word, every document number, and
     * contact identifiers. Phone numbers give their digits and a {@code ~}-prefixed reversed form so
     * that a number typed in national format ({@code 081 234 5678}) finds {@code +66812345678} by
     * suffix through an ordinary index.
     */
    public Set<String> searchKeys() {
        Set<String> keys = new TreeSet<>();
        List<String> names = new ArrayList<>();
        if (nameNative != null) {
            names.add(nameNative);
        }
        if (nameLatin != null) {
            names.add(nameLatin);
        }
        aliases.values().forEach(a -> names.add(a.getText()));
        for (String name : names) {
            addKey(keys, SearchFolding.fold(name));
            for (String word : name.split("[\\s,.\\-/]+")) {
                addKey(keys, SearchFolding.fold(word));
            }
        }
        documents.values().forEach(d -> addKey(keys, SearchFolding.fold(d.getNumber())));
        for (ContactIdentifier c : getContacts()) {
            if (c.getType() == ContactType.Phone) {
                String digits = SearchFolding.digits(c.getValue());
                addKey(keys, digits);
                addKey(keys, "~" + new StringBuilder(digits).reverse());
            } else {
                addKey(keys, SearchFolding.fold(c.getValue()));
            }
        }
        return keys;
    }

    private static void addKey(Set<String> keys, String key) {
        if (!key.isEmpty() && !"~".equals(key)) {
            keys.add(key.length() > 200 ? key.substring(0, 200) : key);
        }
    }

    /**
     * Gives this person the pseudonym other screens show instead of the name. Given once: a protected
     * person keeps their pseudonym for ever, so reports that used it stay true.
     */
    public void protectAs(String newPseudonym) {
        if (pseudonym != null) {
            return;
        }
        this.pseudonym = Text.required(newPseudonym, "person.pseudonym", 20);
    }

    /** The pseudonym, or null if this person is not a protected victim or witness. */
    public String getPseudonym() {
        return pseudonym;
    }

    public boolean isProtected() {
        return pseudonym != null;
    }

    /**
     * The fields as text, for the field-by-field audit of an update. Identity fields (names, aliases,
     * birth date, documents, contacts) are listed in {@link #IDENTITY_FIELDS}: the audit viewer masks them.
     */
    public java.util.Map<String, String> auditState() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("nameNative", nameNative);
        m.put("nameLatin", nameLatin);
        m.put("gender", gender == null ? null : gender.name());
        m.put("dateOfBirth", dateOfBirth == null ? null : dateOfBirth.toString());
        m.put("estimatedAge", estimatedAge == null ? null : estimatedAge.toString());
        m.put("aliases", getAliases().stream().map(a -> a.getKind() + ":" + a.getText()).toList().toString());
        m.put("citizenships", String.join(",", citizenships));
        m.put("languages", String.join(",", languages));
        m.put("documents", getDocuments().stream().map(d -> d.getType() + ":" + d.getNumber()).toList().toString());
        m.put("contacts", getContacts().stream().map(c -> c.getType() + ":" + c.getValue()).toList().toString());
        m.put("pseudonym", pseudonym);
        return m;
    }

    /** Fields of {@link #auditState()} that identify the person. */
    public static final java.util.Set<String> IDENTITY_FIELDS = java.util.Set.of("nameNative", "nameLatin",
            "dateOfBirth", "aliases", "documents", "contacts");

    /** The name to show: own script and Latin together when both are known. */
    public String displayName() {
        if (nameNative != null && nameLatin != null && !nameNative.equals(nameLatin)) {
            return nameNative + " (" + nameLatin + ")";
        }
        return nameNative != null ? nameNative : nameLatin;
    }

    public String getNameNative() {
        return nameNative;
    }

    public String getNameLatin() {
        return nameLatin;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public Integer getEstimatedAge() {
        return estimatedAge;
    }

    public List<PersonAlias> getAliases() {
        return ordered(aliases);
    }

    public Set<String> getCitizenships() {
        return Collections.unmodifiableSet(citizenships);
    }

    public Set<String> getLanguages() {
        return Collections.unmodifiableSet(languages);
    }

    public List<IdentityDocument> getDocuments() {
        return ordered(documents);
    }

    public List<ContactIdentifier> getContacts() {
        return ordered(contacts);
    }
}
