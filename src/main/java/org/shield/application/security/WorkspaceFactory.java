package org.shield.application.security;

import java.nio.file.Path;
import org.shield.application.common.ApplicationException;

/**
 * Port: opens the encrypted database of a vault with its data key and builds the services over it.
 * Blocking; call from a worker thread.
 */
public interface WorkspaceFactory {
    /** Creates a new database (schema by migration) with its first administrator. */
    Workspace create(Path vaultDir, DataKey key, String adminName, String unitCode) throws ApplicationException;

    /** Opens an existing database for this user (migrating the schema if the app is newer). */
    Workspace open(Path vaultDir, DataKey key, String userName) throws ApplicationException;

    /**
     * Loads and compiles the persistence code ahead of the first open, touching no vault. Optional. Its last and
     * longest part (the code of a sync's pull) is skipped once {@code stop} says so: an unlock has begun and needs
     * the processor.
     */
    default void warmUp(java.util.function.BooleanSupplier stop) {
        // nothing to prepare by default
    }
}
