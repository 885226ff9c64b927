package org.shield.infra.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.shield.application.security.UserSummary;
import org.shield.application.security.Workspace;
import org.shield.domain.security.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code user add | list | disable | reset-passphrase}: the vault's local accounts (administrators). */
@Command(name = "user", description = "Add, list and disable users; give a user a temporary passphrase.",
        subcommands = {UserCommands.Add.class, UserCommands.ListUsers.class, UserCommands.Disable.class,
            UserCommands.ResetPassphrase.class})
final class UserCommands {
    @ParentCommand
    ShieldCommand root;

    enum ListFormat { table, csv, json }

    @Command(name = "add", description = "Add a user with a temporary passphrase; they choose their own when they"
            + " first unlock (vault passwd).")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UserCommands parent;
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "User name (3-64 lower-case letters, digits, . - _).")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "Role (repeatable): ${COMPLETION-CANDIDATES}")
        List<Role> roles;

        @Option(names = "--unit", required = true, paramLabel = "CODE", description = "The user's unit code.")
        String unit;

        @Option(names = "--new-passphrase-file", required = true, paramLabel = "FILE",
                description = "Read the temporary passphrase from the first line of FILE.")
        Path passphraseFile;

        @Override
        public Integer call() throws Exception {
            char[] pass = Passphrases.fromFile(passphraseFile);
            UserSummary added;
            try (Workspace ws = parent.root.unlock()) {
                added = ws.users().add(name, unit, Set.copyOf(roles), pass, true);
            } finally {
                Arrays.fill(pass, '\0');
            }
            spec.commandLine().getOut().println(parent.root.messages().text("cli.userAdded", added.userName()));
            return 0;
        }
    }

    @Command(name = "list", description = "List every user, disabled ones included.")
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        UserCommands parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
        ListFormat format;

        @Override
        public Integer call() throws Exception {
            List<UserSummary> users;
            try (Workspace ws = parent.root.unlock()) {
                users = ws.users().list();
            }
            PrintWriter out = spec.commandLine().getOut();
            List<String> header = List.of("userName", "displayName", "unit", "roles", "disabled",
                    "mustChangePassphrase");
            List<List<String>> rows = users.stream().map(u -> List.of(u.userName(), Formats.str(u.displayName()),
                    u.unitCode(), u.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(";")),
                    Boolean.toString(u.disabled()), Boolean.toString(u.mustChangePassphrase()))).toList();
            switch (format) {
                case json -> Formats.json(out, users);
                case csv -> Formats.csv(out, header, rows);
                default -> Formats.table(out, header, rows);
            }
            return 0;
        }
    }

    @Command(name = "disable", description = "Disable a user for good: they can no longer unlock; their records"
            + " stay attributed to them.")
    static final class Disable implements Callable<Integer> {
        @ParentCommand
        UserCommands parent;
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            UserSummary done;
            try (Workspace ws = parent.root.unlock()) {
                done = ws.users().disable(name);
            }
            spec.commandLine().getOut().println(parent.root.messages().text("cli.userDisabled", done.userName()));
            return 0;
        }
    }

    @Command(name = "reset-passphrase", description = "Give a user who forgot their passphrase a temporary one;"
            + " they must choose their own at the next unlock.")
    static final class ResetPassphrase implements Callable<Integer> {
        @ParentCommand
        UserCommands parent;
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--new-passphrase-file", required = true, paramLabel = "FILE",
                description = "Read the temporary passphrase from the first line of FILE.")
        Path passphraseFile;

        @Override
        public Integer call() throws Exception {
            char[] pass = Passphrases.fromFile(passphraseFile);
            try (Workspace ws = parent.root.unlock()) {
                ws.users().resetPassphrase(name, pass);
            } finally {
                Arrays.fill(pass, '\0');
            }
            spec.commandLine().getOut().println(parent.root.messages().text("cli.passphraseReset",
                    name.strip().toLowerCase(java.util.Locale.ROOT)));
            return 0;
        }
    }
}
