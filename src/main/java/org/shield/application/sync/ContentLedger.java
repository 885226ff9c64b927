package org.shield.application.sync;

import java.time.Instant;
import java.util.List;

/**
 * Port: which exhibit contents held in this vault HQ holds whole (ADR 0019), so that a sync sends each content once.
 * Contents are addressed by SHA-256: two exhibits with the same bytes are one upload. Call inside a transaction.
 */
public interface ContentLedger {
    /** Exhibit content held here: its SHA-256, size, and where the evidence store keeps it. */
    record Local(String sha256, long size, String blobId, byte[] wrappedKey) {
        @Override
        public String toString() {
            return "Local[" + sha256 + ", " + size + "]";
        }
    }

    /** Up to {@code limit} contents of live exhibits held here that HQ has not confirmed, smallest first. */
    List<Local> unconfirmed(int limit);

    /** HQ holds this content whole (it accepted it, or this vault fetched it from there). */
    void confirmed(String sha256, Instant at);
}
