package org.shield.infra.cli;

import java.util.concurrent.Callable;
import org.shield.application.common.CancellationToken;
import org.shield.application.security.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demo --cases N}: fill the vault with obviously synthetic data. */
@Command(name = "demo", description = "Add synthetic DEMO cases, persons and notes to the vault.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    ShieldCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--cases", defaultValue = "20", paramLabel = "N", description = "How many cases (default: ${DEFAULT-VALUE}).")
    int cases;

    @Option(names = "--seed", defaultValue = "2026", paramLabel = "SEED", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (cases < 1 || cases > 1_000_000) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cases must be 1..1000000");
        }
        var err = spec.commandLine().getErr();
        try (Workspace ws = root.unlock()) {
            org.shield.application.demo.DemoDataService.forWorkspace(ws, java.time.Clock.systemDefaultZone()).generate(cases, seed, (done, total) -> {
                if (done % 100 == 0 || done == total) {
                    err.print("\r" + done + "/" + total);
                    err.flush();
                }
            }, new CancellationToken());
            err.println();
        }
        spec.commandLine().getOut().println(root.messages().text("cli.demoAdded", cases));
        return 0;
    }
}
