package org.shield.domain.care;

/** What a care assessment looks at: the person's needs, the risks they face, or the risk of re-trafficking. */
public enum AssessmentKind {
    Needs,
    Risk,
    ReTraffickingRisk;
}
