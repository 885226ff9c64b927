package org.shield.domain.party;

/** Kind of identity document; HTCDS has one identity number, we keep many documents per person. */
public enum DocumentType {
    Passport,
    NationalId,
    BorderPass,
    Other;
}
