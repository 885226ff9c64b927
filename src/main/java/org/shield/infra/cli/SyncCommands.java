package org.shield.infra.cli;

import java.net.URI;
import java.util.concurrent.Callable;
import org.shield.application.security.Workspace;
import org.shield.application.sync.ConflictView;
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
        subcommands = {SyncCommands.Enroll.class, SyncCommands.Now.class, SyncCommands.Status.class,
            SyncCommands.Conflicts.class, SyncCommands.Resolve.class})
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

        @Option(names = "--fingerprint", paramLabel = "SHA256", description = "HQ's TLS certificate fingerprint as"
                + " hq serve printed it; over https the certificate is pinned, and checked against this if given.")
        String fingerprint;

        @Override
        public Integer call() throws Exception {
            DeviceEnrolment e;
            try (Workspace ws = parent.root.unlock()) {
                e = ws.sync().enrol(hq, code, fingerprint);
            }
            spec.commandLine().getOut().println(parent.root.messages().text("cli.sync.enrolled", e.deviceId(),
                    e.userName(), e.role(), e.unitCode()));
            if (e.pin() != null) {
                spec.commandLine().getOut().println(parent.root.messages().text("cli.sync.pinned", e.pin()));
            }
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
            for (org.shield.application.sync.Renumbered n : r.renumbered()) { // ADR 0002, "A number given twice"
                spec.commandLine().getOut().println(parent.root.messages().text(n.message()));
            }
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

    @Command(name = "conflicts", description = "The open conflicts at HQ you may resolve: every competing value, who"
            + " saved it and when (needs HQ).")
    static final class Conflicts implements Callable<Integer> {
        @ParentCommand
        SyncCommands parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        StatusFormat format;

        @Override
        public Integer call() throws Exception {
            java.util.List<ConflictView> list;
            try (Workspace ws = parent.root.unlock()) {
                list = ws.sync().conflicts();
            }
            java.io.PrintWriter out = spec.commandLine().getOut();
            if (format == StatusFormat.json) {
                Formats.json(out, list);
                return 0;
            }
            CliMessages m = parent.root.messages();
            if (list.isEmpty()) {
                out.println(m.text("cli.sync.conflicts.none"));
            }
            for (ConflictView c : list) {
                out.println(m.text("cli.sync.conflicts.heading", c.id(), c.table(), c.rowKey(), c.column(),
                        c.openedAt()));
                for (ConflictView.Competing v : c.values()) {
                    out.println("  " + m.text("cli.sync.conflicts.value", v.userName(), v.deviceId(), v.at(),
                            shown(v.value())));
                }
            }
            return 0;
        }

        /** A JSON value as a person reads it: text without its quotes. */
        private static String shown(String json) {
            if (json == null) {
                return "—";
            }
            try {
                com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(json);
                return n.isTextual() ? n.textValue() : n.toString();
            } catch (java.io.IOException e) {
                return json;
            }
        }
    }

    @Command(name = "resolve", description = "End a conflict at HQ: pick one device's value, or give the value that"
            + " merges them (HQ records who resolved it and keeps every value in history).")
    static final class Resolve implements Callable<Integer> {
        @ParentCommand
        SyncCommands parent;
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "CONFLICT_ID", description = "From sync conflicts.")
        java.util.UUID conflict;

        @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
        Choice choice;

        static final class Choice {
            @Option(names = "--pick", paramLabel = "DEVICE_ID", description = "Keep this device's value.")
            java.util.UUID device;

            @Option(names = "--value", paramLabel = "TEXT", description = "The merged value, as text.")
            String text;
        }

        @Override
        public Integer call() throws Exception {
            try (Workspace ws = parent.root.unlock()) {
                String value;
                if (choice.device != null) {
                    value = ws.sync().conflicts().stream().filter(c -> c.id().equals(conflict))
                            .flatMap(c -> c.values().stream()).filter(v -> v.deviceId().equals(choice.device))
                            .map(ConflictView.Competing::value).findFirst()
                            .orElseThrow(() -> new org.shield.application.common.NotFoundException(
                                    new org.shield.application.common.UserMessage("hq.error.noConflict", conflict)));
                } else {
                    value = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(choice.text);
                }
                ws.sync().resolve(conflict, value);
                ws.sync().syncNow();
            }
            spec.commandLine().getOut().println(parent.root.messages().text("cli.sync.resolved", conflict));
            return 0;
        }
    }
}
