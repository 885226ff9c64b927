package org.shield.application.evidence;

import java.util.UUID;

/**
 * Gives an exhibit a new number because its label is replaced (ADR 0012, "Relabelling"): most often because the
 * same number was chosen by hand on two laptops for two exhibits of one case. {@code reason} is required and kept as
 * the step's purpose; {@code place} where the new label was put on.
 */
public record RelabelExhibitCommand(UUID exhibitId, String newNumber, String place, String reason) {
}
