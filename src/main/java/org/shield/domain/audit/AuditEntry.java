package org.shield.domain.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the tamper-evident audit trail: who did what to which record, when, chained to the
 * entry before it by {@code previousHash} and signed with the vault's Ed25519 key. {@code detail}
 * can hold field values (old and new), so entries live only in the encrypted store and
 * {@link #toString()} shows the sequence and action only.
 */
public record AuditEntry(long sequence, Instant at, String actor, String action, String recordType, UUID recordId,
        String detail, byte[] previousHash, byte[] hash, byte[] signature) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        previousHash = previousHash.clone();
        hash = hash.clone();
        signature = signature.clone();
    }

    @Override
    public byte[] previousHash() {
        return previousHash.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditEntry e && e.sequence == sequence && e.at.equals(at) && e.actor.equals(actor)
                && e.action.equals(action) && Objects.equals(e.recordType, recordType)
                && Objects.equals(e.recordId, recordId) && Objects.equals(e.detail, detail)
                && Arrays.equals(e.previousHash, previousHash) && Arrays.equals(e.hash, hash)
                && Arrays.equals(e.signature, signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, action) * 31 + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "AuditEntry[" + sequence + " " + action + "]";
    }
}
