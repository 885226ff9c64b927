package org.shield.application.common;

/** Too many failed unlocks in a row: the next try is allowed after {@link #retryAfterSeconds()}. */
public class UnlockThrottledException extends ApplicationException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public UnlockThrottledException(long retryAfterSeconds) {
        super(new UserMessage("error.unlockThrottled", retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
