package org.shield.domain.evidence;

/** What happened to an exhibit at one step of its chain of custody (REFERENCE §6). */
public enum CustodyAction {
    Collected,
    Sealed,
    Transferred,
    Received,
    Viewed,
    Exported,
    Analysed,
    Returned,
    Destroyed,
    RedactionDerived,
    /** The exhibit's number changed (its label replaced): the step names the number before and after. */
    Relabelled;

    /** Steps only the system records (intake, viewing and export happen through the vault itself). */
    public boolean recordedBySystem() {
        return this == Collected || this == Viewed || this == Exported;
    }
}
