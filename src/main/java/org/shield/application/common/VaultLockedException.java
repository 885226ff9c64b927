package org.shield.application.common;

/** The vault is locked; unlock it first. */
public class VaultLockedException extends ApplicationException {
    private static final long serialVersionUID = 1L;

    public VaultLockedException(UserMessage message) {
        super(message);
    }

    public VaultLockedException(UserMessage message, Throwable cause) {
        super(message, cause);
    }
}
