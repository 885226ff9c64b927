package org.shield.application.common;

/** The record asked for does not exist (or is deleted). */
public class NotFoundException extends ApplicationException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(UserMessage message) {
        super(message);
    }

    public NotFoundException(UserMessage message, Throwable cause) {
        super(message, cause);
    }
}
