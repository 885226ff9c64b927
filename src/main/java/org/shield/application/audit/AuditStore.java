package org.shield.application.audit;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.shield.application.common.Page;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.AuditEntry;
import org.shield.domain.audit.AuditVerifier;
import org.shield.domain.audit.ChangeSet;

/**
 * Port: the vault's tamper-evident audit trail (ADR 0008). Appends are chained and signed with the
 * vault's Ed25519 key inside the caller's transaction. Blocking; call inside or outside a
 * {@code TransactionRunner} transaction as each method says.
 */
public interface AuditStore {
    /**
     * Takes the trail's write lock for the current transaction now. Use cases that lock other counters
     * (case numbers, pseudonyms) call this first, so every writer takes the locks in the same order.
     */
    default void reserve() {
        // nothing to lock by default
    }

    /** Appends an entry in the current transaction: it is kept only if that transaction commits. */
    void append(String actor, AuditAction action, String recordType, UUID recordId, ChangeSet detail);

    /**
     * Appends an entry that is kept even if the current transaction rolls back (an access denied):
     * written after the transaction ends, or at once when there is none.
     */
    void appendRegardless(String actor, AuditAction action, String recordType, UUID recordId, ChangeSet detail);

    /** Entries matching the query, newest first. Call inside a transaction. */
    Page<AuditEntry> page(AuditQuery query, int pageIndex, int pageSize);

    /** Every entry matching the query, oldest first, streamed in batches. Call inside a transaction. */
    void forEach(AuditQuery query, Consumer<AuditEntry> sink);

    /** Every entry about these records, oldest first. Call inside a transaction. */
    List<AuditEntry> history(java.util.Collection<UUID> recordIds);

    /**
     * The entries about these records with one of these actions, oldest first (a verification needs the
     * intake and custody entries, not the growing number of its own earlier runs). Call inside a transaction.
     */
    default List<AuditEntry> history(java.util.Collection<UUID> recordIds,
            java.util.Set<org.shield.domain.audit.AuditAction> actions) {
        java.util.Set<String> names = actions.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
        return history(recordIds).stream().filter(e -> names.contains(e.action())).toList();
    }

    /** The trail for verification, read in batches (no transaction needed). */
    AuditVerifier.Source source();

    /** The vault's signed head, or null if the vault has none yet. */
    AuditVerifier.Head head();

    /** The vault's public verification key. */
    java.security.PublicKey publicKey();

    /** The security provider whose Ed25519 signs and verifies (null: the JDK's). */
    default java.security.Provider signatureProvider() {
        return null;
    }
}
