package org.shield.domain.evidence;

/** What an exhibit is (REFERENCE §6): content held in the vault, a thing in a bag, or a paper document. */
public enum ExhibitType {
    Digital,
    Physical,
    Document;
}
