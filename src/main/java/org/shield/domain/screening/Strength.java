package org.shield.domain.screening;

/** How strongly an ILO/EC indicator points to its dimension. */
public enum Strength {
    Strong,
    Medium,
    Weak;
}
