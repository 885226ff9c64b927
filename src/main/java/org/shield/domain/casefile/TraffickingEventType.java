package org.shield.domain.casefile;

/** Stage of a victim's route, HTCDS {@code hte_Type}. */
public enum TraffickingEventType {
    Recruitment,
    Transit,
    Exploitation;
}
