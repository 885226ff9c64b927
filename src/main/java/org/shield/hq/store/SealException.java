package org.shield.hq.store;

/**
 * A value HQ stored does not open with its value key in its place (changed outside HQ, moved to another row, or a
 * database of another HQ), or could not be sealed. An {@link java.sql.SQLException} so it leaves through the same
 * paths as any storage failure; {@link JdbcHqStore} turns it into {@code hq.error.valueSealBroken}. Its message
 * never holds a value.
 */
public final class SealException extends java.sql.SQLException {
    private static final long serialVersionUID = 1L;

    SealException(String message) {
        super(message);
    }

    SealException(String message, Throwable cause) {
        super(message, cause);
    }
}
