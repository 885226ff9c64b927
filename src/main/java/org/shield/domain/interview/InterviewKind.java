package org.shield.domain.interview;

/** Who is interviewed and why. A suspect interview of a recorded victim goes through the non-punishment guard. */
public enum InterviewKind {
    Victim,
    Witness,
    Suspect,
    /** The multidisciplinary team's identification interview (REFERENCE §3). */
    MdtIdentification;
}
