package org.shield.bootstrap;

import java.nio.file.Path;
import java.util.Map;
import org.shield.application.security.VaultService;
import org.shield.infra.cli.Cli;
import org.shield.infra.cli.CliContext;
import org.shield.infra.sync.HttpHqClient;

/**
 * The jar's main class. Does not extend {@code javafx.application.Application}, so the fat jar runs
 * on a plain JDK: a subcommand runs the CLI without starting JavaFX; no subcommand opens the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (System.getProperty("shield.log.dir") == null) {
            System.setProperty("shield.log.dir", DataDirectories.logs().toString());
        }
        int code = Cli.run(context(Wiring.standard(), System.getenv(), DataDirectories.defaultVault(),
                DataDirectories.demoVault()), args);
        if (code != Gui.RUNNING) {
            System.exit(code);
        }
        // the window is open: the JavaFX thread keeps the process alive until it closes
    }

    /**
     * What the command line runs on: this wiring, this environment ({@code SHIELD_PASSPHRASE}, {@code SHIELD_USER})
     * and these folders for a vault and the demo vault named by no {@code --vault}. {@link #main} passes the
     * process's own; the tests that run commands in their JVM pass theirs, so both run the same composition.
     */
    public static CliContext context(Wiring wiring, Map<String, String> environment, Path defaultVault,
            Path demoVault) {
        VaultService vaults = wiring.vaultService();
        String version = Launcher.class.getPackage().getImplementationVersion();
        return new CliContext(vaults, wiring.demoVault(vaults), defaultVault, demoVault, environment,
                (dir, demo) -> Gui.start(wiring, vaults, dir, demo), version, wiring.auditExporter(),
                wiring.hqHost(version), new HttpHqClient());
    }
}
