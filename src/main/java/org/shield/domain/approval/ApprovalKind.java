package org.shield.domain.approval;

/** What a supervisor is asked to decide. Later issues add kinds (MDT decision, interview countersignature …). */
public enum ApprovalKind {
    /** Close a case (status Closed or ClosedReferred, with the reason). */
    CaseClosure,
    /** Make a person who is recorded as a (possible) victim a suspect: the non-punishment guard. */
    SuspectDesignation,
    /** An MDT identification decision (trafficking status) about a person, recorded by a caseworker or investigator. */
    MdtDecision;
}
