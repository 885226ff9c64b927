package org.shield.domain.screening;

/** Which ILO/EC lists apply: those for adults or those for children. */
public enum Population {
    Adult,
    Child;
}
