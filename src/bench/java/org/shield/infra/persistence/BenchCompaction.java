package org.shield.infra.persistence;

import java.nio.file.Path;
import java.time.Clock;
import org.shield.application.security.DataKey;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.FileVaultKeyStore;

/**
 * Bench only: compacts a closed bench vault (H2 {@code SHUTDOWN COMPACT}), so that a benchmark measures the
 * steady-state file rather than the dead chunks a bulk load leaves behind (VaultBenchmark does the same).
 */
public final class BenchCompaction {
    private BenchCompaction() {
    }

    /** The vault must be closed; {@code Argon2Params.FAST} vaults only (as the benchmarks create them). */
    public static void compact(Path vault, String user, char[] passphrase) throws Exception {
        DataKey key = new FileVaultKeyStore(Argon2Params.FAST, Clock.systemUTC()).unwrap(vault, user, passphrase);
        try {
            VaultDatabase.compact(vault, key, true);
        } finally {
            key.destroy();
        }
    }
}
