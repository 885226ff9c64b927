package org.shield.application.common;

/**
 * A failure a person can act on, carrying a translatable {@link UserMessage}. The exception message is
 * the key only, so logging it never leaks personal data.
 */
public class ApplicationException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient UserMessage userMessage;

    public ApplicationException(UserMessage message) {
        super(message.key());
        this.userMessage = message;
    }

    public ApplicationException(UserMessage message, Throwable cause) {
        super(message.key(), cause);
        this.userMessage = message;
    }

    public UserMessage userMessage() {
        return userMessage;
    }
}
