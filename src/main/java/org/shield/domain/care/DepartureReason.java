package org.shield.domain.care;

/** Why a person left a shelter. */
public enum DepartureReason {
    TransferredToAnotherShelter,
    Repatriated,
    ReturnedToFamily,
    IndependentLiving,
    LeftVoluntarily,
    /** Left without notice: a safety concern to follow up. */
    Absconded,
    Other;
}
