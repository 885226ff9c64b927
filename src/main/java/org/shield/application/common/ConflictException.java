package org.shield.application.common;

/** The record changed elsewhere since it was loaded; nothing was overwritten. */
public class ConflictException extends ApplicationException {
    private static final long serialVersionUID = 1L;

    public ConflictException(UserMessage message) {
        super(message);
    }

    public ConflictException(UserMessage message, Throwable cause) {
        super(message, cause);
    }
}
