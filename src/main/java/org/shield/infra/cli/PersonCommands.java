package org.shield.infra.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.shield.application.party.PersonSummary;
import org.shield.application.security.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code person search TEXT}. */
@Command(name = "person", description = "Find persons.", subcommands = PersonCommands.Search.class)
final class PersonCommands {
    @ParentCommand
    ShieldCommand root;

    enum Format { table, json }

    @Command(name = "search", description = "Find persons by any name, alias, document or phone number.")
    static final class Search implements Callable<Integer> {
        @ParentCommand
        PersonCommands parent;
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TEXT")
        String text;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() throws Exception {
            List<PersonSummary> found;
            try (Workspace ws = parent.root.unlock()) {
                found = ws.persons().search(text);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                Formats.json(out, found);
            } else {
                Formats.table(out, List.of("id", "name", "gender", "born/age", "citizenship"),
                        found.stream().map(p -> List.of(p.id().toString(), Formats.str(p.displayName()),
                                p.gender().name(), p.dateOfBirth() != null ? p.dateOfBirth().toString()
                                        : p.estimatedAge() != null ? "~" + p.estimatedAge() : "",
                                String.join(",", new java.util.TreeSet<>(p.citizenships())))).toList());
            }
            return 0;
        }
    }
}
