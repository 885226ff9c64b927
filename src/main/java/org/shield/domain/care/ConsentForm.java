package org.shield.domain.care;

/** How a consent was given. */
public enum ConsentForm {
    Signed,
    /** Given orally in front of a named witness. */
    VerbalWithWitness,
    /** Given by a guardian for a minor (named). */
    GuardianForMinor;
}
