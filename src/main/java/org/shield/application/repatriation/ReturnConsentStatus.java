package org.shield.application.repatriation;

import java.time.LocalDate;

/**
 * The person's consent to return home, as the return screen shows it: whether one was ever recorded, whether
 * one holds today, and the days of the latest one.
 */
public record ReturnConsentStatus(boolean recorded, boolean active, LocalDate givenOn, LocalDate withdrawnOn) {
}
