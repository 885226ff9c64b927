package org.shield.domain.care;

/** The kind of a care plan: HTCDS {@code spl_Type}, names as published (ADR 0003). */
public enum SupportPlanType {
    Education,
    Financial,
    Health,
    LabourExploitationRehabilitation,
    Legal,
    Livelihood,
    RightsBasedTraining,
    SexualExploitationRehabilitation,
    SocialCare;
}
