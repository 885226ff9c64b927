package org.shield.infra.persistence;

import org.shield.application.sync.Outbox;

/** The outbox filled by {@link OutboxTrigger}, read in the current transaction. */
public final class JdbcOutbox implements Outbox {
    private final SessionContext context;

    JdbcOutbox(SessionContext context) {
        this.context = context;
    }

    @Override
    public long pending() {
        return context.current().createNativeQuery("select count(*) from sync_outbox", Long.class).getSingleResult();
    }
}
