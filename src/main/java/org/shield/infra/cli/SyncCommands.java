package org.shield.infra.cli;

import java.net.URI;
import java.util.concurrent.Callable;
import org.shield.application.security.Workspace;
import org.shield.application.sync.DeviceEnrolment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sync enroll}: this vault and HQ (ADR 0019). */
@Command(name = "sync", description = "Enrol this vault at HQ.", subcommands = {SyncCommands.Enroll.class})
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
}
