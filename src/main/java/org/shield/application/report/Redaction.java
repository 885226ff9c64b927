package org.shield.application.report;

/** How a report shows protected persons (victims and witnesses). */
public enum Redaction {
    /**
     * The default: protected persons appear only under their pseudonyms, and their names, document
     * numbers and phone numbers are removed from every free text of the report (not covered over).
     */
    Pseudonyms,
    /**
     * As {@link #Pseudonyms} in the body, plus an identity annex at the end naming each protected person
     * of the report. Needs the right to reveal each of them; every one is recorded as a reveal with the
     * stated purpose.
     */
    IdentityAnnex
}
