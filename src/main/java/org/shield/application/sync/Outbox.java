package org.shield.application.sync;

/** Port: the vault's outbox of changes not yet stored by HQ (ADR 0019). Call inside a transaction. */
public interface Outbox {
    /** How many changes wait to be sent. */
    long pending();
}
