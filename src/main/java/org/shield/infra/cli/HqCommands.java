package org.shield.infra.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.shield.application.common.ApplicationException;
import org.shield.application.sync.DeviceSummary;
import org.shield.application.sync.EnrolmentCode;
import org.shield.application.sync.HqHost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code hq serve | enroll-code | devices | device-lost | passwd}: run headquarters, and administer it over its API
 * (ADR 0019). The administration commands sign in to the running HQ as its administrator (global {@code --user},
 * passphrase from the usual sources); {@code passwd} works on HQ's database itself, as {@code serve} does.
 */
@Command(name = "hq", description = "Run the headquarters server, and administer a running one.",
        subcommands = {HqCommands.Serve.class, HqCommands.EnrollCode.class, HqCommands.Devices.class,
            HqCommands.DeviceLost.class, HqCommands.Passwd.class})
final class HqCommands {
    @ParentCommand
    ShieldCommand root;

    enum ListFormat { table, json }

    /** {@code --fingerprint}: HQ's TLS certificate, as {@code hq serve} printed it (needed for an https address). */
    static final class Pin {
        @Option(names = "--fingerprint", paramLabel = "SHA256", description = "HQ's TLS certificate fingerprint as"
                + " hq serve printed it; needed for an https:// address.")
        String fingerprint;
    }

    /** The client for {@code hq}: pinned to {@code pin} over https (which needs one), plain over http. */
    org.shield.application.sync.HqClient client(URI hq, Pin pin) throws ApplicationException {
        if ("https".equalsIgnoreCase(hq.getScheme())) {
            if (pin == null || pin.fingerprint == null || pin.fingerprint.isBlank()) {
                throw new org.shield.application.common.ValidationException(
                        new org.shield.application.common.UserMessage("cli.hq.fingerprintNeeded"));
            }
            return root.ctx.hqClient().pinned(pin.fingerprint);
        }
        return root.ctx.hqClient();
    }

    /** Signs in to a running HQ as its administrator; returns the session token. */
    String signIn(org.shield.application.sync.HqClient client, URI hq) throws ApplicationException {
        char[] pass = root.passphrase("HQ administrator passphrase", false);
        try {
            return client.signIn(hq, root.userName(), pass);
        } finally {
            Arrays.fill(pass, '\0');
        }
    }

    /** Where HQ keeps its data and whose passphrase opens it: {@code hq serve} and {@code hq passwd} alike. */
    static final class HqData {
        @Option(names = "--db", paramLabel = "JDBC_URL", description = "HQ's PostgreSQL, e.g."
                + " jdbc:postgresql://host/shield?user=U&password=P. Default: an encrypted H2 file under --data.")
        String db;

        @Option(names = "--data", paramLabel = "DIR", description = "HQ's data directory (default: ./hq-data).")
        Path data;

        @Option(names = "--admin", defaultValue = "hq.admin", paramLabel = "NAME", description = "The HQ"
                + " administrator, whose passphrase opens HQ's data: its value key and the H2 file. The first hq serve"
                + " creates them (default ${DEFAULT-VALUE}).")
        String admin;

        Path dir() {
            return data != null ? data : Path.of("hq-data");
        }
    }

    @Command(name = "serve", description = "Run HQ until stopped. The first start creates its administrator"
            + " (--admin); every start needs their passphrase (from the usual sources), which opens HQ's data.")
    static final class Serve implements Callable<Integer> {
        @ParentCommand
        HqCommands parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--port", defaultValue = "8443", paramLabel = "P", description = "Port (0: any free one;"
                + " default ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR", description = "Address to listen"
                + " on (default ${DEFAULT-VALUE}). Loopback serves plain HTTP unless --tls; any other address only"
                + " TLS, with a certificate made at the first start whose fingerprint is printed.")
        String bind;

        @Option(names = "--tls", description = "Serve TLS on a loopback address too.")
        boolean tls;

        @picocli.CommandLine.Mixin
        HqData where;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            HqHost.Running hq = parent.root.ctx.hqHost().start(new HqHost.Options(bind, port, where.db, where.dir(),
                    where.admin, tls),
                    () -> parent.root.passphrase("HQ administrator passphrase", false), line -> {
                        out.println(line);
                        out.flush();
                    });
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                hq.close();
                stopped.countDown();
            }, "hq-shutdown"));
            stopped.await();
            return 0;
        }
    }

    @Command(name = "passwd", description = "Change the HQ administrator's passphrase (the one every hq serve needs):"
            + " HQ's value key, their sign-in and, on H2, the file's key are re-wrapped; nothing stored is rewritten and"
            + " their open sessions end. On H2 stop HQ first; on PostgreSQL running HQ processes go on, and every later"
            + " start needs the new passphrase. The current one comes from the usual sources.")
    static final class Passwd implements Callable<Integer> {
        @ParentCommand
        HqCommands parent;
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        HqData where;

        @Option(names = "--new-passphrase-file", required = true, paramLabel = "FILE",
                description = "Read the new passphrase from the first line of FILE.")
        Path newPassphraseFile;

        @Override
        public Integer call() throws Exception {
            ShieldCommand r = parent.root;
            char[] next = Passphrases.fromFile(newPassphraseFile);
            char[] current = null;
            try {
                current = r.passphrase("Current HQ administrator passphrase", false);
                r.ctx.hqHost().changePassphrase(where.db, where.dir(), where.admin, current, next);
            } finally {
                Arrays.fill(next, '\0');
                if (current != null) {
                    Arrays.fill(current, '\0');
                }
            }
            spec.commandLine().getOut().println(r.messages().text("cli.hq.passphraseChanged"));
            return 0;
        }
    }

    @Command(name = "enroll-code", description = "Issue a one-time code with which NAME enrols one laptop. The code"
            + " is printed alone on the last line.")
    static final class EnrollCode implements Callable<Integer> {
        @ParentCommand
        HqCommands parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--hq", required = true, paramLabel = "URL", description = "The running HQ.")
        URI hq;

        @picocli.CommandLine.Mixin
        Pin pin;

        @Option(names = "--for", required = true, paramLabel = "NAME", description = "The user who will enrol.")
        String forUser;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "Their role: Investigator,"
                + " Caseworker, Supervisor, Administrator or Auditor.")
        String role;

        @Option(names = "--unit", required = true, paramLabel = "CODE", description = "Their unit code.")
        String unit;

        @Override
        public Integer call() throws Exception {
            org.shield.application.sync.HqClient client = parent.client(hq, pin);
            String session = parent.signIn(client, hq);
            EnrolmentCode code = client.issueCode(hq, session, forUser, role, unit);
            PrintWriter out = spec.commandLine().getOut();
            out.println(parent.root.messages().text("cli.hq.codeIssued", code.userName(), code.role(), code.unitCode(),
                    code.expiresAt()));
            out.println(code.code());
            return 0;
        }
    }

    @Command(name = "devices", description = "List the enrolled devices and their standing.")
    static final class Devices implements Callable<Integer> {
        @ParentCommand
        HqCommands parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--hq", required = true, paramLabel = "URL", description = "The running HQ.")
        URI hq;

        @picocli.CommandLine.Mixin
        Pin pin;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
        ListFormat format;

        @Override
        public Integer call() throws Exception {
            org.shield.application.sync.HqClient client = parent.client(hq, pin);
            List<DeviceSummary> devices = client.devices(hq, parent.signIn(client, hq));
            PrintWriter out = spec.commandLine().getOut();
            if (format == ListFormat.json) {
                Formats.json(out, devices);
            } else {
                Formats.table(out, List.of("id", "user", "role", "unit", "state", "enrolled", "lastSeen", "stored",
                        "clock"), devices.stream().map(d -> List.of(d.id().toString(), d.userName(), d.role(),
                                d.unitCode(), d.state().name(), Formats.str(d.enrolledAt()),
                                Formats.str(d.lastSeenAt()), String.valueOf(d.storedSeq()),
                                d.clockOffsetMs() == null ? "" : (d.clockFlagged() ? "OFF " : "") + d.clockOffsetMs()
                                        + " ms")).toList());
            }
            return 0;
        }
    }

    @Command(name = "device-lost", description = "Mark a device lost: at its next contact it destroys its vault keys"
            + " and reports that it did.")
    static final class DeviceLost implements Callable<Integer> {
        @ParentCommand
        HqCommands parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--hq", required = true, paramLabel = "URL", description = "The running HQ.")
        URI hq;

        @picocli.CommandLine.Mixin
        Pin pin;

        @Parameters(index = "0", paramLabel = "DEVICE_ID")
        UUID device;

        @Override
        public Integer call() throws Exception {
            org.shield.application.sync.HqClient client = parent.client(hq, pin);
            client.markLost(hq, parent.signIn(client, hq), device);
            spec.commandLine().getOut().println(parent.root.messages().text("cli.hq.deviceLost", device));
            return 0;
        }
    }
}
