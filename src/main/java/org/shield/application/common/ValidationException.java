package org.shield.application.common;

/** Input broke a rule; the message says which and how to fix it. */
public class ValidationException extends ApplicationException {
    private static final long serialVersionUID = 1L;

    public ValidationException(UserMessage message) {
        super(message);
    }

    public ValidationException(UserMessage message, Throwable cause) {
        super(message, cause);
    }
}
