package org.shield.infra.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.application.care.CarePlanRepository;
import org.shield.domain.care.CareAssessment;
import org.shield.domain.care.CarePlan;
import org.shield.domain.care.CareServiceDelivery;

/** Care assessments, plans and delivered services in the encrypted H2 database, through Hibernate. */
public final class JpaCarePlanRepository implements CarePlanRepository {
    private final SessionContext context;

    JpaCarePlanRepository(SessionContext context) {
        this.context = context;
    }

    @Override
    public void add(CareAssessment assessment) {
        context.current().persist(assessment);
    }

    @Override
    public List<CareAssessment> assessments(UUID caseId, UUID personId) {
        context.current().flush();
        return context.current().createSelectionQuery("from CareAssessment a where a.caseId = :c and a.personId = :p "
                + "and a.deletedAt is null order by a.assessedOn desc, a.createdAt desc, a.id desc", CareAssessment.class)
                .setParameter("c", caseId).setParameter("p", personId).getResultList();
    }

    @Override
    public void add(CarePlan plan) {
        context.current().persist(plan);
    }

    @Override
    public Optional<CarePlan> findPlan(UUID id) {
        return Optional.ofNullable(context.current().find(CarePlan.class, id)).filter(p -> !p.isDeleted());
    }

    @Override
    public List<CarePlan> plans(UUID caseId, UUID personId) {
        context.current().flush();
        return context.current().createSelectionQuery("from CarePlan p where p.caseId = :c and p.personId = :p "
                + "and p.deletedAt is null order by case when p.actualEndOn is null then 0 else 1 end, "
                + "p.startedOn desc, p.createdAt desc, p.id desc", CarePlan.class)
                .setParameter("c", caseId).setParameter("p", personId).getResultList();
    }

    @Override
    public void add(CareServiceDelivery service) {
        context.current().persist(service);
    }

    @Override
    public List<CareServiceDelivery> services(UUID planId) {
        context.current().flush();
        return context.current().createSelectionQuery("from CareServiceDelivery s where s.planId = :p "
                + "and s.deletedAt is null order by s.deliveredOn desc, s.createdAt desc, s.id desc",
                CareServiceDelivery.class).setParameter("p", planId).getResultList();
    }

    @Override
    public Optional<UUID> caseOf(UUID recordId) {
        var a = context.current().find(CareAssessment.class, recordId);
        if (a != null) {
            return Optional.of(a.getCaseId());
        }
        var p = context.current().find(CarePlan.class, recordId);
        if (p != null) {
            return Optional.of(p.getCaseId());
        }
        var s = context.current().find(CareServiceDelivery.class, recordId);
        return s == null ? Optional.empty() : Optional.of(s.getCaseId());
    }

    @Override
    public List<UUID> partIds(UUID caseId) {
        List<UUID> ids = new ArrayList<>();
        for (String entity : new String[] {"CareAssessment", "CarePlan", "CareServiceDelivery"}) {
            ids.addAll(context.current().createSelectionQuery("select x.id from " + entity + " x where x.caseId = :c",
                    UUID.class).setParameter("c", caseId).getResultList());
        }
        return ids;
    }
}
