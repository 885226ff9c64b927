package org.shield.infra.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.application.repatriation.RepatriationRepository;
import org.shield.domain.repatriation.Repatriation;
import org.shield.domain.repatriation.ReturnFollowUp;

/** Returns home and their follow-ups in the encrypted H2 database, through Hibernate. */
public final class JpaRepatriationRepository implements RepatriationRepository {
    private final SessionContext context;

    JpaRepatriationRepository(SessionContext context) {
        this.context = context;
    }

    @Override
    public void add(Repatriation repatriation) {
        context.current().persist(repatriation);
    }

    @Override
    public Optional<Repatriation> find(UUID id) {
        return Optional.ofNullable(context.current().find(Repatriation.class, id)).filter(r -> !r.isDeleted());
    }

    @Override
    public List<Repatriation> repatriations(UUID caseId, UUID personId) {
        context.current().flush();
        return context.current().createSelectionQuery("from Repatriation r where r.caseId = :c and r.personId = :p "
                + "and r.deletedAt is null order by r.createdAt, r.id", Repatriation.class)
                .setParameter("c", caseId).setParameter("p", personId).getResultList();
    }

    @Override
    public void add(ReturnFollowUp followUp) {
        context.current().persist(followUp);
    }

    @Override
    public Optional<ReturnFollowUp> findFollowUp(UUID id) {
        return Optional.ofNullable(context.current().find(ReturnFollowUp.class, id)).filter(f -> !f.isDeleted());
    }

    @Override
    public List<ReturnFollowUp> followUps(UUID repatriationId) {
        context.current().flush();
        return context.current().createSelectionQuery("from ReturnFollowUp f where f.repatriationId = :r "
                + "and f.deletedAt is null order by f.months", ReturnFollowUp.class)
                .setParameter("r", repatriationId).getResultList();
    }

    @Override
    public Optional<UUID> caseOf(UUID recordId) {
        Repatriation r = context.current().find(Repatriation.class, recordId);
        if (r != null) {
            return Optional.of(r.getCaseId());
        }
        ReturnFollowUp f = context.current().find(ReturnFollowUp.class, recordId);
        return f == null ? Optional.empty() : Optional.of(f.getCaseId());
    }

    @Override
    public List<UUID> partIds(UUID caseId) {
        List<UUID> ids = new ArrayList<>();
        for (String entity : new String[] {"Repatriation", "ReturnFollowUp"}) {
            ids.addAll(context.current().createSelectionQuery("select x.id from " + entity + " x where x.caseId = :c",
                    UUID.class).setParameter("c", caseId).getResultList());
        }
        return ids;
    }
}
