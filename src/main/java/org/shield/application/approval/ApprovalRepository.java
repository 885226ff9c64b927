package org.shield.application.approval;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.domain.approval.Approval;

/** Port: requests for approval. Called inside a transaction. */
public interface ApprovalRepository {
    void add(Approval approval);

    Optional<Approval> find(UUID id);

    /** Pending requests of these units, oldest first. */
    List<Approval> pending(java.util.Collection<String> unitCodes);

    /** Requests made by this user, newest first. */
    List<Approval> requestedBy(String userName, int limit);

    /** Requests about one case, newest first. */
    List<Approval> ofCase(UUID caseId);
}
