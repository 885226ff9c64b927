package org.shield.infra.persistence;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;
import org.hibernate.Transaction;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.domain.common.DomainRuleViolation;

/**
 * One Hibernate session and transaction per use case, bound to the calling thread. A nested call joins
 * the outer transaction. Commit is durable when this returns (the database runs with WRITE_DELAY=0).
 */
public final class JpaTransactionRunner implements TransactionRunner {
    private final SessionFactory sessions;
    private final SessionContext context;
    /** Transactions hold the read side; closing the vault takes the write side and so waits for them. */
    private final java.util.concurrent.locks.ReentrantReadWriteLock gate =
            new java.util.concurrent.locks.ReentrantReadWriteLock();
    private volatile boolean closed;

    JpaTransactionRunner(SessionFactory sessions, SessionContext context) {
        this.sessions = sessions;
        this.context = context;
    }

    @Override
    public <T> T write(Work<T> work) throws ApplicationException {
        return run(work, false);
    }

    @Override
    public <T> T read(Work<T> work) throws ApplicationException {
        return run(work, true);
    }

    private <T> T run(Work<T> work, boolean readOnly) throws ApplicationException {
        if (context.active()) {
            return guarded(work);
        }
        gate.readLock().lock();
        try {
            if (closed) {
                throw new org.shield.application.common.VaultLockedException(new UserMessage("error.vaultLocked"));
            }
            try {
                return inNewSession(work, readOnly);
            } finally {
                for (Runnable after : context.drainAfterCompletion()) {
                    after.run();
                }
            }
        } finally {
            gate.readLock().unlock();
        }
    }

    /**
     * Stops new transactions and waits (up to {@code timeoutSeconds}) for running ones to finish, so
     * locking the vault never cuts a save in half. Returns false if some were still running.
     */
    boolean closeGate(long timeoutSeconds) {
        closed = true;
        try {
            if (gate.writeLock().tryLock(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS)) {
                gate.writeLock().unlock();
                return true;
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private <T> T inNewSession(Work<T> work, boolean readOnly) throws ApplicationException {
        try (Session session = sessions.openSession()) {
            session.setDefaultReadOnly(readOnly);
            context.bind(session);
            Transaction tx = session.beginTransaction();
            try {
                T result = guarded(work);
                tx.commit();
                if (!readOnly) {
                    persistNow(session);
                }
                return result;
            } catch (ApplicationException | RuntimeException | Error e) {
                rollbackQuietly(tx);
                throw e;
            }
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConflictException(new UserMessage("error.conflict"), e);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof StaleStateException) {
                throw new ConflictException(new UserMessage("error.conflict"), e);
            }
            throw StorageErrors.translate(e);
        } finally {
            context.unbind();
        }
    }

    /**
     * Makes sure the commit is in the file before the use case reports success. With WRITE_DELAY=0 H2
     * stores at commit, but skips its own store when another store ran meanwhile, and a {@code kill -9}
     * then lost the last acknowledged commit now and then (CrashDurabilityIT, once the audit trail
     * doubled the writes). CHECKPOINT stores whatever is still unsaved, waiting for a running store.
     */
    private static void persistNow(Session session) {
        session.doWork(c -> {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("CHECKPOINT");
            }
        });
    }

    private static <T> T guarded(Work<T> work) throws ApplicationException {
        try {
            return work.run();
        } catch (DomainRuleViolation e) {
            throw new ValidationException(new UserMessage(e.key(), e.args()), e);
        }
    }

    private static void rollbackQuietly(Transaction tx) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException ignored) {
            // the original failure is what matters; the connection is discarded with the session
        }
    }
}
