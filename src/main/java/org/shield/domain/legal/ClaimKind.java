package org.shield.domain.legal;

/** Compensation (from the state fund or in the criminal case) or restitution ordered against the offenders. */
public enum ClaimKind {
    Compensation,
    Restitution;
}
