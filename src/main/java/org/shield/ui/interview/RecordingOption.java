package org.shield.ui.interview;

import java.util.UUID;

/** An exhibit of the case that can be named as an interview's recording, shown by its exhibit number. */
public record RecordingOption(UUID exhibitId, String exhibitNumber) {
}
