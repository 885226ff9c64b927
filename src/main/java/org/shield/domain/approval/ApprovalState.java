package org.shield.domain.approval;

/** Where a request stands. */
public enum ApprovalState {
    Pending,
    Approved,
    /** Returned to the requester with a reason; nothing was done. */
    Returned;
}
