package org.shield.application.sync;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.shield.application.common.ApplicationException;

/**
 * Port: HQ's HTTP API as the laptop and HQ's administrator tools call it. HQ's refusals arrive as the matching
 * {@link ApplicationException} (access denied, validation, not found) with HQ's message key; a network failure
 * or an HQ that does not answer is a {@link org.shield.application.common.SyncException}. Blocking: call from a
 * worker thread.
 */
public interface HqClient {
    /**
     * This client, talking over https only to a server whose certificate has this SHA-256 fingerprint (ADR 0019);
     * names and authorities are not checked, the pin is. Over http the pin plays no part.
     */
    HqClient pinned(String fingerprint);

    /** The SHA-256 fingerprint of the certificate HQ presents at an https address (to pin at enrolment). */
    String fingerprint(URI hq) throws ApplicationException;

    /** Answers if HQ is reachable at {@code hq} (a quick request that HQ does not record); else a SyncException. */
    void health(URI hq) throws ApplicationException;

    /** Signs an HQ administrator in; returns the session token. */
    String signIn(URI hq, String name, char[] passphrase) throws ApplicationException;

    EnrolmentCode issueCode(URI hq, String session, String forUser, String role, String unit)
            throws ApplicationException;

    List<DeviceSummary> devices(URI hq, String session) throws ApplicationException;

    void markLost(URI hq, String session, UUID device) throws ApplicationException;

    Enrolment enrol(URI hq, EnrolmentRequest request) throws ApplicationException;

    /** The device's standing at HQ (a contact, recorded by HQ). */
    DeviceState status(URI hq, String deviceToken) throws ApplicationException;

    /** Tells HQ that this lost device destroyed its vault keys. */
    void keysDestroyed(URI hq, String deviceToken) throws ApplicationException;

    /** A page of the change feed after {@code after}; {@code scope} and {@code epoch} as this vault last agreed. */
    FeedPage feed(URI hq, String deviceToken, long after, int limit, String scope, UUID epoch)
            throws ApplicationException;

    /** Moves this device's sync epoch at HQ from {@code from} to {@code to}. */
    void moveEpoch(URI hq, String deviceToken, UUID from, UUID to) throws ApplicationException;

    /** Starts this device over at HQ (a restored or copied vault). */
    ResyncAnswer resync(URI hq, String deviceToken) throws ApplicationException;

    /** The open conflicts this device's user may resolve. */
    java.util.List<ConflictView> conflicts(URI hq, String deviceToken) throws ApplicationException;

    /** Ends a conflict with {@code value} (JSON text). */
    void resolve(URI hq, String deviceToken, UUID conflict, String value) throws ApplicationException;

    /** Pushes a batch; the request body is signed by {@code signer}. */
    default PushResult push(URI hq, String deviceToken, PushBatch batch, BatchSigner signer)
            throws ApplicationException {
        return push(hq, deviceToken, sign(batch, signer));
    }

    /**
     * A batch as it will be sent: its body and that body's signature by {@code signer}. Preparing it apart lets a sync
     * sign one batch while the one before is on its way.
     */
    SignedBatch sign(PushBatch batch, BatchSigner signer) throws ApplicationException;

    /** Pushes a batch prepared by {@link #sign}. */
    PushResult push(URI hq, String deviceToken, SignedBatch batch) throws ApplicationException;

    /**
     * A push batch serialised and signed: the exact bytes to send and their signature (base64). {@link #toString()}
     * leaves the body out: it holds personal data.
     */
    record SignedBatch(byte[] body, String signature) {
        @Override
        public String toString() {
            return "SignedBatch[" + (body == null ? 0 : body.length) + " bytes]";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SignedBatch b && java.util.Arrays.equals(body, b.body)
                    && java.util.Objects.equals(signature, b.signature);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Arrays.hashCode(body) + java.util.Objects.hashCode(signature);
        }
    }

    /** How much of the exhibit content with this SHA-256 HQ holds (what an upload resumes from). */
    SyncApi.ContentState contentState(URI hq, String deviceToken, String sha256) throws ApplicationException;

    /**
     * Sends {@code data} as the chunk at {@code offset} of the content {@code sha256} of {@code size} bytes, with the
     * chunk's own SHA-256. HQ's refusals: a damaged chunk ({@code hq.error.chunkHash}, a validation error), an offset
     * that does not follow what HQ holds ({@code hq.error.contentOffset}) or a whole content whose hash differs
     * ({@code hq.error.contentHash}), both conflicts.
     */
    SyncApi.ContentState sendChunk(URI hq, String deviceToken, String sha256, long size, long offset, byte[] data,
            String chunkSha256) throws ApplicationException;

    /** Up to {@code length} bytes from {@code from} of exhibit content HQ accepted and this device's user may see. */
    byte[] content(URI hq, String deviceToken, String sha256, long from, int length) throws ApplicationException;
}
