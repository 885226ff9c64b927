package org.shield.application.approval;

import org.shield.application.common.ApplicationException;
import org.shield.domain.approval.Approval;

/**
 * What a kind of request does once a supervisor decides it, for kinds owned by other features (an MDT
 * decision takes effect). Registered with {@link ApprovalService#handle}; called inside the deciding
 * transaction, so the decision and its effect commit together.
 */
public interface ApprovalOutcome {
    void approved(Approval approval) throws ApplicationException;

    void returned(Approval approval) throws ApplicationException;
}
