package org.shield.domain.legal;

/** What a court date is for. */
public enum HearingKind {
    /** Testimony taken in advance (common for victims who will return home before the trial). */
    AdvanceTestimony,
    Trial,
    Verdict,
    Appeal,
    Other;
}
