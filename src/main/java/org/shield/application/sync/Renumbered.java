package org.shield.application.sync;

import java.util.UUID;

/**
 * A record of this vault that gave up its number during a pull (ADR 0002, "A number given twice"): HQ sent another
 * record with the same case number or pseudonym, and this one had not reached HQ yet, so it took a new number.
 * {@code table} is {@code case_file} or {@code person}; {@code was} and {@code now} are the numbers, which name no one.
 */
public record Renumbered(String table, UUID id, String was, String now) {
}
