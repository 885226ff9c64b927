package org.shield.domain.screening;

/** How an indicator was answered: present, absent, or not known (not asked, no information). */
public enum Answer {
    Yes,
    No,
    Unknown;
}
