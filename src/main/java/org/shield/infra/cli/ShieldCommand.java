package org.shield.infra.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.demo.DemoVault;
import org.shield.application.security.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * The top command: global options, and with no subcommand it opens the desktop window.
 * {@code java -jar shield.jar [--vault DIR] [--user NAME] [--passphrase-file FILE] [--demo] <command>}.
 */
@Command(name = "shield", sortOptions = false, usageHelpAutoWidth = true,
        description = "SHIELD Case Desk. With no command, opens the desktop app.",
        versionProvider = ShieldCommand.Version.class,
        subcommands = {VaultCommands.class, DemoCommand.class, CaseCommands.class, PersonCommands.class,
            UserCommands.class, AuditCommands.class, InterviewCommands.class, EvidenceCommands.class,
            TaskCommands.class, VictimCommands.class, ReportCommands.class, HqCommands.class, SyncCommands.class})
public final class ShieldCommand implements Callable<Integer> {
    final CliContext ctx;

    @Option(names = "--vault", paramLabel = "DIR", description = "Vault directory (default: the per-user data directory).")
    Path vault;

    @Option(names = "--user", paramLabel = "NAME", description = "User name (default: $SHIELD_USER, else the OS user).")
    String user;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the passphrase from the first line of FILE (else $SHIELD_PASSPHRASE, else ask).")
    Path passphraseFile;

    @Option(names = "--demo", description = "Use the built-in demo vault (synthetic data, public passphrase).")
    boolean demo;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean versionRequested;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean helpRequested;

    public ShieldCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        return ctx.gui().start(vaultDir(), demo);
    }

    Path vaultDir() {
        if (demo) {
            return ctx.demoVaultDir();
        }
        return vault != null ? vault : ctx.defaultVault();
    }

    String userName() {
        if (demo) {
            return user != null ? user : DemoVault.USER; // every demo account has the demo passphrase
        }
        if (user != null) {
            return user;
        }
        String env = ctx.environment().get("SHIELD_USER");
        return env != null && !env.isBlank() ? env : System.getProperty("user.name", "").toLowerCase(Locale.ROOT);
    }

    char[] passphrase(String prompt, boolean confirm) throws ApplicationException {
        if (demo) {
            return DemoVault.PASSPHRASE.toCharArray();
        }
        return Passphrases.read(passphraseFile, ctx.environment(), prompt, confirm);
    }

    /**
     * Unlocks the vault (creating the demo vault first when {@code --demo} is given) as the global user,
     * with that user's rights. A user who was given a temporary passphrase is refused until they have
     * chosen their own ({@code vault passwd}).
     */
    Workspace unlock() throws ApplicationException {
        return unlock(passphrase("Passphrase", false), false);
    }

    /** Unlocks with this passphrase; {@code temporaryAllowed} lets a user with a temporary passphrase in. */
    Workspace unlock(char[] passphrase, boolean temporaryAllowed) throws ApplicationException {
        if (demo) {
            ctx.demoVault().ensure(vaultDir(), ProgressListener.NONE, new CancellationToken());
        }
        Workspace ws = ctx.vaults().unlock(vaultDir(), userName(), passphrase);
        if (temporaryAllowed) {
            return ws;
        }
        boolean mustChange;
        try {
            mustChange = ws.users().mustChangePassphrase();
        } catch (ApplicationException | RuntimeException e) {
            ws.close();
            throw e;
        }
        if (mustChange) {
            ws.close();
            throw new ValidationException(new UserMessage("cli.mustChangePassphrase"));
        }
        return ws;
    }

    CliMessages messages() {
        return new CliMessages(Locale.getDefault());
    }

    /** Prints the application version. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ShieldCommand.class.getPackage().getImplementationVersion();
            return new String[] {"SHIELD Case Desk " + (v == null ? "development" : v)};
        }
    }
}
