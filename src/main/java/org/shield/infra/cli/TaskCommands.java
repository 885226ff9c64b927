package org.shield.infra.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shield.application.care.TaskSummary;
import org.shield.application.security.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code task list}: the user's open tasks and follow-ups (a supervisor's: their unit's), victims by pseudonym. */
@Command(name = "task", description = "List your open tasks and follow-ups.",
        subcommands = TaskCommands.ListTasks.class)
final class TaskCommands {
    @ParentCommand
    ShieldCommand root;

    enum Format { table, json }

    @Command(name = "list", description = "Your open tasks by due date (a supervisor: the unit's); victims appear by"
            + " pseudonym.")
    static final class ListTasks implements Callable<Integer> {
        @ParentCommand
        TaskCommands parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--overdue", description = "Only tasks past their due date.")
        boolean overdue;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() throws Exception {
            List<TaskSummary> tasks;
            try (Workspace ws = parent.root.unlock()) {
                tasks = ws.care().tasks(overdue);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (TaskSummary t : tasks) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", t.id());
                    row.put("caseNumber", t.caseNumber());
                    row.put("person", t.personLabel());
                    row.put("title", t.title());
                    row.put("dueOn", t.dueOn());
                    row.put("assignee", t.assignee());
                    row.put("overdue", t.overdue());
                    rows.add(row);
                }
                Formats.json(out, rows);
                return 0;
            }
            Formats.table(out, List.of("dueOn", "overdue", "caseNumber", "person", "assignee", "title"),
                    tasks.stream().map(t -> List.of(Formats.str(t.dueOn()), t.overdue() ? "OVERDUE" : "",
                            Formats.str(t.caseNumber()), Formats.str(t.personLabel()), t.assignee(),
                            EvidenceCommands.oneLine(t.title()))).toList());
            return 0;
        }
    }
}
