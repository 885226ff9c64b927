package org.shield.application.common;

/** The user name and passphrase do not open the vault. Deliberately does not say which was wrong. */
public class WrongPassphraseException extends ApplicationException {
    private static final long serialVersionUID = 1L;

    public WrongPassphraseException(UserMessage message) {
        super(message);
    }

    public WrongPassphraseException(UserMessage message, Throwable cause) {
        super(message, cause);
    }
}
