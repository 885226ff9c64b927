package org.shield.application.sync;

import java.time.Instant;

/**
 * One line of this laptop's sync log: when a sync ended, how ({@code Done}, {@code Failed} or {@code Cancelled}),
 * what it moved, and for a failure the message of its cause (its key, then its arguments, separated by
 * {@link #SEPARATOR}: HQ's host name, ids; sync messages carry no personal data).
 */
public record SyncLogEntry(Instant at, String outcome, long pushed, long pulled, int conflicts, String detail) {
    static final char SEPARATOR = '\u001f';
    private static final int MAX = 200;

    public boolean done() {
        return "Done".equals(outcome);
    }

    /** The cause of a failure as a message, or null. */
    public UserMessageParts message() {
        if (detail == null || detail.isEmpty()) {
            return null;
        }
        String[] parts = detail.split(String.valueOf(SEPARATOR), -1);
        return new UserMessageParts(parts[0], java.util.Arrays.copyOfRange(parts, 1, parts.length));
    }

    /** A message key with its arguments as text. */
    public record UserMessageParts(String key, String[] args) {
    }

    /** How {@code m} is kept in the log (cut to the column's size). */
    static String detail(org.shield.application.common.UserMessage m) {
        StringBuilder s = new StringBuilder(m.key());
        for (Object a : m.args()) {
            s.append(SEPARATOR).append(a);
        }
        return s.length() <= MAX ? s.toString() : s.substring(0, MAX);
    }
}
