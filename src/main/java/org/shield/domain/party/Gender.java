package org.shield.domain.party;

/** Gender, HTCDS {@code prs_Gender}. */
public enum Gender {
    Feminine,
    Masculine,
    TransgenderFeminine,
    TransgenderMasculine,
    NonConforming,
    NonSpecifiedUnknown;
}
