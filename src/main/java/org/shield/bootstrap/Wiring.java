package org.shield.bootstrap;

import java.nio.file.Path;
import java.time.Clock;
import org.shield.application.audit.AuditExporter;
import org.shield.application.demo.DemoVault;
import org.shield.application.report.ReportPages;
import org.shield.application.report.ReportPrinter;
import org.shield.application.security.VaultService;
import org.shield.application.settings.Preferences;
import org.shield.infra.export.JacksonCsvAuditExporter;
import org.shield.infra.report.PdfBoxReportPages;
import org.shield.infra.report.PdfBoxReportPrinter;
import org.shield.infra.settings.PropertiesPreferenceStore;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.FileVaultKeyStore;
import org.shield.infra.vault.TinkBackupArchive;

/**
 * The composition root: builds the object graph with {@code new}. No static state; tests build their
 * own graph with the same methods.
 */
public final class Wiring {
    private final Clock clock;
    private final Argon2Params kdf;
    private final org.shield.application.sync.Backoff syncBackoff;
    private final int exhibitChunk;

    public Wiring(Clock clock, Argon2Params kdf) {
        this(clock, kdf, org.shield.application.sync.Backoff.DEFAULT);
    }

    /** With how syncs retry after a network failure (tests shorten the waits). */
    public Wiring(Clock clock, Argon2Params kdf, org.shield.application.sync.Backoff syncBackoff) {
        this(clock, kdf, syncBackoff, org.shield.application.sync.ExhibitTransfer.CHUNK);
    }

    /** Also with the chunk size of exhibit content sent to and read from HQ (tests use small ones). */
    public Wiring(Clock clock, Argon2Params kdf, org.shield.application.sync.Backoff syncBackoff, int exhibitChunk) {
        this.clock = clock;
        this.kdf = kdf;
        this.syncBackoff = syncBackoff;
        this.exhibitChunk = exhibitChunk;
    }

    /** The production graph: system clock, Argon2 parameters from {@link Argon2Params#fromSystem()}. */
    public static Wiring standard() {
        return new Wiring(Clock.systemDefaultZone(), Argon2Params.fromSystem());
    }

    public VaultService vaultService() {
        FileVaultKeyStore keys = new FileVaultKeyStore(kdf, clock);
        return new VaultService(keys, new H2WorkspaceFactory(clock, keys, syncBackoff, exhibitChunk),
                new TinkBackupArchive(keys), clock);
    }

    /** Writes audit trail exports (CSV, JSON) for the CLI and the desktop app. */
    public AuditExporter auditExporter() {
        return new JacksonCsvAuditExporter();
    }

    /** Renders report pages for the desktop's preview. */
    public ReportPages reportPages() {
        return new PdfBoxReportPages();
    }

    /** Prints reports through the system print dialog (desktop only). */
    public ReportPrinter reportPrinter() {
        return new PdfBoxReportPrinter();
    }

    public DemoVault demoVault(VaultService vaults) {
        return new DemoVault(vaults);
    }

    public Preferences preferences(Path vaultDir) {
        return new Preferences(new PropertiesPreferenceStore(vaultDir.resolve("preferences.properties")));
    }

    /** Runs HQ in this process ({@code hq serve}). */
    public org.shield.application.sync.HqHost hqHost(String version) {
        return new HqServerHost(clock, kdf, version == null ? "dev" : version);
    }

    public Clock clock() {
        return clock;
    }
}
