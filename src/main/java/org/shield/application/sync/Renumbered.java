package org.shield.application.sync;

import java.util.UUID;

/**
 * A record of this vault that gave up its number during a pull (ADR 0002, "A number given twice"): HQ sent another
 * record with the same case number or pseudonym, and this one had not reached HQ yet, so it took a new number.
 * {@code table} is {@code case_file} or {@code person}; {@code was} and {@code now} are the numbers, which name no one.
 */
public record Renumbered(String table, UUID id, String was, String now) {
    /** Whether a case took a new number (otherwise a person took a new pseudonym). */
    public boolean isCase() {
        return "case_file".equals(table);
    }

    /** What the user is told: which number became which, and to correct labels and paper that show the old one. */
    public org.shield.application.common.UserMessage message() {
        return isCase() ? new org.shield.application.common.UserMessage("sync.renumbered.case", was, now)
                : new org.shield.application.common.UserMessage("sync.renumbered.pseudonym", was, now);
    }
}
