package org.shield.ui.common;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.OperationCancelledException;
import org.shield.application.common.StorageException;
import org.shield.application.common.UserMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a failure becomes something a person reads. It logs each failure once (the exception
 * type and message key, never the data) and turns it into a translatable message: an
 * {@link ApplicationException} says what to do; anything else gets a generic message with an incident
 * id, and its stack trace goes to the log only (the log layout drops exception messages, ADR 0007).
 * Call on the JavaFX thread.
 */
public final class ErrorPresenter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPresenter.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DialogService dialogs;

    public ErrorPresenter(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Logs the failure and returns the message to show inline (in a form or banner). */
    public UserMessage explain(Throwable failure) {
        if (failure instanceof ApplicationException ae) {
            UserMessage m = ae.userMessage();
            if (failure instanceof OperationCancelledException) {
                LOG.debug("operation cancelled");
            } else if (failure instanceof StorageException && failure.getCause() != null) {
                LOG.warn("storage failure ({})", m.key(), failure.getCause());
            } else {
                LOG.info("operation refused: {} ({})", failure.getClass().getSimpleName(), m.key());
            }
            return m;
        }
        String incident = incidentId();
        LOG.error("unexpected failure, incident {}", incident, failure);
        return new UserMessage("error.unexpected", incident);
    }

    /** Logs the failure and shows it in a dialog; a cancellation is not shown. */
    public void present(Throwable failure) {
        UserMessage m = explain(failure);
        if (!(failure instanceof OperationCancelledException)) {
            dialogs.showError(m);
        }
    }

    private static String incidentId() {
        byte[] b = new byte[4];
        RANDOM.nextBytes(b);
        return HexFormat.of().withUpperCase().formatHex(b);
    }
}
