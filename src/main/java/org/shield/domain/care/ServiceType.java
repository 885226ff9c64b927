package org.shield.domain.care;

/** A service delivered to a victim under a care plan. */
public enum ServiceType {
    Medical,
    Psychosocial,
    LegalAid,
    Education,
    Livelihood,
    Financial,
    Interpretation;
}
