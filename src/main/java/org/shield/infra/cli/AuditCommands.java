package org.shield.infra.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.shield.application.audit.AuditExporter;
import org.shield.application.audit.AuditQuery;
import org.shield.application.audit.AuditRecord;
import org.shield.application.audit.AuditReport;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.Page;
import org.shield.application.common.ProgressListener;
import org.shield.application.security.Workspace;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code audit verify | list}: check the tamper-evident trail, and read or export it. */
@Command(name = "audit", description = "Verify the audit trail; list or export its entries.",
        subcommands = {AuditCommands.Verify.class, AuditCommands.ListEntries.class})
final class AuditCommands {
    @ParentCommand
    ShieldCommand root;

    enum ListFormat { table, csv, json }

    @Command(name = "verify", description = "Check every entry of the audit trail: exit 0 if intact, 1 if not"
            + " (naming the first bad entry).")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        AuditCommands parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--full", description = "Check every signature, not only as many as the hash chain needs"
                + " (slower).")
        boolean full;

        @Override
        public Integer call() throws Exception {
            ShieldCommand r = parent.root;
            AuditReport report;
            try (Workspace ws = r.unlock()) {
                report = ws.audit().verify(full, ProgressListener.NONE, new CancellationToken());
            }
            if (report.intact()) {
                spec.commandLine().getOut().println(r.messages().text("cli.auditIntact", report.checked()));
                return 0;
            }
            // the sequence as plain digits: it is an id, not a quantity
            String entry = String.valueOf(report.firstBadSequence());
            CliMessages m = r.messages();
            spec.commandLine().getErr().println(switch (report.problem()) {
                case ALTERED -> m.text("cli.auditDamaged.ALTERED", entry);
                case REMOVED -> m.text("cli.auditDamaged.REMOVED", entry);
                case INSERTED -> m.text("cli.auditDamaged.INSERTED", entry);
                case REORDERED -> m.text("cli.auditDamaged.REORDERED", entry);
            });
            return 1;
        }
    }

    @Command(name = "list", description = "List audit entries (table: newest first) or export them (csv, json:"
            + " oldest first, every matching entry). Dates are ISO yyyy-MM-dd, whole days in UTC.")
    static final class ListEntries implements Callable<Integer> {
        private static final int PAGE = 500;
        private static final int CHANGES_WIDTH = 100;

        @ParentCommand
        AuditCommands parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--user", paramLabel = "NAME", description = "Only entries by this user.")
        String actor;

        @Option(names = "--since", paramLabel = "DATE", description = "From the start of this day (UTC).")
        LocalDate since;

        @Option(names = "--until", paramLabel = "DATE", description = "Up to the end of this day (UTC), inclusive.")
        LocalDate until;

        @Option(names = "--action", paramLabel = "ACTION", description = "Only this action: ${COMPLETION-CANDIDATES}")
        AuditAction action;

        @Option(names = "--record", paramLabel = "ID", description = "Only entries about this record (its id).")
        UUID record;

        @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
        ListFormat format;

        @Option(names = "--output", paramLabel = "FILE", description = "Write the csv or json export to FILE (must"
                + " not exist yet) instead of standard output.")
        Path output;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
                description = "Table only: how many of the newest entries to show (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() throws Exception {
            if (format == ListFormat.table && output != null) {
                throw new ParameterException(spec.commandLine(), "--output needs --format csv or json");
            }
            if (limit < 1) {
                throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
            }
            if (since != null && until != null && until.isBefore(since)) {
                throw new ParameterException(spec.commandLine(), "--until is before --since");
            }
            AuditQuery query = new AuditQuery(actor, record, action, startOfDay(since),
                    until == null ? null : startOfDay(until.plusDays(1)));
            ShieldCommand r = parent.root;
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace ws = r.unlock()) {
                if (format == ListFormat.table) {
                    table(ws, query, out, r.messages());
                    return 0;
                }
                AuditExporter.Format f = format == ListFormat.csv ? AuditExporter.Format.CSV : AuditExporter.Format.JSON;
                long n;
                try (OutputStream stdout = output == null ? new Utf8WriterStream(out) : null) {
                    n = ws.audit().export(query, f, output, stdout, r.ctx.auditExporter());
                }
                out.flush();
                if (output != null) {
                    out.println(r.messages().text("cli.auditExported", n, output));
                }
            }
            return 0;
        }

        private void table(Workspace ws, AuditQuery query, PrintWriter out, CliMessages messages) throws Exception {
            List<List<String>> rows = new ArrayList<>();
            long total = 0;
            for (int page = 0; rows.size() < limit; page++) {
                Page<AuditRecord> p = ws.audit().page(query, page, Math.min(PAGE, limit));
                total = p.total();
                for (AuditRecord e : p.items()) {
                    if (rows.size() < limit) {
                        rows.add(List.of(Long.toString(e.sequence()), time(e.at()), e.actor(),
                                e.action() == null ? "" : e.action().name(), Formats.str(e.recordType()),
                                Formats.str(e.recordId()), changes(e.changes())));
                    }
                }
                if (p.items().size() < Math.min(PAGE, limit)) {
                    break;
                }
            }
            Formats.table(out, List.of("sequence", "time", "user", "action", "record_type", "record_id", "changes"),
                    rows);
            if (rows.size() < total) {
                out.println(messages.text("cli.auditListTruncated", rows.size(), total));
                out.flush();
            }
        }

        private static Instant startOfDay(LocalDate d) {
            return d == null ? null : d.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        private static String time(Instant at) {
            return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
        }

        /** As in the CSV export ({@code field: old → new; …}), on one line and cut to the column width. */
        static String changes(List<ChangeSet.Change> changes) {
            StringBuilder b = new StringBuilder();
            for (ChangeSet.Change c : changes) {
                if (b.length() > 0) {
                    b.append("; ");
                }
                b.append(c.field()).append(": ");
                if (c.oldValue() != null) {
                    b.append(c.oldValue()).append(" \u2192 ");
                }
                if (c.newValue() != null) {
                    b.append(c.newValue());
                }
            }
            String line = b.toString().replaceAll("\\p{Cntrl}", " ");
            if (line.codePointCount(0, line.length()) <= CHANGES_WIDTH) {
                return line;
            }
            return line.substring(0, line.offsetByCodePoints(0, CHANGES_WIDTH - 1)) + "\u2026";
        }
    }
}
