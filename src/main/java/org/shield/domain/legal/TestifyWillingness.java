package org.shield.domain.legal;

/**
 * Whether a victim is willing to testify against the traffickers. A victim's choice, recorded with the day
 * it was last given: it may change, and an unwilling victim keeps every right to care and return.
 */
public enum TestifyWillingness {
    Undecided,
    Willing,
    /** Willing if protected (witness protection, testimony by video link or in advance, a screen in court). */
    WillingWithProtection,
    Unwilling;
}
