package org.shield.domain.evidence;

/**
 * Sensitivity flags of an exhibit. A sensitive exhibit (a minor, sexual content) is never previewed or
 * shown as a thumbnail, and opening it needs its own right and a stated purpose.
 */
public record ExhibitFlags(boolean identifiesVictim, boolean involvesMinor, boolean sexualContent) {
    public static final ExhibitFlags NONE = new ExhibitFlags(false, false, false);

    public boolean sensitive() {
        return involvesMinor || sexualContent;
    }
}
