package org.shield.infra.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.application.repatriation.LegalRepository;
import org.shield.domain.legal.CompensationClaim;
import org.shield.domain.legal.CourtHearing;
import org.shield.domain.legal.LegalSupport;

/** Legal support, court hearings and claims in the encrypted H2 database, through Hibernate. */
public final class JpaLegalRepository implements LegalRepository {
    private final SessionContext context;

    JpaLegalRepository(SessionContext context) {
        this.context = context;
    }

    @Override
    public void add(LegalSupport support) {
        context.current().persist(support);
    }

    @Override
    public Optional<LegalSupport> support(UUID caseId, UUID personId) {
        context.current().flush();
        return context.current().createSelectionQuery("from LegalSupport s where s.caseId = :c and s.personId = :p "
                + "and s.deletedAt is null", LegalSupport.class).setParameter("c", caseId)
                .setParameter("p", personId).uniqueResultOptional();
    }

    @Override
    public void add(CourtHearing hearing) {
        context.current().persist(hearing);
    }

    @Override
    public Optional<CourtHearing> findHearing(UUID id) {
        return Optional.ofNullable(context.current().find(CourtHearing.class, id)).filter(h -> !h.isDeleted());
    }

    @Override
    public List<CourtHearing> hearings(UUID caseId, UUID personId) {
        context.current().flush();
        return context.current().createSelectionQuery("from CourtHearing h where h.caseId = :c and h.personId = :p "
                + "and h.deletedAt is null order by h.startsAt, h.createdAt, h.id", CourtHearing.class)
                .setParameter("c", caseId).setParameter("p", personId).getResultList();
    }

    @Override
    public void add(CompensationClaim claim) {
        context.current().persist(claim);
    }

    @Override
    public Optional<CompensationClaim> findClaim(UUID id) {
        return Optional.ofNullable(context.current().find(CompensationClaim.class, id)).filter(c -> !c.isDeleted());
    }

    @Override
    public List<CompensationClaim> claims(UUID caseId, UUID personId) {
        context.current().flush();
        return context.current().createSelectionQuery("from CompensationClaim c where c.caseId = :c "
                + "and c.personId = :p and c.deletedAt is null order by c.filedOn, c.createdAt, c.id",
                CompensationClaim.class).setParameter("c", caseId).setParameter("p", personId).getResultList();
    }

    @Override
    public Optional<UUID> caseOf(UUID recordId) {
        LegalSupport s = context.current().find(LegalSupport.class, recordId);
        if (s != null) {
            return Optional.of(s.getCaseId());
        }
        CourtHearing h = context.current().find(CourtHearing.class, recordId);
        if (h != null) {
            return Optional.of(h.getCaseId());
        }
        CompensationClaim c = context.current().find(CompensationClaim.class, recordId);
        return c == null ? Optional.empty() : Optional.of(c.getCaseId());
    }

    @Override
    public List<UUID> partIds(UUID caseId) {
        List<UUID> ids = new ArrayList<>();
        for (String entity : new String[] {"LegalSupport", "CourtHearing", "CompensationClaim"}) {
            ids.addAll(context.current().createSelectionQuery("select x.id from " + entity + " x where x.caseId = :c",
                    UUID.class).setParameter("c", caseId).getResultList());
        }
        return ids;
    }
}
