package org.shield.infra.persistence;

import org.hibernate.Session;

/**
 * The Hibernate session of the transaction running on this thread, bound by
 * {@link JpaTransactionRunner} for the duration of one use case. Repositories read it here instead of
 * keeping a session in a field.
 */
public final class SessionContext {
    private final ThreadLocal<Session> current = new ThreadLocal<>();
    private final ThreadLocal<java.util.List<Runnable>> afterCompletion =
            ThreadLocal.withInitial(java.util.ArrayList::new);

    /** Runs {@code work} once the outermost transaction on this thread has ended, committed or not. */
    void afterCompletion(Runnable work) {
        afterCompletion.get().add(work);
    }

    /** Takes the work queued for after the transaction (and clears the queue). */
    java.util.List<Runnable> drainAfterCompletion() {
        java.util.List<Runnable> out = new java.util.ArrayList<>(afterCompletion.get());
        afterCompletion.remove();
        return out;
    }

    Session current() {
        Session s = current.get();
        if (s == null) {
            throw new IllegalStateException("repository used outside a transaction");
        }
        return s;
    }

    boolean active() {
        return current.get() != null;
    }

    void bind(Session s) {
        current.set(s);
    }

    void unbind() {
        current.remove();
    }
}
