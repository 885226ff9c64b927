package org.shield.application.sync;

/**
 * The HQ HTTP API's paths and request bodies, shared by the server and the laptop's client so that the two cannot
 * drift. Responses are the records of this package ({@link Enrolment}, {@link EnrolmentCode},
 * {@link DeviceSummary}); errors are {@code {"error": key, "args": [...]}}.
 */
public final class SyncApi {
    public static final String PREFIX = "/api/v1";
    public static final String HEALTH = PREFIX + "/health";
    public static final String SIGN_IN = PREFIX + "/admin/sign-in";
    public static final String ENROLMENT_CODES = PREFIX + "/admin/enrolment-codes";
    public static final String DEVICES = PREFIX + "/admin/devices";
    public static final String DEVICE_LOST = PREFIX + "/admin/devices/{id}/lost";
    public static final String ENROL = PREFIX + "/enrol";
    public static final String DEVICE_STATUS = PREFIX + "/device/status";
    public static final String DEVICE_SHREDDED = PREFIX + "/device/keys-destroyed";
    /** POST a {@link PushBatch}, signed; answers a {@link PushResult}. */
    public static final String DEVICE_CHANGES = PREFIX + "/device/changes";
    /** GET with {@code after}, {@code limit}, {@code scope} and {@code epoch}: a {@link FeedPage}. */
    public static final String DEVICE_FEED = PREFIX + "/device/feed";
    /** POST an {@link EpochMove} after a completed sync: no content. */
    public static final String DEVICE_EPOCH = PREFIX + "/device/epoch";
    /** POST (no body) from a restored or copied vault starting over: a {@link ResyncAnswer}. */
    public static final String DEVICE_RESYNC = PREFIX + "/device/resync";
    /** GET: the open conflicts this device's user may resolve, a list of {@link ConflictView}. */
    public static final String DEVICE_CONFLICTS = PREFIX + "/device/conflicts";
    /** POST a {@link Resolution}: resolves the conflict; no content. */
    public static final String DEVICE_RESOLVE = PREFIX + "/device/conflicts/{id}/resolve";
    /** GET: how much of the exhibit content with this SHA-256 HQ holds, a {@link ContentState}. */
    public static final String DEVICE_CONTENT_STATE = PREFIX + "/device/content/{sha256}/state";
    /**
     * POST a chunk of exhibit content (octet-stream) with {@code offset} and the content's {@code size}, its own
     * SHA-256 in {@link #CHUNK_SHA256}: a {@link ContentState}. A wrong offset is refused ({@code
     * hq.error.contentOffset}, with the bytes held), a damaged chunk too ({@code hq.error.chunkHash}); the last chunk
     * is accepted only if the whole content has the SHA-256 it is sent under ({@code hq.error.contentHash}).
     */
    public static final String DEVICE_CONTENT_CHUNKS = PREFIX + "/device/content/{sha256}/chunks";
    /** GET with {@code from} and {@code length}: that range of accepted exhibit content (octet-stream). */
    public static final String DEVICE_CONTENT = PREFIX + "/device/content/{sha256}";
    /** The header carrying a chunk's own SHA-256 (hex). */
    public static final String CHUNK_SHA256 = "X-Shield-Chunk-Sha256";
    /**
     * The header in which the laptop and HQ each name the form of the records they exchange, {@link #FORMAT}; each
     * refuses the other without it, so that a laptop and an HQ a version apart never mix two forms of a record
     * (ADR 0020: format 2 keys a person's list items by id, not position).
     */
    public static final String FORMAT_HEADER = "X-Shield-Sync-Format";
    /** The form of the records this version exchanges. */
    public static final String FORMAT = "2";
    /** The header carrying the base64 Ed25519 signature of the exact request body. */
    public static final String SIGNATURE = "X-Shield-Signature";

    private SyncApi() {
    }

    /** An HQ account signing in. {@link #toString()} hides the passphrase. */
    public record SignIn(String name, String passphrase) {
        @Override
        public String toString() {
            return "SignIn[]";
        }
    }

    /** An administrator asking for an enrolment code. */
    public record CodeRequest(String forUser, String role, String unit) {
    }

    /** A device moving its sync epoch from {@code from} (null: none yet) to a new random {@code to}. */
    public record EpochMove(java.util.UUID from, java.util.UUID to) {
    }

    /** The value that ends a conflict (JSON text: one of the competing values, or one written to merge them). */
    public record Resolution(String value) {
        @Override
        public String toString() {
            return "Resolution[]";
        }
    }

    /** Exhibit content at HQ: its size, the bytes HQ holds, and whether HQ accepted the whole (hash checked). */
    public record ContentState(long size, long held, boolean complete) {
    }

    /** An error as HQ sends it: a bundle key and its arguments (ids and codes, never personal data). */
    public record Error(String error, java.util.List<String> args) {
    }
}
