package org.shield.hq;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shield.application.common.StorageException;
import org.shield.application.sync.DeviceSummary;

/**
 * Port: HQ's accounts, sessions, enrolment codes, devices and audit trail. Each method is one transaction, so
 * any number of HQ processes may share the store. Tokens and codes arrive hashed; the store never sees them.
 * Blocking.
 */
public interface HqStore {
    /** A device's identity and standing, looked up by its token. */
    record Device(UUID id, String userName, String role, String unitCode, String publicKey,
            org.shield.application.sync.DeviceState state) {
    }

    /** What a used enrolment code was issued for. */
    record CodeGrant(String userName, String role, String unitCode) {
    }

    boolean hasAnyUser() throws StorageException;

    void addUser(String name, String role, String passphraseHash, Instant at) throws StorageException;

    Optional<String> passphraseHash(String name) throws StorageException;

    void addSession(String tokenHash, String userName, Instant expiresAt) throws StorageException;

    /** The account a live session belongs to. */
    Optional<String> sessionUser(String tokenHash, Instant now) throws StorageException;

    void addCode(String codeHash, String userName, String role, String unitCode, String issuedBy, Instant issuedAt,
            Instant expiresAt) throws StorageException;

    /**
     * In one transaction: takes an unused, unexpired code issued for {@code userName} (locking it, so two enrolments cannot both use it),
     * registers the device with the code's user, role and unit, and marks the code used. Empty if the code is
     * unknown, used or expired.
     */
    Optional<CodeGrant> enrol(String codeHash, String userName, Instant now, UUID deviceId, String publicKey,
            String tokenHash)
            throws StorageException;

    List<DeviceSummary> devices() throws StorageException;

    /** Marks an active device lost; false if there is no such device or it is not active. */
    boolean markLost(UUID deviceId, String by, Instant at) throws StorageException;

    /** The device holding this token, its last contact set to {@code now}. */
    Optional<Device> contact(String tokenHash, Instant now) throws StorageException;

    /** A lost device reported that it destroyed its keys. */
    void shredReported(UUID deviceId, Instant at) throws StorageException;

    void audit(Instant at, String actor, UUID deviceId, String action, String detail) throws StorageException;

    /** A change as pushed, with its columns parsed. */
    record Incoming(org.shield.application.sync.Change change, FieldMerge.Parsed parsed) {
    }

    /** Why a batch was not stored: none, a gap before it, or numbers this device already used for other changes. */
    enum Refusal { NONE, GAP, MISMATCH, NOT_ACTIVE }

    /** What a push did: the device's highest stored sequence number, new changes stored, conflicts opened. */
    record PushOutcome(long storedUpTo, int stored, int conflicts, Refusal refusal) {
    }

    /**
     * In one transaction (ADR 0019): locks the device, skips the changes it already stored (checking that their ids
     * match), refuses a batch that would leave a gap, takes feed positions under the feed lock, merges each new
     * change ({@link FieldMerge}), stores the changes, the device's new high-water mark and clock offset, and the
     * audit entry. {@code changes} are in ascending sequence order without gaps.
     */
    PushOutcome push(Device device, List<Incoming> changes, Instant now, long clockOffsetMs, boolean clockFlagged)
            throws StorageException;

    /**
     * A record as the feed scans it, before need-to-know decides whether the device gets it; {@code createdBy} is the
     * device that first sent it (null where the reader did not need it).
     */
    record FeedRow(String table, String rowKey, long pos, boolean deleted, UUID caseId, UUID personId,
            int openConflicts, UUID createdBy) {
        public FeedRow(String table, String rowKey, long pos, boolean deleted, UUID caseId, UUID personId,
                int openConflicts) {
            this(table, rowKey, pos, deleted, caseId, personId, openConflicts, null);
        }

        public String id() {
            return table + '\u0000' + rowKey;
        }
    }

    /** A party of a case: the case and the user a victim is referred to (null: none). */
    record Party(UUID caseId, String referredTo) {
    }

    /** A case a user has some relation to, and the feed position at which it first reached HQ (0 if unknown). */
    record RelatedCase(org.shield.domain.security.CaseRelation relation, long firstPos) {
    }

    /**
     * What need-to-know reads for one user, in one transaction: {@link #relationsVersion()} read first, then every
     * case the user is related to with its first position. The cases are therefore at least as new as the version.
     */
    record Access(long version, Map<UUID, RelatedCase> cases) {
    }

    /** {@link Access} for {@code user} of {@code unit}. */
    Access access(String user, String unit) throws StorageException;

    /**
     * A number that grows with every committed change to the relations need-to-know reads (a case's unit, lead or
     * first position, a team member, a party or referral): equal numbers mean equal relations.
     */
    long relationsVersion() throws StorageException;

    /** Up to {@code limit} records with a feed position after {@code after}, in position order. */
    List<FeedRow> recordsAfter(long after, int limit) throws StorageException;

    /** The records of these persons: the person rows and their own details. */
    List<FeedRow> recordsOfPersons(java.util.Collection<UUID> persons) throws StorageException;

    /** The current values of these records, by {@link FeedRow#id()}: column to JSON text. */
    Map<String, Map<String, String>> fields(java.util.Collection<FeedRow> rows) throws StorageException;

    /** The columns of these records that are in an open conflict, by {@link FeedRow#id()}. */
    Map<String, List<String>> conflictColumns(java.util.Collection<FeedRow> rows) throws StorageException;

    /** For each of these persons, the cases they are a party of. */
    Map<UUID, List<Party>> parties(java.util.Collection<UUID> persons) throws StorageException;

    /** The pseudonyms of those of these persons who have one (the protected ones). */
    Map<UUID, String> pseudonyms(java.util.Collection<UUID> persons) throws StorageException;

    /** The device's sync epoch (null before its first completed sync or after a resync). */
    Optional<UUID> epoch(UUID device) throws StorageException;

    /** Moves the device's epoch from {@code from} (null: none yet) to {@code to}; false if it was not {@code from}. */
    boolean advanceEpoch(UUID device, UUID from, UUID to) throws StorageException;

    /** A restored or copied vault starts over: clears its epoch; returns the highest change number HQ holds from it. */
    long resync(UUID device) throws StorageException;

    /** An open conflict with its record as the feed would scan it. */
    record OpenConflict(org.shield.application.sync.ConflictView view, FeedRow record) {
    }

    /** Every open conflict, oldest first. */
    List<OpenConflict> openConflicts() throws StorageException;

    /** The lead investigator of each of these cases that has one. */
    Map<UUID, String> leads(java.util.Collection<UUID> cases) throws StorageException;

    /**
     * In one transaction under the feed lock: makes {@code value} the field's current value, set by {@code device}
     * and {@code user} under a new change id; every competing value and the value it replaces go to history; closes
     * the conflict with who and when; moves the record to a new feed position; writes the audit entry. False if the
     * conflict is not open.
     */
    boolean resolve(UUID conflictId, String value, UUID device, String user, Instant now) throws StorageException;

    /** HQ's stored TLS certificate: base64 PKCS#12 store and its password; empty before the first TLS start. */
    Optional<String[]> tls() throws StorageException;

    /** Stores the TLS certificate unless one is stored already (another HQ process was first); false then. */
    boolean saveTls(String keystore, String password, String fingerprint, Instant at) throws StorageException;
    /** Exhibit content HQ holds or is receiving (ADR 0019): its size, the bytes held so far, whether accepted. */
    record ContentState(long size, long held, boolean complete) {
    }

    /**
     * What became of a chunk: stored, stored and the whole content accepted, or refused and why. For content HQ
     * accepted from another device, a chunk is compared rather than stored (STORED still says it matched or not yet
     * known), and PROVEN says every byte matched: the device holds the content.
     */
    enum ChunkOutcome { STORED, ACCEPTED, PROVEN, OFFSET, SIZE, COMPLETE_ALREADY, HASH_MISMATCH, BUSY }

    /** A chunk's outcome and the bytes HQ holds after it (0 after a content whose whole hash did not match). */
    record ChunkResult(ChunkOutcome outcome, long held) {
    }

    /** The content with this SHA-256 (lower-case hex), if HQ holds or is receiving it. */
    Optional<ContentState> content(String sha256) throws StorageException;

    /**
     * As {@link #content(String)}, as {@code device} may resume it: an upload another device is sending counts as
     * nothing held (one device sends the whole of a content), and so does content another device uploaded until this
     * one has proved, by sending the same bytes, that it holds it; its proof so far is answered as an upload would be.
     */
    Optional<ContentState> contentFor(String sha256, UUID device) throws StorageException;

    /**
     * In one transaction, with the content's row locked: appends {@code data} at {@code offset}, which must be the
     * number of bytes held ({@link ChunkOutcome#OFFSET} otherwise, nothing stored), for a content of {@code size}
     * bytes ({@link ChunkOutcome#SIZE} if another size was announced). When the last byte arrives, hashes the whole
     * content again: {@link ChunkOutcome#ACCEPTED} if it is {@code sha256}, else every chunk is dropped and the
     * answer is {@link ChunkOutcome#HASH_MISMATCH}. One device sends the whole of a content, so that the content
     * proves that device held the bytes: a chunk from another is {@link ChunkOutcome#BUSY}, unless it starts over at
     * 0 after the first device's upload was left idle for {@code IDLE_UPLOAD}, which hands the upload over. Once the
     * content is accepted, another device's chunks are a proof that it holds the same bytes: compared, not stored,
     * answered as an upload would be, and {@link ChunkOutcome#PROVEN} when every byte matched.
     */
    ChunkResult appendChunk(String sha256, long size, long offset, byte[] data, UUID device, Instant now)
            throws StorageException;

    /**
     * Drops, chunks and all, every unfinished upload no chunk of which arrived since {@code cutoff}; returns how many.
     * Accepted content is never dropped.
     */
    int dropAbandonedUploads(Instant cutoff) throws StorageException;

    /** Up to {@code length} bytes of accepted content from {@code from} (fewer at its end). */
    byte[] contentRange(String sha256, long from, int length) throws StorageException;

    /** Whether this device pushed (set the hash of) an exhibit record that carries this SHA-256. */
    boolean exhibitHashFrom(UUID device, String sha256) throws StorageException;

    /**
     * The exhibit records, not deleted, that carry this SHA-256 and through which it may be fetched, as the feed would
     * scan them: those whose hash was set by the device that uploaded the accepted content or by one that proved it
     * holds the same bytes (a hash is no secret: an exhibit pushed with another's hash must not open that content);
     * with {@code uploaderOnly} false, every exhibit carrying the hash (to tell who may see one that the content is
     * not at HQ yet).
     */
    List<FeedRow> exhibitsWithHash(String sha256, boolean uploaderOnly) throws StorageException;
}
