package org.shield.domain.care;

/** What a victim consented to, each recorded and withdrawn on its own. */
public enum ConsentPurpose {
    CaseManagement,
    /** Sharing their data with one named partner organisation. */
    SharingWithPartner,
    /** Use in anonymous statistics. */
    AnonymousStatistics,
    /** Return to the country or place of origin: a return can be planned only while this consent holds. */
    ReturnHome;
}
