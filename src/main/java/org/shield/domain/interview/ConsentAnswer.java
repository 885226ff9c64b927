package org.shield.domain.interview;

/** One recorded answer about consent or an information duty: said yes, said no, or not asked/recorded. */
public enum ConsentAnswer {
    NotRecorded,
    Yes,
    No;
}
