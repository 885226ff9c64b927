package org.shield.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.shield.bootstrap.Launcher;
import org.shield.bootstrap.Wiring;
import org.shield.infra.cli.Cli;
import org.shield.infra.cli.CliContext;
import org.shield.testing.JarProcess.Run;
import picocli.CommandLine;

/**
 * Runs the command line in this JVM, composed as the jar's {@code main} composes it ({@link Launcher#context},
 * {@link Wiring#standard()}; the test JVMs have {@code -Dshield.kdf=fast}), on only the environment given (a null
 * value leaves the variable out), with the folders for no {@code --vault} under {@code tmp/home}, and with its output
 * and errors captured. The exit code is the one {@code main} passes to {@code System.exit}. A command costs a
 * fraction of a second here against about four as a process, most of which is the JVM starting and Hibernate
 * booting; what only a process shows (exit status, the terminal's encoding, the jar's contents, the window) is
 * tested with {@link JarProcess} (ADR 0110).
 */
public final class InProcessCli {
    private InProcessCli() {
    }

    public static Run run(Path tmp, Map<String, String> env, String... args) {
        Map<String, String> environment = new HashMap<>();
        env.forEach((k, v) -> {
            if (v != null) {
                environment.put(k, v);
            }
        });
        Path base = tmp.resolve("home").resolve(".shield");
        CliContext composed = Launcher.context(Wiring.standard(), Map.copyOf(environment), base.resolve("vault"),
                base.resolve("demo-vault"));
        CliContext ctx = new CliContext(composed.vaults(), composed.demoVault(), composed.defaultVault(),
                composed.demoVaultDir(), composed.environment(), (dir, demo) -> {
                    throw new AssertionError("this command opens the window: run it with JarProcess");
                }, composed.version(), composed.auditExporter(), composed.hqHost(), composed.hqClient());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine(ctx);
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        cl.setOut(outWriter);
        cl.setErr(errWriter);
        int code = cl.execute(args);
        outWriter.flush();
        errWriter.flush();
        return new Run(code, out.toString(), err.toString());
    }
}
