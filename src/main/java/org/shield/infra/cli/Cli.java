package org.shield.infra.cli;

import java.util.Locale;
import java.util.UUID;
import org.shield.application.common.ApplicationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Runs the command line. Exit codes: 0 success; 1 a user-facing error, one clear line on stderr;
 * 2 bad usage. Unexpected failures print an incident id; the details go to the log only.
 */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static CommandLine commandLine(CliContext ctx) {
        CommandLine cl = new CommandLine(new ShieldCommand(ctx));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // a user may be called like a command: the demo vault's first user is "demo" (--user demo)
        cl.setAllowSubcommandsAsOptionParameters(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            CliMessages messages = new CliMessages(Locale.getDefault());
            if (ex instanceof ApplicationException ae) {
                LOG.info("command failed: {}", ae.userMessage().key());
                cmd.getErr().println(messages.text(ae.userMessage()));
                return 1;
            }
            if (ex instanceof CommandLine.ParameterException pe) {
                cmd.getErr().println(pe.getMessage());
                return 2;
            }
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("unexpected failure, incident {}", incident, ex);
            cmd.getErr().println(messages.text("error.unexpected", incident));
            return 1;
        });
        return cl;
    }

    public static int run(CliContext ctx, String... args) {
        return commandLine(ctx).execute(args);
    }
}
