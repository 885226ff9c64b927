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
        s().flush();
        writeKeys(person);
    }

    @Override
    public void reindex(Person person) {
        s().createNativeMutationQuery("delete from person_search_key where person_id = :p")
                .setParameter("p", person.getId()).executeUpdate();
        writeKeys(person);
    }

    private void writeKeys(Person person) {
        for (String key : person.searchKeys()) {
            s().createNativeMutationQuery("insert into person_search_key (person_id, search_key) values (:p, :k)")
                    .setParameter("p", person.getId()).setParameter("k", key).executeUpdate();
        }
    }

    @Override
    public Optional<Person> find(UUID id) {
        return Optional.ofNullable(s().find(Person.class, id)).filter(p -> !p.isDeleted());
    }

    @Override
    public List<Person> searchByKeyPrefix(List<String> prefixes, int limit) {
        // rank 0: a key equals the query; 1: a key starts with it. One range scan per prefix.
        Map<UUID, Integer> rank = new HashMap<>();
        List<UUID> order = new ArrayList<>();
        for (String prefix : prefixes) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = s().createNativeQuery(
                    "select k.person_id, min(case when k.search_key = :exact then 0 else 1 end) as r "
                            + "from person_search_key k where k.search_key like :prefix escape '\\' "
                            + "group by k.person_id order by r limit :lim", Object[].class)
                    .setParameter("exact", prefix)
                    .setParameter("prefix", JpaCaseRepository.escapeLike(prefix) + "%")
                    .setParameter("lim", limit * 2)
                    .getResultList();
            for (Object[] r : rows) {
                UUID id = uuid(r[0]);
                int rk = ((Number) r[1]).intValue();
                Integer before = rank.get(id);
                if (before == null) {
                    order.add(id);
                    rank.put(id, rk);
                } else if (rk < before) {
                    rank.put(id, rk);
                }
            }
        }
        if (order.isEmpty()) {
            return List.of();
        }
        Map<UUID, Person> byId = new HashMap<>();
        s().createSelectionQuery("from Person p where p.id in :ids and p.deletedAt is null", Person.class)
                .setParameter("ids", order).getResultList().forEach(p -> byId.put(p.getId(), p));
        return order.stream().filter(byId::containsKey)
                .sorted((a, b) -> Integer.compare(rank.get(a), rank.get(b)))
                .limit(limit).map(byId::get).toList();
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
