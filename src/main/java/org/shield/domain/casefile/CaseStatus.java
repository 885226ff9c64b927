package org.shield.domain.casefile;

/** Case status, HTCDS {@code cas_Status}. Constant names are the standard's codes verbatim (see docs/adr/0003). */
public enum CaseStatus {
    Active,
    FollowUp,
    Closed,
    ClosedReferred;
}
