package org.shield.hq;

import java.time.Instant;
import java.util.List;
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
}
