package org.shield.application.casefile;

/**
 * Which cases a user may see in lists, from their roles: those they lead or are on the team of, those of
 * their unit, those with a victim referred to them. Any that is true widens the list.
 */
public record CaseScope(String userName, String unitCode, boolean team, boolean unit, boolean referred) {
    public boolean none() {
        return !team && !unit && !referred;
    }
}
