package org.shield.infra.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CaseQuery;
import org.shield.application.casefile.CaseSummary;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.ExploitationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code case add | list | show}. */
@Command(name = "case", description = "Add, list and show cases.",
        subcommands = {CaseCommands.Add.class, CaseCommands.ListCases.class, CaseCommands.Show.class})
final class CaseCommands {
    @ParentCommand
    ShieldCommand root;

    enum ListFormat { table, csv, json }

    enum ShowFormat { text, json }

    @Command(name = "add", description = "Open a new case; prints its case number.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        CaseCommands parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--title", required = true, paramLabel = "TEXT")
        String title;

        @Option(names = "--status", paramLabel = "S", description = "Active, FollowUp, Closed (default Active).")
        CaseStatus status;

        @Option(names = "--type", paramLabel = "T", description = "Type of exploitation (repeatable): ${COMPLETION-CANDIDATES}")
        List<ExploitationType> types = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            try (Workspace ws = parent.root.unlock()) {
                CaseDetails c = ws.cases().create(new CreateCaseCommand(title, status, Set.copyOf(types), null, null,
                        null, null, null, Set.of()));
                spec.commandLine().getOut().println(c.caseNumber());
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List every case, newest first.")
    static final class ListCases implements Callable<Integer> {
        @ParentCommand
        CaseCommands parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
        ListFormat format;

        @Override
        public Integer call() throws Exception {
            List<CaseSummary> cases;
            try (Workspace ws = parent.root.unlock()) {
                cases = ws.cases().list(CaseQuery.all());
                if (format != ListFormat.table) {
                    ws.cases().recordExport(null, format.name(), cases.size());
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            List<String> header = List.of("caseNumber", "title", "status", "types", "unit", "openedOn");
            List<List<String>> rows = cases.stream().map(c -> List.of(c.caseNumber(), c.title(), c.status().name(),
                    c.exploitationTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(";")),
                    c.unitCode(), Formats.str(c.openedOn()))).toList();
            switch (format) {
                case json -> Formats.json(out, cases);
                case csv -> Formats.csv(out, header, rows);
                default -> Formats.table(out, header, rows);
            }
            return 0;
        }
    }

    @Command(name = "show", description = "Show one case with its parties, route and notes.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        CaseCommands parent;
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE_NUMBER")
        String caseNumber;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        ShowFormat format;

        @Override
        public Integer call() throws Exception {
            Map<String, Object> view = new LinkedHashMap<>();
            CaseDetails c;
            try (Workspace ws = parent.root.unlock()) {
                c = ws.cases().getByNumber(caseNumber);
                view.put("id", c.id());
                view.put("caseNumber", c.caseNumber());
                view.put("title", c.title());
                view.put("status", c.status());
                view.put("closureReason", c.closureReason());
                view.put("exploitationTypes", c.exploitationTypes());
                view.put("unitCode", c.unitCode());
                view.put("leadInvestigator", c.leadInvestigator());
                view.put("openedOn", c.openedOn());
                view.put("closedOn", c.closedOn());
                view.put("sensitivity", c.sensitivity());
                view.put("tags", c.tags());
                view.put("summary", c.summary());
                view.put("parties", ws.cases().parties(c.id()));
                if (c.allows(org.shield.domain.security.Permission.CASE_READ_INVESTIGATION)) {
                    view.put("events", ws.cases().events(c.id()));
                    view.put("notes", ws.cases().notes(c.id()));
                }
                view.put("version", c.version());
                if (format == ShowFormat.json) {
                    ws.cases().recordExport(c.id(), "json", 1);
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == ShowFormat.json) {
                Formats.json(out, view);
            } else {
                view.forEach((k, v) -> {
                    if (v instanceof List<?> list) {
                        out.println(k + ":");
                        list.forEach(item -> out.println("  - " + describe(item)));
                    } else {
                        out.println(k + ": " + Formats.str(v));
                    }
                });
                out.flush();
            }
            return 0;
        }

        private static String describe(Object item) {
            if (item instanceof org.shield.application.casefile.PartySummary p) {
                return p.role() + (p.roleInProcess() != null ? " (" + p.roleInProcess() + ")" : "") + ": "
                        + p.personName();
            }
            if (item instanceof org.shield.application.casefile.EventDetails e) {
                return e.type() + " " + Formats.str(e.date()) + " " + Formats.str(e.place()) + " "
                        + Formats.str(e.country()) + (e.description() != null ? " — " + e.description() : "");
            }
            if (item instanceof org.shield.application.casefile.NoteDetails n) {
                return n.createdAt() + " " + n.createdBy() + (n.correctsNoteId() != null ? " (correction)" : "")
                        + ": " + n.body();
            }
            return Formats.str(item);
        }
    }
}
