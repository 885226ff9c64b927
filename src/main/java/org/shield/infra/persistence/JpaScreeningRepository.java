package org.shield.infra.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.application.screening.ScreeningRepository;
import org.shield.domain.screening.Screening;

/** Screenings in the encrypted H2 database, through Hibernate. */
public final class JpaScreeningRepository implements ScreeningRepository {
    private final SessionContext context;

    JpaScreeningRepository(SessionContext context) {
        this.context = context;
    }

    @Override
    public void add(Screening screening) {
        context.current().persist(screening);
    }

    @Override
    public Optional<Screening> find(UUID id) {
        return Optional.ofNullable(context.current().find(Screening.class, id)).filter(s -> !s.isDeleted());
    }

    @Override
    public List<Screening> of(UUID caseId, UUID personId) {
        context.current().flush();
        return context.current().createSelectionQuery("from Screening s where s.caseId = :c and s.personId = :p "
                + "and s.deletedAt is null order by s.assessedOn, s.createdAt, s.id", Screening.class)
                .setParameter("c", caseId).setParameter("p", personId).getResultList();
    }

    @Override
    public Optional<UUID> caseOf(UUID recordId) {
        Screening s = context.current().find(Screening.class, recordId);
        if (s != null) {
            return Optional.of(s.getCaseId());
        }
        var d = context.current().find(org.shield.domain.screening.MdtDecision.class, recordId);
        return d == null ? Optional.empty() : Optional.of(d.getCaseId());
    }

    @Override
    public List<UUID> partIds(UUID caseId) {
        List<UUID> ids = new java.util.ArrayList<>(context.current().createSelectionQuery(
                "select s.id from Screening s where s.caseId = :c", UUID.class).setParameter("c", caseId)
                .getResultList());
        ids.addAll(context.current().createSelectionQuery("select d.id from MdtDecision d where d.caseId = :c",
                UUID.class).setParameter("c", caseId).getResultList());
        return ids;
    }

    @Override
    public void add(org.shield.domain.screening.MdtDecision decision) {
        context.current().persist(decision);
    }

    @Override
    public List<org.shield.domain.screening.MdtDecision> decisions(UUID caseId, UUID personId) {
        context.current().flush();
        return context.current().createSelectionQuery("from MdtDecision d where d.caseId = :c and d.personId = :p "
                + "and d.deletedAt is null order by d.createdAt, d.id", org.shield.domain.screening.MdtDecision.class)
                .setParameter("c", caseId).setParameter("p", personId).getResultList();
    }
}
