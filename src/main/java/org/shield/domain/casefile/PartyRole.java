package org.shield.domain.casefile;

/** A person's role in a case. */
public enum PartyRole {
    PossibleVictim,
    Victim,
    Witness,
    Complainant,
    Suspect,
    FamilyMember,
    Other;
}
