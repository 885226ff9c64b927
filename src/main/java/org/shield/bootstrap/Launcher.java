package org.shield.bootstrap;

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
        Wiring wiring = Wiring.standard();
        VaultService vaults = wiring.vaultService();
        CliContext ctx = new CliContext(vaults, wiring.demoVault(vaults), DataDirectories.defaultVault(),
                DataDirectories.demoVault(), System.getenv(), (dir, demo) -> Gui.start(wiring, vaults, dir, demo),
                Launcher.class.getPackage().getImplementationVersion(), wiring.auditExporter(),
                wiring.hqHost(Launcher.class.getPackage().getImplementationVersion()), new HttpHqClient());
        int code = Cli.run(ctx, args);
        if (code != Gui.RUNNING) {
            System.exit(code);
        }
        // the window is open: the JavaFX thread keeps the process alive until it closes
    }
}
