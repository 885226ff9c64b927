package org.shield.infra.persistence;

import java.sql.SQLException;
import org.shield.application.common.StorageException;
import org.shield.application.common.UserMessage;

/**
 * Translates H2/JDBC failures into messages a person can act on (disk full, vault open elsewhere,
 * damaged file). The original exception is kept as the cause for the log; its text, which may hold
 * SQL with values, is never shown.
 */
final class StorageErrors {
    private static final int ENCRYPTION_ERROR = 90049;
    private static final int DATABASE_IN_USE = 90020;
    private static final int FILE_CORRUPTED = 90030;
    private static final int WRONG_USER_OR_PASSWORD = 28000;
    private static final int IO_EXCEPTION = 90028;
    private static final int IO_EXCEPTION_2 = 90031;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StorageErrors.class);

    private StorageErrors() {
    }

    /**
     * The cause chain as class names with SQL state and H2 error code: enough to tell a lock timeout from
     * an out-of-memory or a damaged file in a log, without the messages, which can hold SQL with values.
     */
    static String chain(Throwable t) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (Throwable c = t; c != null && depth < 8; c = c.getCause(), depth++) {
            if (b.length() > 0) {
                b.append(" <- ");
            }
            b.append(c.getClass().getName());
            if (c instanceof SQLException sql) {
                b.append(" [").append(sql.getSQLState()).append(' ').append(sql.getErrorCode()).append(']');
            }
        }
        return b.toString();
    }

    static StorageException translate(Throwable t) {
        LOG.warn("storage failure: {}", chain(t));
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (isDiskFull(c)) {
                return new StorageException(new UserMessage("error.diskFull"), t);
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                switch (sql.getErrorCode()) {
                    case ENCRYPTION_ERROR, WRONG_USER_OR_PASSWORD:
                        return new StorageException(new UserMessage("error.databaseKeyMismatch"), t);
                    case DATABASE_IN_USE:
                        return new StorageException(new UserMessage("error.vaultInUse"), t);
                    case FILE_CORRUPTED:
                        return new StorageException(new UserMessage("error.vaultDamaged"), t);
                    case IO_EXCEPTION, IO_EXCEPTION_2:
                        return new StorageException(new UserMessage("error.storage"), t);
                    default:
                        break;
                }
            }
        }
        return new StorageException(new UserMessage("error.storage"), t);
    }

    private static boolean isDiskFull(Throwable t) {
        String m = t.getMessage();
        return m != null && (m.contains("No space left on device") || m.contains("There is not enough space"));
    }
}
