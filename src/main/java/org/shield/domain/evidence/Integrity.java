package org.shield.domain.evidence;

/** The integrity state of an exhibit's stored content as last verified. */
public enum Integrity {
    /** Physical exhibits and documents: nothing stored to verify. */
    NoContent,
    /** Hashed at intake, not re-verified since. */
    AtIntake,
    Verified,
    /** A re-verification found the content altered, missing or unreadable: flagged for the supervisor. */
    Mismatch;
}
