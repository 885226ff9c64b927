package org.shield.domain.screening;

/** HTCDS {@code vic_TraffickingStatus}: what the MDT decided about a person. */
public enum TraffickingStatus {
    PossibleVictimOfTrafficking,
    ActualVictimOfTrafficking,
    NotAVictimOfTrafficking;
}
