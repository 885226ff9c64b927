package org.shield.infra.cli;

import java.net.URI;
import java.util.concurrent.Callable;
import org.shield.application.security.Workspace;
import org.shield.application.sync.DeviceEnrolment;
import org.shield.application.sync.SyncReport;
import org.shield.application.sync.SyncStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sync enroll | status}: this vault and HQ (ADR 0019). */
@Command(name = "sync", description = "Enrol this vault at HQ; send its changes; where it stands.",
        subcommands = {SyncCommands.Enroll.class, SyncCommands.Now.class, SyncCommands.Status.class})
final class SyncCommands {
    @ParentCommand
    ShieldCommand root;

    @Command(name = "enroll", description = "Enrol this vault at HQ with a one-time code from an HQ administrator.")
    static final class Enroll implements Callable<Integer> {
        @ParentCommand
        SyncCommands parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--hq", required = true, paramLabel = "URL", description = "HQ's address.")
        URI hq;

        @Option(names = "--code", required = true, paramLabel = "CODE", description = "The enrolment code.")
        String code;

        @Override
        public Integer call() throws Exception {
            DeviceEnrolment e;
            try (Workspace ws = parent.root.unlock()) {
                e = ws.sync().enrol(hq, code);
            }
            spec.commandLine().getOut().println(parent.root.messages().text("cli.sync.enrolled", e.deviceId(),
                    e.userName(), e.role(), e.unitCode()));
            return 0;
        }
    }

    @Command(name = "now", description = "Send every change waiting in this vault to HQ now (signed batches; a"
            + " network failure is retried a few times, and what was not sent stays for the next sync).")
    static final class Now implements Callable<Integer> {
        @ParentCommand
        SyncCommands parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            SyncReport r;
            try (Workspace ws = parent.root.unlock()) {
                r = ws.sync().syncNow();
            }
            spec.commandLine().getOut().println(parent.root.messages().text("cli.sync.done", r.pushed(),
                    r.conflicts(), r.pulled(), r.pending(), r.keptBack()));
            return 0;
        }
    }

    enum StatusFormat { text, json }

    @Command(name = "status", description = "Where this vault stands with HQ: enrolment, changes waiting, last sync,"
            + " conflicts, and HQ's answer. A laptop HQ reports lost destroys its vault keys here.")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        SyncCommands parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        StatusFormat format;

        @Override
        public Integer call() throws Exception {
            SyncStatus s;
            try (Workspace ws = parent.root.unlock()) {
                s = ws.sync().status();
            }
            java.io.PrintWriter out = spec.commandLine().getOut();
            if (format == StatusFormat.json) {
                Formats.json(out, s);
            } else {
                CliMessages m = parent.root.messages();
                out.println(s.enrolled() ? m.text("cli.sync.status.enrolled", s.hq(), s.deviceId(), s.userName(),
                        s.role(), s.unitCode()) : m.text("cli.sync.status.notEnrolled"));
                out.println(m.text("cli.sync.status.counts", s.pending(), s.lastSync() == null
                        ? m.text("cli.sync.status.never") : s.lastSync(), s.conflicts()));
                if (s.enrolled()) {
                    out.println(m.text("cli.sync.status.hq", s.hqState()));
                }
            }
            return 0;
        }
    }
}
