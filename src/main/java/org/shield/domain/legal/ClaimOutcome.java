package org.shield.domain.legal;

/** Where a compensation or restitution claim stands. */
public enum ClaimOutcome {
    Pending,
    Awarded,
    Rejected,
    Withdrawn;
}
