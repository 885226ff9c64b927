package org.shield.infra.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.StorageException;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.report.ProducedReport;
import org.shield.application.report.ReportFiles;
import org.shield.application.report.ReportKind;
import org.shield.application.report.ReportRequest;
import org.shield.application.report.ReportVerification;
import org.shield.application.security.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code report ...}: the court-ready PDF reports (issue 6) and {@code report verify}. Victims and witnesses
 * appear under their pseudonyms unless {@code --no-redact} with {@code --purpose} asks for the identity
 * annex (a recorded reveal). The PDF is written whole or not at all; an existing file is never overwritten.
 */
@Command(name = "report", description = "Court-ready PDF reports, and checking that a PDF is one this vault produced.",
        subcommands = {ReportCommands.CaseSummary.class, ReportCommands.Evidence.class, ReportCommands.Interview.class,
            ReportCommands.VictimCare.class, ReportCommands.Mdt.class, ReportCommands.Verify.class})
final class ReportCommands {
    @ParentCommand
    ShieldCommand root;

    enum Lang { en, th }

    /** The options every report takes. */
    static final class Common {
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF to write (must not exist).")
        Path out;

        @Option(names = "--lang", defaultValue = "en", description = "Report language: en or th (default: ${DEFAULT-VALUE}).")
        Lang lang;

        @Option(names = "--redact", negatable = true, defaultValue = "true", description = "Victims and witnesses"
                + " under pseudonyms only (the default). --no-redact adds the identity annex: needs the right to"
                + " reveal them and --purpose; each identity is recorded as a reveal.")
        boolean redact;

        @Option(names = "--purpose", description = "Why the identities are revealed (with --no-redact).")
        String purpose;

        @Option(names = "--requested-for", paramLabel = "WHOM", description = "Who the report is for, printed on it"
                + " (e.g. a prosecutor's office).")
        String requestedFor;

        ReportRequest apply(ReportRequest r) {
            ReportRequest out = r.in(Locale.forLanguageTag(lang.name())).requestedFor(requestedFor);
            return redact ? out : out.withIdentityAnnex(purpose == null ? "" : purpose);
        }
    }

    abstract static class ReportVerb implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Common common = new Common();

        abstract ReportRequest request();

        abstract ReportCommands parent();

        @Override
        public Integer call() throws Exception {
            Path target = common.out.toAbsolutePath();
            if (Files.exists(target)) {
                throw new ValidationException(new UserMessage("report.error.fileExists"));
            }
            ProducedReport r;
            try (Workspace ws = parent().root.unlock()) {
                r = ws.reports().produce(common.apply(request()),
                        TerminalProgress.on(spec.commandLine().getErr()), new CancellationToken());
            }
            write(target, r.pdf());
            PrintWriter out = spec.commandLine().getOut();
            out.println("report: " + r.reportId());
            out.println("pages: " + r.pages());
            out.println("sha256: " + r.sha256());
            out.println("file: " + target);
            return 0;
        }
    }

    @Command(name = "case-summary", description = "Case summary: particulars, parties, route, interviews, exhibits, approvals.")
    static final class CaseSummary extends ReportVerb {
        @ParentCommand
        ReportCommands parent;
        @Parameters(index = "0", paramLabel = "CASE_NUMBER")
        String caseNumber;

        @Override
        ReportRequest request() {
            return ReportRequest.ofCase(ReportKind.CaseSummary, caseNumber);
        }

        @Override
        ReportCommands parent() {
            return parent;
        }
    }

    @Command(name = "evidence", description = "Evidence register and chain of custody, with a fresh integrity check.")
    static final class Evidence extends ReportVerb {
        @ParentCommand
        ReportCommands parent;
        @Parameters(index = "0", paramLabel = "CASE_NUMBER")
        String caseNumber;

        @Override
        ReportRequest request() {
            return ReportRequest.ofCase(ReportKind.EvidenceRegister, caseNumber);
        }

        @Override
        ReportCommands parent() {
            return parent;
        }
    }

    @Command(name = "interview", description = "Interview record of one signed-off interview.")
    static final class Interview extends ReportVerb {
        @ParentCommand
        ReportCommands parent;
        @Parameters(index = "0", paramLabel = "CASE_NUMBER")
        String caseNumber;
        @Parameters(index = "1", paramLabel = "INTERVIEW_ID")
        UUID interviewId;

        @Override
        ReportRequest request() {
            return ReportRequest.ofInterview(caseNumber, interviewId);
        }

        @Override
        ReportCommands parent() {
            return parent;
        }
    }

    @Command(name = "victim-care", description = "Victim care summary (caseworkers and supervisors only).")
    static final class VictimCare extends ReportVerb {
        @ParentCommand
        ReportCommands parent;
        @Parameters(index = "0", paramLabel = "PSEUDONYM")
        String pseudonym;
        @Option(names = "--case", paramLabel = "CASE_NUMBER", description = "The case, when the victim is in several.")
        String caseNumber;

        @Override
        ReportRequest request() {
            return new ReportRequest(ReportKind.VictimCare, caseNumber, null, pseudonym, null, null, null, null);
        }

        @Override
        ReportCommands parent() {
            return parent;
        }
    }

    @Command(name = "mdt", description = "Identification assessment for the multidisciplinary team.")
    static final class Mdt extends ReportVerb {
        @ParentCommand
        ReportCommands parent;
        @Parameters(index = "0", paramLabel = "PSEUDONYM")
        String pseudonym;
        @Option(names = "--case", paramLabel = "CASE_NUMBER", description = "The case, when the victim is in several.")
        String caseNumber;

        @Override
        ReportRequest request() {
            return new ReportRequest(ReportKind.MdtAssessment, caseNumber, null, pseudonym, null, null, null, null);
        }

        @Override
        ReportCommands parent() {
            return parent;
        }
    }

    @Command(name = "verify", description = "Whether a PDF is a report this vault produced, unaltered."
            + " Exit 0: genuine; 1: altered, unknown or unreadable.")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        ReportCommands parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            byte[] pdf;
            try {
                pdf = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw new ValidationException(new UserMessage("error.fileMissing"));
            } catch (IOException e) {
                throw new StorageException(new UserMessage("report.error.read"), e);
            }
            ReportVerification v;
            try (Workspace ws = parent.root.unlock()) {
                v = ws.reports().verify(pdf);
            }
            PrintWriter out = spec.commandLine().getOut();
            CliMessages m = new CliMessages(Locale.getDefault());
            String verdict = switch (v.outcome()) {
                case Genuine -> m.text("report.verify.Genuine", v.reportId(), v.producedBy());
                case Altered -> m.text("report.verify.Altered", v.reportId());
                case Unknown -> m.text("report.verify.Unknown");
            };
            out.println(verdict);
            out.println("sha256: " + v.sha256());
            if (v.reportId() != null) {
                out.println("report: " + v.reportId());
                out.println("kind: " + v.kind());
                out.println("case: " + (v.caseNumber() == null ? "" : v.caseNumber()));
                out.println("producedBy: " + v.producedBy());
                out.println("producedAt: " + v.producedAt());
                out.println("pages: " + v.pages());
            }
            return v.outcome() == ReportVerification.Outcome.Genuine ? 0 : 1;
        }
    }

    /** Writes the PDF whole or not at all: a partial file never takes the report's name. */
    static void write(Path target, byte[] pdf) throws ApplicationException {
        ReportFiles.save(target, pdf, false);
    }
}
