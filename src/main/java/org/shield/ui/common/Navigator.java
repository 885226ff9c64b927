package org.shield.ui.common;

import java.util.UUID;

/**
 * Opens records in the main window. Screens ask for navigation through this interface so that
 * feature packages do not depend on the shell (or on each other). Call on the JavaFX thread.
 */
public interface Navigator {
    void openCase(UUID caseId);

    void newCase();

    void openPerson(UUID personId);

    /**
     * Opens a protected person whose identity was just revealed for a stated purpose (the reveal is
     * recorded by the service); the purpose is kept for re-reading the record after a conflict.
     */
    void openRevealedPerson(org.shield.application.party.PersonDetails revealed, String purpose);

    void newPerson();

    void openOrganisation(UUID organisationId);

    void newOrganisation();

    /** Opens a case and, in its Interviews tab, one of its interviews. */
    void openInterview(UUID caseId, UUID interviewId);

    /** Opens a victim's care record in a case (shelter, identification, care, return). */
    void openVictim(UUID caseId, UUID personId);

    /** Shows the Approvals page (for a user who decides requests; ignored otherwise). */
    void showApprovals();

    /** Tells open lists that a record changed, so they reload. */
    void recordsChanged();
}
