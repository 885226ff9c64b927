package org.shield.application.sync;

import org.shield.application.common.ApplicationException;
import org.shield.application.common.UserMessage;

/** HQ reported this laptop lost and its vault keys have just been destroyed: the vault cannot be opened again. */
public class DeviceShreddedException extends ApplicationException {
    private static final long serialVersionUID = 1L;

    public DeviceShreddedException(UserMessage message) {
        super(message);
    }
}
