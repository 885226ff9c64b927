package org.shield.domain.evidence;

/** The result of checking an exhibit's content against its intake SHA-256 at one step. */
public enum HashCheck {
    /** No check at this step (physical exhibits, or not asked). */
    NotChecked,
    Match,
    Mismatch,
    /** The stored content is missing or cannot be decrypted (altered on disk). */
    Unreadable,
    /**
     * Not checked here: the exhibit arrived by sync, its content is held at HQ, and it could not be fetched (offline,
     * or HQ does not hold it yet). A verification result only, never a custody step's.
     */
    AtHq;
}
