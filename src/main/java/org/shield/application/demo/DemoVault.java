package org.shield.application.demo;

import java.nio.file.Path;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.security.VaultService;
import org.shield.application.security.Workspace;

/**
 * The built-in demo vault: a separate vault, created with synthetic data on first use, whose user and
 * passphrase are public (shown on the unlock screen). It never holds real data. Blocking.
 */
public final class DemoVault {
    public static final String USER = "demo";
    public static final String PASSPHRASE = "training vault - invented data only";
    public static final String UNIT = "DEMO";
    public static final int CASES = 40;

    private final VaultService vaults;

    public DemoVault(VaultService vaults) {
        this.vaults = vaults;
    }

    /** Creates the demo vault in {@code dir} with demo data if it does not exist yet. */
    public void ensure(Path dir, ProgressListener progress, CancellationToken cancel) throws ApplicationException {
        if (vaults.exists(dir)) {
            return;
        }
        try (Workspace ws = vaults.create(dir, USER, UNIT, PASSPHRASE.toCharArray())) {
            DemoDataService.forWorkspace(ws, java.time.Clock.systemDefaultZone()).generate(CASES, 2026L, progress, cancel);
        }
    }
}
