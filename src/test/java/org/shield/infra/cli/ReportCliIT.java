package org.shield.infra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.security.Workspace;
import org.shield.testing.InProcessCli;
import org.shield.testing.JarProcess.Run;
import org.shield.testing.TestVaults;

/**
 * {@code report case-summary} and {@code report verify} from the command line (run in this JVM through the jar's
 * composition, {@link InProcessCli}): a PDF is written whole, an existing file is never overwritten, and verify
 * tells the vault's own file from an altered copy and a stranger.
 */
class ReportCliIT {
    @TempDir
    Path tmp;

    @Test
    void printsACaseSummaryAndVerifiesIt() throws Exception {
        Path vault = tmp.resolve("vault");
        String caseNumber;
        try (Workspace admin = TestVaults.create(vault)) {
            caseNumber = admin.cases().create(CreateCaseCommand.titled("DEMO report cli case")).caseNumber();
        }
        Map<String, String> env = Map.of("SHIELD_PASSPHRASE", TestVaults.PASSPHRASE);
        String[] base = {"--vault", vault.toString(), "--user", TestVaults.ADMIN};
        Path pdf = tmp.resolve("summary.pdf");

        var made = InProcessCli.run(tmp, env, concat(base, "report", "case-summary", caseNumber, "--lang", "th",
                "--out", pdf.toString(), "--requested-for", "DEMO prosecutor"));
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(made.out()).contains("report: RPT-").contains("sha256: ");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
        assertThat(tmp.resolve("summary.pdf.part")).doesNotExist();

        var again = InProcessCli.run(tmp, env, concat(base, "report", "case-summary", caseNumber, "--out",
                pdf.toString()));
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).isNotBlank();

        var genuine = InProcessCli.run(tmp, env, concat(base, "report", "verify", pdf.toString()));
        assertThat(genuine.code()).as(genuine.err()).isZero();
        assertThat(genuine.out()).startsWith("GENUINE").contains(caseNumber);

        Path altered = tmp.resolve("altered.pdf");
        Files.write(altered, Files.readAllBytes(pdf));
        Files.writeString(altered, "\n% a line added after the report was produced\n",
                java.nio.file.StandardOpenOption.APPEND);
        var changed = InProcessCli.run(tmp, env, concat(base, "report", "verify", altered.toString()));
        assertThat(changed.code()).isEqualTo(1);
        assertThat(changed.out()).startsWith("ALTERED").contains("RPT-");

        Path stranger = tmp.resolve("stranger.pdf");
        Files.writeString(stranger, "%PDF-1.7 not one of ours");
        var unknown = InProcessCli.run(tmp, env, concat(base, "report", "verify", stranger.toString()));
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.out()).startsWith("UNKNOWN");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
