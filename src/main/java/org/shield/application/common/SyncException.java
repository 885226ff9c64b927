package org.shield.application.common;

/** HQ could not be reached or did not answer usefully (network gone, timeout, HQ failing): worth a retry later. */
public class SyncException extends ApplicationException {
    private static final long serialVersionUID = 1L;

    public SyncException(UserMessage message) {
        super(message);
    }

    public SyncException(UserMessage message, Throwable cause) {
        super(message, cause);
    }
}
