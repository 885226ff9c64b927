package org.shield.domain.security;

/**
 * How the signed-in user stands to one case: lead or team member, in the case's unit, or a caseworker
 * with at least one of its victims referred to them.
 */
public record CaseRelation(boolean onTeam, boolean inUnit, boolean referredToMe) {
    /** No relation at all (another unit's case, or no case). */
    public static final CaseRelation NONE = new CaseRelation(false, false, false);
}
