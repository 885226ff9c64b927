package org.shield.application.party;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.domain.party.Person;

/** Port: where persons are kept, with their search keys. Called inside a transaction. */
public interface PersonRepository {
    /** Adds a new person and indexes its search keys. */
    void add(Person person);

    /** Re-indexes the search keys of a changed person. */
    void reindex(Person person);

    Optional<Person> find(UUID id);

    /** The live person with this pseudonym (exact, case-insensitive). */
    Optional<Person> findByPseudonym(String pseudonym);

    /**
     * Live persons having a search key that starts with one of {@code prefixes} (already folded),
     * best first: exact key matches before prefix matches.
     */
    List<Person> searchByKeyPrefix(List<String> prefixes, int limit);

    long count();
}
