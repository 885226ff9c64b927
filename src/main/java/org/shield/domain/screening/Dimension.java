package org.shield.domain.screening;

/** The six elements of the trafficking definition the ILO/EC indicators are grouped by. */
public enum Dimension {
    DeceptiveRecruitment,
    CoerciveRecruitment,
    RecruitmentByAbuseOfVulnerability,
    Exploitation,
    CoercionAtDestination,
    AbuseOfVulnerabilityAtDestination;

    public boolean isRecruitment() {
        return this == DeceptiveRecruitment || this == CoerciveRecruitment || this == RecruitmentByAbuseOfVulnerability;
    }

    public boolean isAtDestinationControl() {
        return this == CoercionAtDestination || this == AbuseOfVulnerabilityAtDestination;
    }
}
