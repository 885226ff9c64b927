package org.shield.application.interview;

import java.time.Instant;
import java.util.UUID;

/** A later addition to a signed-off interview, with its author and time. */
public record AddendumDetails(UUID id, String body, String author, Instant at) {
}
