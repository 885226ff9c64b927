package org.shield.domain.screening;

/** HTCDS {@code vic_TraffickingStatusDecisionMakingOrg}: which kind of body made the identification decision. */
public enum DecisionMakingOrg {
    Police,
    NGO,
    CourtOrProsecution,
    NonPoliceGovernmentalOrganization,
    Other;
}
