package org.shield.domain.security;

/**
 * The protected actions of the vault. Who holds which, and over which cases, is {@link AccessPolicy};
 * the written matrix is docs/PERMISSIONS.md.
 */
public enum Permission {
    /** See a case in lists and read its particulars (number, title, status, unit, dates). */
    CASE_VIEW,
    /** Read the investigation: summary, route, notes, suspects and other non-victim parties. */
    CASE_READ_INVESTIGATION,
    CASE_CREATE,
    /** Edit the overview, record route steps and notes. */
    CASE_EDIT,
    CASE_DELETE,
    /** Set a case's lead and team. */
    CASE_ASSIGN,
    CASE_REQUEST_CLOSURE,
    CASE_REOPEN,
    /** See the victims and witnesses of a case (by pseudonym). */
    PARTY_VIEW_PROTECTED,
    PARTY_ADD,
    /** Refer a victim to a caseworker. */
    PARTY_REFER,
    PERSON_SEARCH,
    /** Read and edit a person who is not protected (suspect, complainant, family). */
    PERSON_VIEW,
    PERSON_EDIT,
    /** See the real identity of a protected person, with a stated purpose. */
    IDENTITY_REVEAL,
    APPROVAL_DECIDE,
    USER_MANAGE,
    /** The global audit viewer and its export. */
    AUDIT_VIEW,
    AUDIT_VERIFY,
    RECORD_HISTORY,
    VAULT_BACKUP,
    ORGANISATION_VIEW,
    ORGANISATION_EDIT,
    /** Read interviews and statements (a caseworker: only MDT identification interviews of victims referred to them). */
    INTERVIEW_VIEW,
    /** Record, edit and sign off interviews and add addenda (a caseworker: MDT identification interviews only). */
    INTERVIEW_RECORD,
    /** Countersign an interview where the unit requires it, or return it for correction; set the unit's rule. */
    INTERVIEW_COUNTERSIGN,
    /** See a case's exhibits, their particulars and custody chains, and open non-sensitive content. */
    EVIDENCE_VIEW,
    /** Take in exhibits, correct their particulars and record custody steps. */
    EVIDENCE_RECORD,
    /** Open an exhibit flagged as involving a minor or sexual content, with a stated purpose. */
    EVIDENCE_OPEN_SENSITIVE,
    /** Export exhibits for disclosure (decrypted copies, hash manifest, custody logs). */
    EVIDENCE_EXPORT,
    /** Re-verify stored exhibit content against its intake hash; see the list of mismatches. */
    EVIDENCE_VERIFY,
    /** Read the screenings of a victim (a caseworker: victims referred to them). */
    SCREENING_VIEW,
    /** Screen a victim against the indicator checklists (a caseworker: victims referred to them). */
    SCREENING_RECORD,
    /**
     * See a victim's shelter stays, reflection period, assessments, care plans and services (a caseworker:
     * victims referred to them).
     */
    CARE_VIEW,
    /**
     * Record admissions, departures and transfers between shelters, assessments, care plans and services (a
     * caseworker: victims referred to them).
     */
    CARE_RECORD,
    /** Read a victim's counselling and medical notes: the caseworker the victim is referred to, nobody else. */
    CARE_NOTE_VIEW,
    /** Write and correct a victim's counselling and medical notes: the caseworker the victim is referred to. */
    CARE_NOTE_RECORD;
}
