package org.shield.infra.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.application.care.CareRepository;
import org.shield.domain.care.CarePolicy;
import org.shield.domain.care.ShelterStay;

/** Shelter stays and care policies in the encrypted H2 database, through Hibernate. */
public final class JpaCareRepository implements CareRepository {
    private final SessionContext context;

    JpaCareRepository(SessionContext context) {
        this.context = context;
    }

    @Override
    public void add(ShelterStay stay) {
        context.current().persist(stay);
    }

    @Override
    public void add(CarePolicy policy) {
        context.current().persist(policy);
    }

    @Override
    public Optional<ShelterStay> findStay(UUID id) {
        return Optional.ofNullable(context.current().find(ShelterStay.class, id)).filter(s -> !s.isDeleted());
    }

    @Override
    public List<ShelterStay> stays(UUID caseId, UUID personId) {
        context.current().flush();
        return context.current().createSelectionQuery("from ShelterStay s where s.caseId = :c and s.personId = :p "
                + "and s.deletedAt is null order by s.admittedOn, s.createdAt, s.id", ShelterStay.class)
                .setParameter("c", caseId).setParameter("p", personId).getResultList();
    }

    @Override
    public void add(org.shield.domain.care.CareConsent consent) {
        context.current().persist(consent);
    }

    @Override
    public Optional<org.shield.domain.care.CareConsent> findConsent(UUID id) {
        return Optional.ofNullable(context.current().find(org.shield.domain.care.CareConsent.class, id))
                .filter(c -> !c.isDeleted());
    }

    @Override
    public List<org.shield.domain.care.CareConsent> consents(UUID caseId, UUID personId) {
        context.current().flush();
        return context.current().createSelectionQuery("from CareConsent c where c.caseId = :c and c.personId = :p "
                + "and c.deletedAt is null order by c.givenOn, c.createdAt, c.id", org.shield.domain.care.CareConsent.class)
                .setParameter("c", caseId).setParameter("p", personId).getResultList();
    }

    @Override
    public void add(org.shield.domain.care.CareTask task) {
        context.current().persist(task);
    }

    @Override
    public Optional<org.shield.domain.care.CareTask> findTask(UUID id) {
        return Optional.ofNullable(context.current().find(org.shield.domain.care.CareTask.class, id))
                .filter(t -> !t.isDeleted());
    }

    @Override
    public List<org.shield.domain.care.CareTask> openTasksOf(String assignee) {
        context.current().flush();
        return context.current().createSelectionQuery("from CareTask t where t.assignee = :a and t.doneOn is null "
                + "and t.deletedAt is null order by t.dueOn, t.createdAt, t.id", org.shield.domain.care.CareTask.class)
                .setParameter("a", assignee).getResultList();
    }

    @Override
    public List<org.shield.domain.care.CareTask> openTasksInUnits(java.util.Collection<String> unitCodes) {
        context.current().flush();
        return context.current().createSelectionQuery("from CareTask t where t.doneOn is null and t.deletedAt is null "
                + "and exists (select 1 from CaseFile c where c.id = t.caseId and c.unitCode in :u "
                + "and c.deletedAt is null) order by t.dueOn, t.createdAt, t.id", org.shield.domain.care.CareTask.class)
                .setParameter("u", List.copyOf(unitCodes)).getResultList();
    }

    @Override
    public List<org.shield.domain.care.CareTask> tasksOf(UUID caseId, UUID personId) {
        context.current().flush();
        return context.current().createSelectionQuery("from CareTask t where t.caseId = :c and t.personId = :p "
                + "and t.deletedAt is null order by case when t.doneOn is null then 0 else 1 end, t.dueOn, "
                + "t.createdAt, t.id", org.shield.domain.care.CareTask.class)
                .setParameter("c", caseId).setParameter("p", personId).getResultList();
    }

    @Override
    public Optional<UUID> caseOf(UUID recordId) {
        ShelterStay s = context.current().find(ShelterStay.class, recordId);
        if (s != null) {
            return Optional.of(s.getCaseId());
        }
        var consent = context.current().find(org.shield.domain.care.CareConsent.class, recordId);
        if (consent != null) {
            return Optional.of(consent.getCaseId());
        }
        var task = context.current().find(org.shield.domain.care.CareTask.class, recordId);
        return task == null ? Optional.empty() : Optional.of(task.getCaseId());
    }

    @Override
    public List<UUID> partIds(UUID caseId) {
        List<UUID> ids = new java.util.ArrayList<>();
        for (String entity : new String[] {"ShelterStay", "CareConsent", "CareTask"}) {
            ids.addAll(context.current().createSelectionQuery("select x.id from " + entity + " x where x.caseId = :c",
                    UUID.class).setParameter("c", caseId).getResultList());
        }
        return ids;
    }

    @Override
    public Optional<CarePolicy> policy(String unitCode) {
        return context.current().createSelectionQuery("from CarePolicy p where p.unitCode = :u and p.deletedAt is null",
                CarePolicy.class).setParameter("u", unitCode).uniqueResultOptional();
    }
}
