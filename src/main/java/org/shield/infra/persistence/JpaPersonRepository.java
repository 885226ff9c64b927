package org.shield.infra.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.shield.application.party.PersonRepository;
import org.shield.domain.party.Person;

/**
 * Persons and their folded search keys. The keys are derived data kept in {@code person_search_key}
 * and rebuilt on every save, so a prefix search is an index range scan.
 */
public final class JpaPersonRepository implements PersonRepository {
    private final SessionContext context;

    JpaPersonRepository(SessionContext context) {
        this.context = context;
    }

    private Session s() {
        return context.current();
    }

    @Override
    public void add(Person person) {
        s().persist(person);
        writeKeys(List.of(person), false);
    }

    @Override
    public void reindex(Person person) {
        writeKeys(List.of(person), true);
    }

    /** Writes the search keys of persons a pull touched, in place of their old ones ({@link JdbcReplica}). */
    void reindex(List<Person> people) {
        writeKeys(people, true);
    }

    /**
     * Writes the persons' search keys (after deleting their old ones). The session is flushed once first, so that the
     * persons' rows and changes are in the database the keys refer to; the keys then go by plain JDBC: one delete and
     * one insert batch for all of them. As native Hibernate statements each key flushed the whole session again: a
     * pull that reindexes hundreds of persons in one transaction spent most of its time in those flushes
     * (docs/BENCHMARKS.md, "The applying thread alone").
     */
    private void writeKeys(List<Person> people, boolean replace) {
        if (people.isEmpty()) {
            return;
        }
        s().flush();
        s().doWork(c -> {
            if (replace) {
                try (java.sql.PreparedStatement del = c.prepareStatement(
                        "DELETE FROM person_search_key WHERE person_id = ANY(?)")) {
                    java.sql.Array ids = c.createArrayOf("UUID", people.stream().map(Person::getId).toArray());
                    try {
                        del.setArray(1, ids);
                        del.executeUpdate();
                    } finally {
                        ids.free();
                    }
                }
            }
            insertKeys(c, people);
        });
    }

    /** The search keys of {@code people}, inserted by one batch. */
    private static void insertKeys(java.sql.Connection c, List<Person> people) throws java.sql.SQLException {
        try (java.sql.PreparedStatement ins = c.prepareStatement(
                "INSERT INTO person_search_key (person_id, search_key) VALUES (?, ?)")) {
            boolean any = false;
            for (Person person : people) {
                for (String key : person.searchKeys()) {
                    ins.setObject(1, person.getId());
                    ins.setString(2, key);
                    ins.addBatch();
                    any = true;
                }
            }
            if (any) {
                ins.executeBatch();
            }
        }
    }

    @Override
    public Optional<Person> find(UUID id) {
        return Optional.ofNullable(s().find(Person.class, id)).filter(p -> !p.isDeleted());
    }

    @Override
    public Optional<Person> findByPseudonym(String pseudonym) {
        return s().createSelectionQuery("from Person p where p.pseudonym = :p and p.deletedAt is null", Person.class)
                .setParameter("p", pseudonym.strip().toUpperCase(java.util.Locale.ROOT)).uniqueResultOptional();
    }

    @Override
    public List<Person> searchByKeyPrefix(List<String> prefixes, int limit) {
        // Exact key matches first, then prefix matches; each is one index range read that stops at the
        // limit, so a short prefix shared by thousands of persons costs no more than a rare one.
        java.util.LinkedHashSet<UUID> exact = new java.util.LinkedHashSet<>();
        java.util.LinkedHashSet<UUID> prefixed = new java.util.LinkedHashSet<>();
        for (String prefix : prefixes) {
            s().createNativeQuery("select person_id from person_search_key where search_key = :k", Object.class)
                    .setParameter("k", prefix).setMaxResults(limit).getResultList()
                    .forEach(o -> exact.add(uuid(o)));
        }
        for (String prefix : prefixes) {
            if (exact.size() + prefixed.size() >= limit * 2) {
                break;
            }
            s().createNativeQuery("select person_id from person_search_key where search_key like :p escape '\\'",
                            Object.class)
                    .setParameter("p", JpaCaseRepository.escapeLike(prefix) + "%").setMaxResults(limit * 2)
                    .getResultList().forEach(o -> prefixed.add(uuid(o)));
        }
        List<UUID> order = new ArrayList<>(exact);
        prefixed.stream().filter(id -> !exact.contains(id)).forEach(order::add);
        if (order.isEmpty()) {
            return List.of();
        }
        Map<UUID, Person> byId = new HashMap<>();
        s().createSelectionQuery("from Person p where p.id in :ids and p.deletedAt is null", Person.class)
                .setParameter("ids", order).getResultList().forEach(p -> byId.put(p.getId(), p));
        return order.stream().filter(byId::containsKey).limit(limit).map(byId::get).toList();
    }

    private static UUID uuid(Object o) {
        if (o instanceof UUID u) {
            return u;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap((byte[]) o);
        return new UUID(b.getLong(), b.getLong());
    }

    @Override
    public long count() {
        return s().createSelectionQuery("select count(p) from Person p where p.deletedAt is null", Long.class)
                .getSingleResult();
    }
}
