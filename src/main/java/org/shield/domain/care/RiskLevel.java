package org.shield.domain.care;

/**
 * A caseworker's judgement of a risk (of re-trafficking, from the network at the place of return): a graded
 * opinion recorded with its reasons, never computed.
 */
public enum RiskLevel {
    Low,
    Medium,
    High;
}
