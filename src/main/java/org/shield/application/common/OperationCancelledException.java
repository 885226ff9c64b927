package org.shield.application.common;

/** The user cancelled a long operation; nothing partial was kept. */
public class OperationCancelledException extends ApplicationException {
    private static final long serialVersionUID = 1L;

    public OperationCancelledException(UserMessage message) {
        super(message);
    }

    public OperationCancelledException(UserMessage message, Throwable cause) {
        super(message, cause);
    }
}
