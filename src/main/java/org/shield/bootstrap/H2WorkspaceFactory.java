package org.shield.bootstrap;

import java.nio.file.Path;
import java.time.Clock;
import org.shield.application.common.ApplicationException;
import org.shield.application.security.DataKey;
import org.shield.application.security.VaultKeyStore;
import org.shield.application.security.Workspace;
import org.shield.application.security.WorkspaceFactory;
import org.shield.infra.evidence.TinkEvidenceStore;
import org.shield.infra.persistence.VaultDatabase;

/** Opens a vault's encrypted H2 database and builds a {@link VaultWorkspace} over it. */
final class H2WorkspaceFactory implements WorkspaceFactory {
    private final Clock clock;
    private final VaultKeyStore keys;

    private final org.shield.application.sync.Backoff syncBackoff;
    private final int exhibitChunk;

    H2WorkspaceFactory(Clock clock, VaultKeyStore keys, org.shield.application.sync.Backoff syncBackoff,
            int exhibitChunk) {
        this.syncBackoff = syncBackoff;
        this.exhibitChunk = exhibitChunk;
        this.clock = clock;
        this.keys = keys;
    }

    @Override
    public Workspace create(Path vaultDir, DataKey key, String adminName, String unitCode) throws ApplicationException {
        VaultDatabase db;
        try {
            db = VaultDatabase.open(vaultDir, key, false);
        } catch (ApplicationException | RuntimeException e) {
            VaultDatabase.deleteFiles(vaultDir);
            key.destroy();
            throw e;
        }
        try {
            db.initialise(adminName, unitCode.toUpperCase(java.util.Locale.ROOT), clock.instant());
            return new VaultWorkspace(vaultDir, db, key, db.user(adminName), keys, clock, syncBackoff, exhibitChunk);
        } catch (ApplicationException | RuntimeException e) {
            db.close();
            VaultDatabase.deleteFiles(vaultDir);
            key.destroy();
            throw e;
        }
    }

    @Override
    public void warmUp(java.util.function.BooleanSupplier stop) {
        TinkEvidenceStore.warmUp();
        VaultDatabase.warmUp(stop);
    }

    @Override
    public Workspace open(Path vaultDir, DataKey key, String userName) throws ApplicationException {
        VaultDatabase db;
        try {
            db = VaultDatabase.open(vaultDir, key, true);
        } catch (ApplicationException | RuntimeException e) {
            key.destroy();
            throw e;
        }
        try {
            return new VaultWorkspace(vaultDir, db, key, db.user(userName), keys, clock, syncBackoff, exhibitChunk);
        } catch (ApplicationException | RuntimeException e) {
            db.close();
            key.destroy();
            throw e;
        }
    }
}
