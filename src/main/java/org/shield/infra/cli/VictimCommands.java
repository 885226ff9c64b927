package org.shield.infra.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.ApplicationException;
import org.shield.application.security.Workspace;
import org.shield.application.victim.VictimOverview;
import org.shield.application.victim.VictimSummary;
import org.shield.domain.care.VictimStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code victim list} and {@code victim show}: the victims the user cares for, by pseudonym and computed stage
 * (ADR 0017). Real names only with {@code --reveal-names PURPOSE}, for users who may reveal identities, and
 * every name shown is recorded as a reveal with that purpose.
 */
@Command(name = "victim", description = "The victims you care for: stage, shelter, reflection period, tasks.",
        subcommands = {VictimCommands.ListVictims.class, VictimCommands.ShowVictim.class})
final class VictimCommands {
    @ParentCommand
    ShieldCommand root;

    enum Format { table, json }

    @Command(name = "list", description = "Your victims (a supervisor: the unit's), by pseudonym, with their stage;"
            + " overdue work first.")
    static final class ListVictims implements Callable<Integer> {
        @ParentCommand
        VictimCommands parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--stage", description = "Only one stage: ${COMPLETION-CANDIDATES}.")
        VictimStage stage;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Option(names = "--reveal-names", paramLabel = "PURPOSE", description = "Also show real names, for this"
                + " stated purpose; each name shown is recorded as a reveal. Only for users who may reveal"
                + " identities; the others keep pseudonyms.")
        String revealPurpose;

        @Override
        public Integer call() throws Exception {
            List<Map<String, Object>> rows = new ArrayList<>();
            try (Workspace ws = parent.root.unlock()) {
                for (VictimSummary v : ws.victims().list(stage)) {
                    Map<String, Object> row = row(v);
                    if (revealPurpose != null) {
                        row.put("name", name(ws, v.personId(), revealPurpose));
                    }
                    rows.add(row);
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                Formats.json(out, rows);
                return 0;
            }
            List<String> header = new ArrayList<>(List.of("pseudonym", "stage", "caseNumber", "nationality",
                    "shelter", "reflectionDaysLeft", "openTasks", "overdueTasks", "caseworker"));
            if (revealPurpose != null) {
                header.add("name");
            }
            Formats.table(out, header, rows.stream().map(r -> header.stream().map(h -> Formats.str(r.get(h)))
                    .toList()).toList());
            return 0;
        }
    }

    @Command(name = "show", description = "One victim by pseudonym: stage, shelter stays, reflection period,"
            + " consents, MDT decisions and tasks.")
    static final class ShowVictim implements Callable<Integer> {
        @ParentCommand
        VictimCommands parent;
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PSEUDONYM", description = "The victim's pseudonym.")
        String pseudonym;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() throws Exception {
            List<VictimOverview> found;
            try (Workspace ws = parent.root.unlock()) {
                found = ws.victims().show(pseudonym);
            }
            List<Map<String, Object>> rows = found.stream().map(ShowVictim::details).toList();
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                Formats.json(out, rows.size() == 1 ? rows.get(0) : rows);
                return 0;
            }
            for (Map<String, Object> r : rows) {
                for (var e : r.entrySet()) {
                    if (!(e.getValue() instanceof List)) {
                        out.println(e.getKey() + ": " + Formats.str(e.getValue()));
                    }
                }
                for (String part : List.of("stays", "consents", "decisions", "tasks")) {
                    List<?> items = (List<?>) r.get(part);
                    out.println(part + ": " + items.size());
                    for (Object item : items) {
                        out.println("  " + item);
                    }
                }
                out.println();
            }
            out.flush();
            return 0;
        }

        private static Map<String, Object> details(VictimOverview o) {
            Map<String, Object> r = row(o.summary());
            if (o.reflection() != null) {
                r.put("reflectionStart", o.reflection().start());
                r.put("reflectionLastDay", o.reflection().lastDay());
            }
            r.put("screenings", o.screenings());
            r.put("stays", o.stays().stream().map(s -> ordered("shelter", s.shelterName(), "room", s.room(),
                    "admittedOn", s.admittedOn(), "leftOn", s.leftOn(), "reason", s.departureReason())).toList());
            r.put("consents", o.consents().stream().map(c -> ordered("purpose", c.purpose(), "partner",
                    c.partnerName(), "givenOn", c.givenOn(), "form", c.form(), "withdrawnOn", c.withdrawnOn(),
                    "active", c.active())).toList());
            r.put("decisions", o.decisions().stream().map(d -> ordered("status", d.status(), "decidedOn",
                    d.decidedOn(), "decidingOrganisation", d.decidingOrgType(), "approval", d.state())).toList());
            r.put("tasks", o.tasks().stream().map(t -> ordered("title", t.title(), "dueOn", t.dueOn(), "assignee",
                    t.assignee(), "doneOn", t.doneOn(), "overdue", t.overdue())).toList());
            return r;
        }
    }

    static Map<String, Object> row(VictimSummary v) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("pseudonym", v.pseudonym());
        row.put("stage", v.stage());
        row.put("caseNumber", v.caseNumber());
        row.put("nationality", v.nationality());
        row.put("exploitationTypes", new TreeSet<>(v.exploitationTypes().stream().map(Enum::name).toList()));
        row.put("shelter", v.shelterName());
        row.put("reflectionDaysLeft", v.reflectionDaysLeft());
        row.put("reflectionReminder", v.reflectionReminder());
        row.put("openTasks", v.openTasks());
        row.put("overdueTasks", v.overdueTasks());
        row.put("caseworker", v.caseworker());
        row.put("reTrafficked", v.reTrafficked());
        return row;
    }

    /** The real name for this purpose (recorded as a reveal), or null when the user may not reveal it. */
    private static String name(Workspace ws, UUID personId, String purpose) throws ApplicationException {
        try {
            var p = ws.persons().reveal(personId, purpose);
            return p.nameLatin() != null ? p.nameLatin() : p.nameNative();
        } catch (AccessDeniedException e) {
            return null;
        }
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
