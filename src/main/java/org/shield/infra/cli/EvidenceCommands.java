package org.shield.infra.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.evidence.AddExhibitCommand;
import org.shield.application.evidence.CustodyEventDetails;
import org.shield.application.evidence.DisclosureResult;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.evidence.IntegrityReport;
import org.shield.application.evidence.IntegrityResult;
import org.shield.application.security.Workspace;
import org.shield.domain.common.DomainRuleViolation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code evidence add | list | verify | export | custody}: digital exhibits taken into the vault, their
 * integrity re-checked, their chain of custody read, and a case's exhibits exported for disclosure. Every
 * step goes through the evidence service, which records it in the custody chain and the audit trail.
 */
@Command(name = "evidence", description = "Take in, list, verify and export exhibits; show a chain of custody.",
        subcommands = {EvidenceCommands.Add.class, EvidenceCommands.ListExhibits.class, EvidenceCommands.Verify.class,
            EvidenceCommands.Export.class, EvidenceCommands.Custody.class})
final class EvidenceCommands {
    @ParentCommand
    ShieldCommand root;

    enum Format { table, json }

    @Command(name = "add", description = "Take in a file as a digital exhibit (the file is only read); prints the"
            + " exhibit number and its SHA-256.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        EvidenceCommands parent;
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE_NUMBER")
        String caseNumber;

        @Option(names = "--file", required = true, paramLabel = "PATH", description = "The file to take in.")
        Path file;

        @Option(names = "--description", required = true, paramLabel = "TEXT", description = "What the exhibit is.")
        String description;

        @Option(names = "--collected-by", paramLabel = "NAME", description = "Who collected it.")
        String collectedBy;

        @Option(names = "--source", paramLabel = "TEXT", description = "Where it came from (device, account, address).")
        String source;

        @Option(names = "--extra-hashes", description = "Also compute MD5 and SHA-1, for tools that ask for them.")
        boolean extraHashes;

        @Override
        public Integer call() throws Exception {
            ShieldCommand r = parent.root;
            ExhibitDetails added;
            try (Workspace ws = r.unlock()) {
                UUID caseId = ws.cases().getByNumber(caseNumber).id();
                AddExhibitCommand cmd = command(caseId);
                TerminalProgress progress = TerminalProgress.on(spec.commandLine().getErr());
                try {
                    added = ws.evidence().add(cmd, progress, new CancellationToken());
                } finally {
                    progress.finish();
                }
            }
            spec.commandLine().getOut().println(r.messages().text("cli.exhibitAdded", added.exhibitNumber(),
                    added.sha256()));
            return 0;
        }

        private AddExhibitCommand command(UUID caseId) throws ValidationException {
            try {
                AddExhibitCommand d = AddExhibitCommand.digital(caseId, file, description, collectedBy, source);
                return new AddExhibitCommand(d.caseId(), d.type(), d.exhibitNumber(), d.description(), d.source(),
                        d.acquisition(), d.flags(), d.parentId(), d.condition(), d.sealNumber(), d.storageLocation(),
                        d.file(), extraHashes);
            } catch (DomainRuleViolation v) {
                // a too-long option is the user's to fix, like any other rule the service checks
                throw new ValidationException(new UserMessage(v.key(), v.args()));
            }
        }
    }

    @Command(name = "list", description = "The exhibits of a case in number order (JSON is recorded as an export).")
    static final class ListExhibits implements Callable<Integer> {
        @ParentCommand
        EvidenceCommands parent;
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE_NUMBER")
        String caseNumber;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() throws Exception {
            ShieldCommand r = parent.root;
            List<ExhibitDetails> exhibits;
            try (Workspace ws = r.unlock()) {
                UUID caseId = ws.cases().getByNumber(caseNumber).id();
                exhibits = ws.evidence().list(caseId);
                if (format == Format.json) {
                    ws.cases().recordExport(caseId, "json", exhibits.size());
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (ExhibitDetails e : exhibits) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("exhibitNumber", e.exhibitNumber());
                    row.put("type", e.type());
                    row.put("description", e.description());
                    row.put("sha256", e.sha256());
                    row.put("sizeBytes", e.sizeBytes());
                    row.put("integrity", e.integrity());
                    row.put("custodian", e.custodian());
                    row.put("sealNumber", e.sealNumber());
                    row.put("storageLocation", e.storageLocation());
                    row.put("parentNumber", e.parentNumber());
                    rows.add(row);
                }
                Formats.json(out, rows);
                return 0;
            }
            CliMessages m = r.messages();
            Formats.table(out, List.of("number", "type", "size", "integrity", "custodian", "sha256", "description"),
                    exhibits.stream().map(e -> List.of(e.exhibitNumber(), m.label(e.type()),
                            Formats.str(e.sizeBytes()), m.label(e.integrity()), Formats.str(e.custodian()),
                            Formats.str(e.sha256()), oneLine(e.description()))).toList());
            return 0;
        }
    }

    @Command(name = "verify", description = "Re-verify stored exhibits against their intake SHA-256 and custody"
            + " chains: one case, or every exhibit you may verify. Exit 0 if all are intact, 1 listing each that is"
            + " not.")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        EvidenceCommands parent;
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "CASE_NUMBER")
        String caseNumber;

        @Override
        public Integer call() throws Exception {
            ShieldCommand r = parent.root;
            IntegrityReport report;
            try (Workspace ws = r.unlock()) {
                UUID caseId = caseNumber == null ? null : ws.cases().getByNumber(caseNumber).id();
                TerminalProgress progress = TerminalProgress.on(spec.commandLine().getErr());
                try {
                    report = ws.evidence().verify(caseId, progress, new CancellationToken());
                } finally {
                    progress.finish();
                }
            }
            CliMessages m = r.messages();
            if (report.allIntact()) {
                spec.commandLine().getOut().println(m.text("cli.evidenceIntact", report.results().size()));
                return 0;
            }
            PrintWriter out = spec.commandLine().getOut();
            for (IntegrityResult f : report.notCheckedHere()) {
                out.println(m.text("cli.evidenceAtHq", f.caseNumber() == null ? "-" : f.caseNumber(),
                        f.exhibitNumber(), f.expectedSha256()));
            }
            for (IntegrityResult f : report.failures()) {
                String found = f.foundSha256() == null ? m.text("cli.evidenceUnreadable") : f.foundSha256();
                String caseNo = f.caseNumber() == null ? "-" : f.caseNumber();
                out.println(f.custodyProblem() == null
                        ? m.text("cli.evidenceFailed", caseNo, f.exhibitNumber(), f.expectedSha256(), found)
                        : m.text("cli.evidenceFailedCustody", caseNo, f.exhibitNumber(), f.expectedSha256(), found,
                                m.text(f.custodyProblem())));
            }
            out.flush();
            spec.commandLine().getErr().println(report.failures().isEmpty()
                    ? m.text("cli.evidenceNotCheckedHere", report.notCheckedHere().size(), report.results().size())
                    : m.text("cli.evidenceNotIntact", report.failures().size(), report.results().size()));
            return 1;
        }
    }

    @Command(name = "export", description = "Export a case's exhibits for disclosure into a new or empty folder:"
            + " the files, a hash manifest (CSV, JSON), SHA256SUMS and each custody log. Recorded with its purpose.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        EvidenceCommands parent;
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE_NUMBER")
        String caseNumber;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty folder.")
        Path out;

        @Option(names = "--purpose", required = true, paramLabel = "TEXT",
                description = "Why the exhibits are disclosed (at least 10 characters); it is recorded.")
        String purpose;

        @Override
        public Integer call() throws Exception {
            ShieldCommand r = parent.root;
            DisclosureResult result;
            try (Workspace ws = r.unlock()) {
                UUID caseId = ws.cases().getByNumber(caseNumber).id();
                TerminalProgress progress = TerminalProgress.on(spec.commandLine().getErr());
                try {
                    result = ws.evidence().exportDisclosure(caseId, out, purpose, progress, new CancellationToken());
                } finally {
                    progress.finish();
                }
            }
            CliMessages m = r.messages();
            spec.commandLine().getOut().println(m.text("cli.disclosureWritten", result.folder(), result.exhibits(),
                    result.files()));
            if (result.mismatches() > 0) {
                spec.commandLine().getErr().println(m.text("cli.disclosureMismatches", result.mismatches()));
                return 1;
            }
            return 0;
        }
    }

    @Command(name = "custody", description = "The chain of custody of one exhibit, in order"
            + " (JSON is recorded as an export).")
    static final class Custody implements Callable<Integer> {
        @ParentCommand
        EvidenceCommands parent;
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE_NUMBER")
        String caseNumber;

        @Parameters(index = "1", paramLabel = "EXHIBIT", description = "The exhibit number, e.g. EX-0001.")
        String exhibitNumber;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() throws Exception {
            ShieldCommand r = parent.root;
            List<CustodyEventDetails> chain;
            try (Workspace ws = r.unlock()) {
                ExhibitDetails e = ws.evidence().get(caseNumber, exhibitNumber);
                chain = ws.evidence().custody(e.id());
                if (format == Format.json) {
                    ws.cases().recordExport(e.caseId(), "json", chain.size());
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (CustodyEventDetails ev : chain) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("sequence", ev.sequence());
                    row.put("occurredAt", ev.occurredAt());
                    row.put("action", ev.action());
                    row.put("from", ev.fromCustodian());
                    row.put("to", ev.toCustodian());
                    row.put("place", ev.place());
                    row.put("purpose", ev.purpose());
                    row.put("storageAfter", ev.storageAfter());
                    row.put("hashResult", ev.hashResult());
                    row.put("hashChecked", ev.hashChecked());
                    row.put("recordedBy", ev.recordedBy());
                    if (ev.numberBefore() != null) {
                        row.put("numberBefore", ev.numberBefore());
                        row.put("numberAfter", ev.numberAfter());
                    }
                    rows.add(row);
                }
                Formats.json(out, rows);
                return 0;
            }
            CliMessages m = r.messages();
            Formats.table(out, List.of("sequence", "occurredAt", "action", "from", "to", "place", "purpose",
                    "storageAfter", "hashResult", "hashChecked", "recordedBy"),
                    chain.stream().map(ev -> List.of(Integer.toString(ev.sequence()), Formats.str(ev.occurredAt()),
                            ev.numberBefore() == null ? m.label(ev.action())
                                    : m.label(ev.action()) + " " + ev.numberBefore() + " -> " + ev.numberAfter(),
                            Formats.str(ev.fromCustodian()), Formats.str(ev.toCustodian()),
                            oneLine(ev.place()), oneLine(ev.purpose()), oneLine(ev.storageAfter()),
                            m.label(ev.hashResult()), Formats.str(ev.hashChecked()), Formats.str(ev.recordedBy())))
                            .toList());
            return 0;
        }
    }

    /** Free text on one table line: line breaks and other control characters become spaces. */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\p{Cntrl}", " ");
    }
}
