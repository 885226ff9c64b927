package org.shield.application.common;

/** The current user may not do this. */
public class AccessDeniedException extends ApplicationException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(UserMessage message) {
        super(message);
    }

    public AccessDeniedException(UserMessage message, Throwable cause) {
        super(message, cause);
    }
}
