package org.shield.domain.care;

/** Whose situation an assessment covers: the person, their household, or the community they return to. */
public enum AssessmentScope {
    Individual,
    Household,
    Community;
}
