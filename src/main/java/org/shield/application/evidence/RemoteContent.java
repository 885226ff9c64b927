package org.shield.application.evidence;

import java.io.InputStream;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.SyncException;
import org.shield.application.common.UserMessage;

/**
 * Port: exhibit content held at HQ, for an exhibit whose record reached this vault by sync without its content
 * (ADR 0019: other laptops fetch content only when it is opened). Blocking; call from a worker thread.
 */
public interface RemoteContent {
    /** Where there is no HQ: content elsewhere cannot be fetched. */
    RemoteContent NONE = (sha256, size) -> {
        throw new SyncException(new UserMessage("evidence.contentAtHq"));
    };

    /**
     * The content with this SHA-256, read from HQ piece by piece as the stream is read; the caller checks the hash.
     * Fails at once with a {@link SyncException} keyed {@code evidence.contentAtHq} when HQ cannot be reached, or the
     * refusal HQ gave. A later failure surfaces as an {@code IOException} whose cause is the
     * {@link ApplicationException}.
     */
    InputStream open(String sha256, long size) throws ApplicationException;
}
