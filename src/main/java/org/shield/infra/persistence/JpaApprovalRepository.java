package org.shield.infra.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.application.approval.ApprovalRepository;
import org.shield.domain.approval.Approval;
import org.shield.domain.approval.ApprovalState;

/** Requests for approval in the encrypted H2 database, through Hibernate. */
public final class JpaApprovalRepository implements ApprovalRepository {
    private final SessionContext context;

    JpaApprovalRepository(SessionContext context) {
        this.context = context;
    }

    @Override
    public void add(Approval approval) {
        context.current().persist(approval);
    }

    @Override
    public Optional<Approval> find(UUID id) {
        return Optional.ofNullable(context.current().find(Approval.class, id)).filter(a -> !a.isDeleted());
    }

    @Override
    public List<Approval> pending(Collection<String> unitCodes) {
        // by the case's unit now, not when the request was made: a case that moved goes to its new supervisors
        return context.current().createSelectionQuery("from Approval a where a.state = :s and a.deletedAt is null "
                + "and exists (select 1 from CaseFile c where c.id = a.caseId and c.unitCode in :u) "
                + "order by a.requestedAt, a.id", Approval.class)
                .setParameter("s", ApprovalState.Pending).setParameter("u", List.copyOf(unitCodes)).getResultList();
    }

    @Override
    public List<Approval> requestedBy(String userName, int limit) {
        return context.current().createSelectionQuery("from Approval a where a.requestedBy = :u "
                + "and a.deletedAt is null order by a.requestedAt desc, a.id desc", Approval.class)
                .setParameter("u", userName).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Approval> ofCase(UUID caseId) {
        context.current().flush();
        return context.current().createSelectionQuery("from Approval a where a.caseId = :c "
                + "and a.deletedAt is null order by a.requestedAt desc, a.id desc", Approval.class)
                .setParameter("c", caseId).getResultList();
    }
}
