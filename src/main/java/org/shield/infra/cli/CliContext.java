package org.shield.infra.cli;

import java.nio.file.Path;
import java.util.Map;
import org.shield.application.audit.AuditExporter;
import org.shield.application.demo.DemoVault;
import org.shield.application.security.VaultService;
import org.shield.application.sync.HqClient;
import org.shield.application.sync.HqHost;

/**
 * What the CLI needs from the composition root: the vault service, the default directories, the
 * environment (for {@code SHIELD_PASSPHRASE}), how to open the GUI when no subcommand is given, and the
 * adapter that writes audit exports, HQ's server and HQ's API (issue 7).
 */
public record CliContext(VaultService vaults, DemoVault demoVault, Path defaultVault, Path demoVaultDir,
        Map<String, String> environment, GuiStarter gui, String version, AuditExporter auditExporter,
        HqHost hqHost, HqClient hqClient) {

    /** Opens the desktop window; returns the process exit code. */
    @FunctionalInterface
    public interface GuiStarter {
        int start(Path vaultDir, boolean demo);
    }
}
