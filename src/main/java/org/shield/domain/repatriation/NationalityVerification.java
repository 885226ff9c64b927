package org.shield.domain.repatriation;

/** The state of the verification of a person's nationality by their country's authorities. */
public enum NationalityVerification {
    NotStarted,
    Requested,
    Verified,
    NotConfirmed;
}
