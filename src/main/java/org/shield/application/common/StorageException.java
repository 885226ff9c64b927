package org.shield.application.common;

/** The disk or database could not complete the operation (disk full, file damaged, locked by another process). */
public class StorageException extends ApplicationException {
    private static final long serialVersionUID = 1L;

    public StorageException(UserMessage message) {
        super(message);
    }

    public StorageException(UserMessage message, Throwable cause) {
        super(message, cause);
    }
}
