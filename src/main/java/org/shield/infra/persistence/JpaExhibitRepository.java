package org.shield.infra.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.shield.application.evidence.ExhibitRepository;
import org.shield.domain.evidence.CustodyEvent;
import org.shield.domain.evidence.Exhibit;
import org.shield.domain.evidence.Integrity;

/** Exhibits and custody events in the encrypted H2 database, through Hibernate. */
public final class JpaExhibitRepository implements ExhibitRepository {
    private final SessionContext context;

    JpaExhibitRepository(SessionContext context) {
        this.context = context;
    }

    private Session s() {
        return context.current();
    }

    @Override
    public void add(Exhibit exhibit) {
        s().persist(exhibit);
    }

    @Override
    public void add(CustodyEvent event) {
        s().persist(event);
    }

    @Override
    public Optional<Exhibit> find(UUID id) {
        return Optional.ofNullable(s().find(Exhibit.class, id)).filter(e -> !e.isDeleted());
    }

    @Override
    public List<Exhibit> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return s().createSelectionQuery("from Exhibit e where e.id in :ids and e.deletedAt is null", Exhibit.class)
                .setParameter("ids", List.copyOf(ids)).getResultList();
    }

    @Override
    public Optional<Exhibit> findByNumber(UUID caseId, String exhibitNumber) {
        return s().createSelectionQuery("from Exhibit e where e.caseId = :c and upper(e.exhibitNumber) = upper(:n) "
                + "and e.deletedAt is null", Exhibit.class).setParameter("c", caseId).setParameter("n", exhibitNumber)
                .uniqueResultOptional();
    }

    @Override
    public boolean numberRelabelledAway(UUID caseId, String exhibitNumber) {
        return !s().createSelectionQuery("select ev.id from CustodyEvent ev where ev.caseId = :c"
                + " and upper(ev.numberBefore) = upper(:n)", UUID.class).setParameter("c", caseId)
                .setParameter("n", exhibitNumber).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<Exhibit> ofCase(UUID caseId) {
        s().flush();
        return s().createSelectionQuery("from Exhibit e where e.caseId = :c and e.deletedAt is null "
                + "order by e.exhibitNumber, e.id", Exhibit.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public List<UUID> allIds() {
        return s().createSelectionQuery("select e.id from Exhibit e where e.deletedAt is null "
                + "order by e.createdAt, e.id", UUID.class).getResultList();
    }

    @Override
    public List<CustodyEvent> custody(UUID exhibitId) {
        s().flush();
        return s().createSelectionQuery("from CustodyEvent e where e.exhibitId = :x order by e.sequence, e.occurredAt, "
                + "e.id", CustodyEvent.class).setParameter("x", exhibitId).getResultList();
    }

    @Override
    public List<CustodyEvent> custodyOf(Collection<UUID> exhibitIds) {
        if (exhibitIds.isEmpty()) {
            return List.of();
        }
        s().flush();
        return s().createSelectionQuery("from CustodyEvent e where e.exhibitId in :x order by e.exhibitId, e.sequence, "
                + "e.occurredAt, e.id",
                CustodyEvent.class).setParameter("x", List.copyOf(exhibitIds)).getResultList();
    }

    @Override
    public List<CustodyEvent> custodyOfCase(UUID caseId) {
        s().flush();
        return s().createSelectionQuery("from CustodyEvent e where e.caseId = :c order by e.occurredAt, e.createdAt, "
                + "e.id", CustodyEvent.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<CustodyEvent> lastEvent(UUID exhibitId) {
        s().flush();
        return s().createSelectionQuery("from CustodyEvent e where e.exhibitId = :x order by e.sequence desc, "
                + "e.occurredAt desc, e.id desc",
                CustodyEvent.class).setParameter("x", exhibitId).setMaxResults(1).uniqueResultOptional();
    }

    @Override
    public List<Exhibit> mismatches(Collection<String> unitCodes) {
        if (unitCodes == null) {
            return s().createSelectionQuery("from Exhibit e where e.integrity = :m and e.deletedAt is null "
                    + "order by e.verifiedAt desc, e.id", Exhibit.class).setParameter("m", Integrity.Mismatch)
                    .getResultList();
        }
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return s().createSelectionQuery("from Exhibit e where e.integrity = :m and e.deletedAt is null and exists "
                + "(select 1 from CaseFile c where c.id = e.caseId and c.unitCode in :u and c.deletedAt is null) "
                + "order by e.verifiedAt desc, e.id", Exhibit.class).setParameter("m", Integrity.Mismatch)
                .setParameter("u", List.copyOf(unitCodes)).getResultList();
    }

    @Override
    public Optional<UUID> caseOf(UUID recordId) {
        Exhibit e = s().find(Exhibit.class, recordId);
        if (e != null) {
            return Optional.of(e.getCaseId());
        }
        CustodyEvent c = s().find(CustodyEvent.class, recordId);
        return c == null ? Optional.empty() : Optional.of(c.getCaseId());
    }

    @Override
    public List<UUID> partIds(UUID caseId) {
        List<UUID> ids = new java.util.ArrayList<>(s().createSelectionQuery(
                "select e.id from Exhibit e where e.caseId = :c", UUID.class).setParameter("c", caseId).getResultList());
        ids.addAll(s().createSelectionQuery("select e.id from CustodyEvent e where e.caseId = :c", UUID.class)
                .setParameter("c", caseId).getResultList());
        return ids;
    }

    @Override
    public boolean attachContent(UUID exhibitId, String blobId, byte[] wrappedKey) {
        // plain SQL: the entity maps these columns as not updatable; the outbox trigger does not capture them
        return context.current().createNativeMutationQuery("update exhibit set blob_id = :b, wrapped_key = :k"
                + " where id = :id and blob_id is null").setParameter("b", blobId).setParameter("k", wrappedKey)
                .setParameter("id", exhibitId).executeUpdate() == 1;
    }
}
