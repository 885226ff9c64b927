package org.shield.domain.care;

/** A caseworker's confidential note: counselling or medical. Neither is police intelligence. */
public enum CareNoteKind {
    Counselling,
    Medical;
}
