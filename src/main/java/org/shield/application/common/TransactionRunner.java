package org.shield.application.common;

/**
 * Runs one use case in one short database transaction. Repositories called inside see that
 * transaction. A broken domain rule becomes a {@link ValidationException}; a stale version a
 * {@link ConflictException}; a storage failure a {@link StorageException}.
 * Blocking; call from a worker thread, never the JavaFX thread.
 */
public interface TransactionRunner {
    <T> T write(Work<T> work) throws ApplicationException;

    <T> T read(Work<T> work) throws ApplicationException;

    /** A unit of work that may fail with an application exception. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws ApplicationException;
    }
}
