package org.shield.infra.persistence;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.ApplicationException;
import org.shield.application.security.Workspace;
import org.shield.application.sync.Backoff;
import org.shield.bootstrap.Wiring;
import org.shield.infra.vault.Argon2Params;
import org.shield.testing.TestVaults;

/**
 * The laptop side of {@link SyncCrashIT}, run as its own JVM so that it can be killed with SIGKILL: opens the vault
 * (says "opened"), then records cases and syncs without end; with {@code final}, syncs once to the end and says how
 * many changes still wait. Synthetic data only.
 */
public final class SyncCrashChild {
    private SyncCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path vault = Path.of(args[0]);
        String user = args[1];
        boolean last = args.length > 2 && "final".equals(args[2]);
        Wiring wiring = new Wiring(Clock.systemUTC(), Argon2Params.FAST,
                new Backoff(3, Duration.ofMillis(50), Duration.ofMillis(200)));
        try (Workspace ws = wiring.vaultService().unlock(vault, user, TestVaults.PASSPHRASE.toCharArray())) {
            System.out.println("opened");
            System.out.flush();
            if (last) {
                var r = ws.sync().syncNow();
                System.out.println("final pending=" + r.pending() + " kept=" + r.keptBack());
                return;
            }
            for (int i = 0; ; i++) {
                ws.cases().create(new CreateCaseCommand("DEMO crash case " + i, null, Set.of(), "TST", null, null,
                        "DEMO summary", null, Set.of("demo")));
                try {
                    ws.sync().syncNow();
                } catch (ApplicationException hqDown) {
                    Thread.sleep(100);
                }
            }
        }
    }
}
