package org.shield.infra.cli;

import java.nio.file.Path;
import java.util.Map;
import org.shield.application.audit.AuditExporter;
import org.shield.application.demo.DemoVault;
import org.shield.application.security.VaultService;

/**
 * What the CLI needs from the composition root: the vault service, the default directories, the
 * environment (for {@code SHIELD_PASSPHRASE}), how to open the GUI when no subcommand is given, and the
 * adapter that writes audit exports.
 */
public record CliContext(VaultService vaults, DemoVault demoVault, Path defaultVault, Path demoVaultDir,
        Map<String, String> environment, GuiStarter gui, String version, AuditExporter auditExporter) {

    /** Opens the desktop window; returns the process exit code. */
    @FunctionalInterface
    public interface GuiStarter {
        int start(Path vaultDir, boolean demo);
    }
}
