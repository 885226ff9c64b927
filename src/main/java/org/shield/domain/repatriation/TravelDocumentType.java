package org.shield.domain.repatriation;

/** The document a person returns with. */
public enum TravelDocumentType {
    Passport,
    /** A certificate of identity issued by the embassy for the journey home. */
    CertificateOfIdentity,
    EmergencyTravelDocument,
    Other;
}
