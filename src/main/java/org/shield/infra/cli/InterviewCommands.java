package org.shield.infra.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.shield.application.interview.InterviewSummary;
import org.shield.application.security.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interview list}: the interviews of a case, protected persons by pseudonym. */
@Command(name = "interview", description = "List the interviews of a case.",
        subcommands = InterviewCommands.ListInterviews.class)
final class InterviewCommands {
    @ParentCommand
    ShieldCommand root;

    enum Format { table, json }

    @Command(name = "list", description = "The interviews of a case you may read; victims and witnesses appear by"
            + " pseudonym (JSON is recorded as an export).")
    static final class ListInterviews implements Callable<Integer> {
        @ParentCommand
        InterviewCommands parent;
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE_NUMBER")
        String caseNumber;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() throws Exception {
            ShieldCommand r = parent.root;
            List<InterviewSummary> interviews;
            try (Workspace ws = r.unlock()) {
                UUID caseId = ws.cases().getByNumber(caseNumber).id();
                interviews = ws.interviews().list(caseId);
                if (format == Format.json) {
                    ws.cases().recordExport(caseId, "json", interviews.size());
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (InterviewSummary i : interviews) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", i.id());
                    row.put("date", i.date());
                    row.put("start", i.start());
                    row.put("kind", i.kind());
                    row.put("state", i.state());
                    // personLabel is already what this user may see: a pseudonym for a protected person
                    row.put("person", i.personLabel());
                    row.put("interviewers", i.interviewers());
                    row.put("signedOffBy", i.signedOffBy());
                    row.put("addenda", i.addenda());
                    rows.add(row);
                }
                Formats.json(out, rows);
                return 0;
            }
            CliMessages m = r.messages();
            Formats.table(out, List.of("date", "start", "kind", "state", "person", "interviewers", "signedOffBy",
                    "addenda"), interviews.stream().map(i -> List.of(Formats.str(i.date()), Formats.str(i.start()),
                            m.label(i.kind()), m.label(i.state()), Formats.str(i.personLabel()),
                            EvidenceCommands.oneLine(i.interviewers()), Formats.str(i.signedOffBy()),
                            Integer.toString(i.addenda()))).toList());
            return 0;
        }
    }
}
