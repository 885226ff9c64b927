package org.shield.infra.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.shield.application.interview.InterviewRepository;
import org.shield.domain.interview.Interview;
import org.shield.domain.interview.InterviewAddendum;
import org.shield.domain.interview.InterviewPolicy;
import org.shield.domain.interview.InterviewState;

/** Interviews, addenda and unit policies in the encrypted H2 database, through Hibernate. */
public final class JpaInterviewRepository implements InterviewRepository {
    private final SessionContext context;

    JpaInterviewRepository(SessionContext context) {
        this.context = context;
    }

    private Session s() {
        return context.current();
    }

    @Override
    public void add(Interview interview) {
        s().persist(interview);
    }

    @Override
    public void add(InterviewAddendum addendum) {
        s().persist(addendum);
    }

    @Override
    public void add(InterviewPolicy policy) {
        s().persist(policy);
    }

    @Override
    public Optional<Interview> find(UUID id) {
        return Optional.ofNullable(s().find(Interview.class, id)).filter(i -> !i.isDeleted());
    }

    @Override
    public List<Interview> ofCase(UUID caseId) {
        s().flush();
        return s().createSelectionQuery("from Interview i where i.caseId = :c and i.deletedAt is null "
                + "order by i.date nulls last, i.createdAt, i.id", Interview.class).setParameter("c", caseId)
                .getResultList();
    }

    @Override
    public List<Interview> ofPerson(UUID personId) {
        s().flush();
        return s().createSelectionQuery("from Interview i where i.personId = :p and i.deletedAt is null "
                + "order by i.date nulls last, i.createdAt, i.id", Interview.class).setParameter("p", personId)
                .getResultList();
    }

    @Override
    public List<InterviewAddendum> addenda(UUID interviewId) {
        s().flush();
        return s().createSelectionQuery("from InterviewAddendum a where a.interviewId = :i order by a.createdAt, a.id",
                InterviewAddendum.class).setParameter("i", interviewId).getResultList();
    }

    @Override
    public Optional<InterviewPolicy> policy(String unitCode) {
        return s().createSelectionQuery("from InterviewPolicy p where p.unitCode = :u and p.deletedAt is null",
                InterviewPolicy.class).setParameter("u", unitCode).uniqueResultOptional();
    }

    @Override
    public List<Interview> awaitingCountersign(Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return s().createSelectionQuery("from Interview i where i.state = :s and i.deletedAt is null and exists "
                + "(select 1 from CaseFile c where c.id = i.caseId and c.unitCode in :u and c.deletedAt is null) "
                + "order by i.signedOffAt, i.id", Interview.class).setParameter("s", InterviewState.AwaitingCountersign)
                .setParameter("u", List.copyOf(unitCodes)).getResultList();
    }

    @Override
    public Optional<UUID> caseOf(UUID recordId) {
        Interview i = s().find(Interview.class, recordId);
        if (i != null) {
            return Optional.of(i.getCaseId());
        }
        InterviewAddendum a = s().find(InterviewAddendum.class, recordId);
        if (a == null) {
            return Optional.empty();
        }
        Interview parent = s().find(Interview.class, a.getInterviewId());
        return parent == null ? Optional.empty() : Optional.of(parent.getCaseId());
    }

    @Override
    public List<UUID> partIds(UUID caseId) {
        List<UUID> ids = new java.util.ArrayList<>(s().createSelectionQuery(
                "select i.id from Interview i where i.caseId = :c", UUID.class).setParameter("c", caseId).getResultList());
        ids.addAll(s().createSelectionQuery("select a.id from InterviewAddendum a where exists (select 1 from Interview i "
                + "where i.id = a.interviewId and i.caseId = :c)", UUID.class).setParameter("c", caseId).getResultList());
        return ids;
    }
}
