package org.shield.application.timeline;

import java.time.Instant;
import java.util.UUID;

/**
 * One item of a case timeline. {@code at} orders it; {@code dateOnly} says only the day is known (route
 * steps, interviews without a start time). {@code code} is the constant of the item's own kind (a
 * {@code TraffickingEventType}, {@code InterviewKind}, {@code CustodyAction}, {@code ApprovalKind}) for the
 * screen to translate; {@code label} names the record (an exhibit number, a pseudonym, a place) and never
 * holds the text of a statement or note. {@code openId} is the record that opening the item shows (for a
 * custody step, its exhibit).
 */
public record TimelineItem(TimelineKind kind, Instant at, boolean dateOnly, String code, String label, String actor,
        UUID recordId, UUID openId) {
}
