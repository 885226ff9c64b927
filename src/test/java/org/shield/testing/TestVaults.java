package org.shield.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.shield.application.common.ApplicationException;
import org.shield.application.security.VaultService;
import org.shield.application.security.Workspace;
import org.shield.bootstrap.Wiring;
import org.shield.infra.vault.Argon2Params;

/**
 * Builds real vaults (encrypted H2 file, key file) for tests, with a cheap Argon2 setting so tests
 * do not wait on key derivation. Data is obviously synthetic.
 */
public final class TestVaults {
    public static final String ADMIN = "test-admin";
    public static final String PASSPHRASE = "synthetic test passphrase 42";

    private TestVaults() {
    }

    public static Wiring wiring() {
        return new Wiring(Clock.systemUTC(), Argon2Params.FAST);
    }

    public static VaultService vaults() {
        return wiring().vaultService();
    }

    /** A new vault in {@code dir} with the test administrator, already unlocked. */
    public static Workspace create(Path dir) throws ApplicationException {
        return vaults().create(dir, ADMIN, "TST", PASSPHRASE.toCharArray());
    }

    /** The data key of a vault made by {@link #create}, for tests that open its database directly. */
    public static org.shield.application.security.DataKey dataKey(Path dir) throws ApplicationException {
        return new org.shield.infra.vault.FileVaultKeyStore(Argon2Params.FAST, Clock.systemUTC()).unwrap(dir, ADMIN,
                PASSPHRASE.toCharArray());
    }

    public static Workspace unlock(Path dir) throws ApplicationException {
        return vaults().unlock(dir, ADMIN, PASSPHRASE.toCharArray());
    }

    /**
     * Copies a vault's files as someone would by hand ({@code to} must not exist): the copy and its original then
     * share the device id, epoch and tag, which is what the sync must find out (ADR 0002, ADR 0019).
     */
    public static void copyByHand(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(from)) {
            for (Path p : files.toList()) {
                java.nio.file.Files.copy(p, to.resolve(from.relativize(p).toString()),
                        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
