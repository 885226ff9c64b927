package org.shield.application.sync;

import java.time.Instant;
import java.util.List;

/** Port: the vault's outbox of changes not yet stored by HQ (ADR 0019). Call inside a transaction. */
public interface Outbox {
    /** How many changes wait to be sent. */
    long pending();

    /**
     * The oldest changes waiting with a number after {@code after}, in sequence order: at most {@code max}, and no
     * more than about {@code maxChars} characters of content (at least one). Their clock readings are not set yet.
     */
    List<Change> next(long after, int max, int maxChars);

    /** HQ stored every change up to {@code seq}: forgets them, and keeps {@code hlc} and {@code at}. */
    void acknowledged(long seq, Hlc hlc, Instant at);

    OutboxState state();

    /**
     * If the vault held records before the outbox existed: queues every synchronised row as an insert, once, and
     * returns how many; otherwise 0. Call in a write transaction.
     */
    long snapshotIfNeeded();

    /** The newest lines of the sync log, newest first: at most {@code limit}. */
    List<SyncLogEntry> log(int limit);

    /** When the last sync that completed ended; null if none has. */
    Instant lastCompleted();

    /** Adds a line to the laptop's sync log (counts and outcomes only). */
    void log(Instant at, String outcome, long pushed, long pulled, int conflicts, String detail);
}
