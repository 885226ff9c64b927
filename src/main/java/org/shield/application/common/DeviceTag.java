package org.shield.application.common;

/**
 * This vault's device tag (ADR 0002), part of the case numbers, pseudonyms and exhibit numbers it gives. Read when
 * a number is given rather than once: a restored copy of a vault draws a new tag, so that it never gives again a
 * number the original gave after the copy was taken.
 */
@FunctionalInterface
public interface DeviceTag {
    String current() throws ApplicationException;
}
