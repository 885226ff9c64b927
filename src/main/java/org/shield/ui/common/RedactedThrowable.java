package org.shield.ui.common;

/**
 * A copy of an exception for the log that keeps class names and stack frames but drops every message:
 * messages of unexpected exceptions can carry user input (names, numbers), which must not reach the log.
 */
final class RedactedThrowable extends Throwable {
    private static final long serialVersionUID = 1L;

    private static final int MAX_CAUSES = 10;

    private RedactedThrowable(Throwable original, int depth) {
        super(original.getClass().getName(),
                original.getCause() == null || depth >= MAX_CAUSES ? null : new RedactedThrowable(original.getCause(), depth + 1),
                false, true);
        setStackTrace(original.getStackTrace());
    }

    static RedactedThrowable of(Throwable original) {
        return new RedactedThrowable(original, 0);
    }
}
