package org.shield.domain.party;

/** Organisation type, HTCDS {@code org_Type}, plus scam compound, front company and recruitment agency. */
public enum OrganisationType {
    NGO,
    LawEnforcement,
    HealthServiceOrganisation,
    CentralGovernmentOrganisation,
    LocalGovernmentOrganisation,
    ImmigrationService,
    LegalService,
    CorporateBusiness,
    SchoolOrCollege,
    ScamCompound,
    FrontCompany,
    RecruitmentAgency,
    Other;
}
