package org.shield.application.evidence;

/**
 * The outcome of reading a blob through: its SHA-256 and size when it could be read to the end
 * ({@code readable}), or why not ({@code MISSING}: no file; {@code DAMAGED}: authentication failed, so
 * the encrypted file was altered or truncated).
 */
public record ContentCheck(Outcome outcome, String sha256, long sizeBytes) {
    public enum Outcome { READ, MISSING, DAMAGED }

    public boolean readable() {
        return outcome == Outcome.READ;
    }

    public static ContentCheck missing() {
        return new ContentCheck(Outcome.MISSING, null, 0);
    }

    public static ContentCheck damaged() {
        return new ContentCheck(Outcome.DAMAGED, null, 0);
    }
}
