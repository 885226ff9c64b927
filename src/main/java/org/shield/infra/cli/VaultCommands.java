package org.shield.infra.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.shield.application.common.ProgressListener;
import org.shield.application.common.StorageException;
import org.shield.application.security.VerifyReport;
import org.shield.application.security.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vault init | verify | backup | restore | passwd}. */
@Command(name = "vault", description = "Create, check, back up, restore the vault; change a passphrase.",
        subcommands = {VaultCommands.Init.class, VaultCommands.Verify.class, VaultCommands.Backup.class,
            VaultCommands.Restore.class, VaultCommands.Passwd.class})
final class VaultCommands {
    @ParentCommand
    ShieldCommand root;

    @Command(name = "init", description = "Create a new vault with its first administrator.")
    static final class Init implements Callable<Integer> {
        @ParentCommand
        VaultCommands parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--admin", required = true, paramLabel = "NAME", description = "First administrator's user name.")
        String admin;

        @Option(names = "--unit", paramLabel = "CODE", defaultValue = "ATU",
                description = "Unit/office code used in case numbers (default: ${DEFAULT-VALUE}).")
        String unit;

        @Override
        public Integer call() throws Exception {
            ShieldCommand r = parent.root;
            char[] pass = r.passphrase("New passphrase", true);
            try (Workspace ws = r.ctx.vaults().create(r.vaultDir(), admin, unit, pass)) {
                spec.commandLine().getOut().println(r.messages().text("cli.vaultCreated", ws.user().userName()));
            }
            return 0;
        }
    }

    @Command(name = "verify", description = "Open the vault and read every record to check it is intact.")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        VaultCommands parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            ShieldCommand r = parent.root;
            try (Workspace ws = r.unlock()) {
                VerifyReport report = ws.verify(ProgressListener.NONE);
                spec.commandLine().getOut().println(r.messages().text("cli.vaultVerified",
                        report.rowsPerTable().size(), report.totalRows()));
            }
            return 0;
        }
    }

    @Command(name = "backup", description = "Write an encrypted one-file backup and verify it.")
    static final class Backup implements Callable<Integer> {
        @ParentCommand
        VaultCommands parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Backup file to create.")
        Path out;

        @Override
        public Integer call() throws Exception {
            ShieldCommand r = parent.root;
            try (Workspace ws = r.unlock()) {
                r.ctx.vaults().backup(ws, out, ProgressListener.NONE);
            }
            spec.commandLine().getOut().println(r.messages().text("cli.backupWritten", out));
            return 0;
        }
    }

    @Command(name = "restore", description = "Restore a backup into the --vault directory (must be empty or absent).")
    static final class Restore implements Callable<Integer> {
        @ParentCommand
        VaultCommands parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "FILE", description = "Backup file to restore.")
        Path from;

        @Override
        public Integer call() throws Exception {
            ShieldCommand r = parent.root;
            r.ctx.vaults().restore(from, r.vaultDir(), r.userName(), r.passphrase("Passphrase", false),
                    ProgressListener.NONE);
            spec.commandLine().getOut().println(r.messages().text("cli.restored", r.vaultDir()));
            return 0;
        }
    }

    @Command(name = "passwd", description = "Change your passphrase (re-wraps the key; the database is not re-encrypted)."
            + " Also the way to replace a temporary passphrase an administrator gave you.")
    static final class Passwd implements Callable<Integer> {
        @ParentCommand
        VaultCommands parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--new-passphrase-file", required = true, paramLabel = "FILE",
                description = "Read the new passphrase from the first line of FILE.")
        Path newPassphraseFile;

        @Override
        public Integer call() throws Exception {
            ShieldCommand r = parent.root;
            char[] current = r.passphrase("Current passphrase", false);
            char[] next = Passphrases.fromFile(newPassphraseFile);
            try {
                Workspace ws;
                try {
                    ws = r.unlock(current, true);
                } catch (StorageException databaseUnavailable) {
                    // the database cannot be opened here (open in the desktop app, say): the key file alone
                    // can still be re-wrapped, as before; a temporary-passphrase mark then stays until the
                    // next passwd that can open the vault
                    r.ctx.vaults().changePassphrase(r.vaultDir(), r.userName(), current, next);
                    spec.commandLine().getOut().println(r.messages().text("cli.passphraseChanged"));
                    return 0;
                }
                try (ws) {
                    // through the vault, so that the change is audited and a temporary passphrase is cleared
                    ws.users().changeOwnPassphrase(current, next);
                }
            } finally {
                Arrays.fill(current, '\0');
                Arrays.fill(next, '\0');
            }
            spec.commandLine().getOut().println(r.messages().text("cli.passphraseChanged"));
            return 0;
        }
    }
}
