package org.shield.ui;

import java.nio.file.Path;
import java.time.Clock;
import org.shield.application.audit.AuditExporter;
import org.shield.application.demo.DemoVault;
import org.shield.application.report.ReportPages;
import org.shield.application.report.ReportPrinter;
import org.shield.application.security.VaultService;
import org.shield.application.settings.Preferences;

/**
 * What the desktop app is started with, built by {@code org.shield.bootstrap}: the vault service, the
 * vault folder, whether this is the demo vault (then {@code demoVault} creates it on first use), the
 * preferences (language, auto-lock, calendar), the clock, the adapter that writes audit exports, and the
 * adapters that show report pages and print reports.
 */
public record DeskContext(VaultService vaults, Path vaultDir, boolean demoMode, DemoVault demoVault,
        Preferences preferences, Clock clock, AuditExporter auditExporter, ReportPages reportPages,
        ReportPrinter reportPrinter) {
}
