package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CaseQuery;
import org.shield.application.casefile.CaseSummary;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.security.Workspace;
import org.shield.testing.JarJvm;
import org.shield.testing.TestVaults;

/**
 * A commit acknowledged to the user survives {@code kill -9}: a child JVM writes cases one by one and
 * prints each case number only after its commit returned; the test kills it at a random moment, reopens
 * the vault and counts every acknowledged case. Repeated many times.
 */
class CrashDurabilityIT {
    /** Ten rounds by default; {@code -Dcrash.rounds=40} for a deeper run (it found the space-reuse loss). */
    private static final int ROUNDS = Integer.getInteger("crash.rounds", 10);

    @TempDir
    Path tmp;

    @Test
    void acknowledgedCommitsSurviveKillDashNine() throws Exception {
        Path vault = tmp.resolve("vault");
        TestVaults.create(vault).close();
        Set<String> acknowledged = new HashSet<>();
        Random rnd = new Random(42);
        int killedWhileWriting = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process child = new ProcessBuilder(JarJvm.testMain(List.of("-Dshield.log.dir=" + tmp.resolve("logs")),
                    CrashWriter.class, vault.toString(), Integer.toString(round)))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            int target = 20 + rnd.nextInt(200);
            int seen = 0;
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                    if (++seen >= target) {
                        break;
                    }
                }
            }
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no H2 close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            if (seen >= target) {
                killedWhileWriting++;
            }
        }
        assertThat(killedWhileWriting).as("rounds killed mid-write").isEqualTo(ROUNDS);
        try (Workspace ws = TestVaults.unlock(vault)) {
            Set<String> stored = new HashSet<>();
            for (CaseSummary c : ws.cases().list(CaseQuery.all())) {
                stored.add(c.title());
            }
            List<String> lost = new ArrayList<>(acknowledged);
            lost.removeAll(stored);
            assertThat(lost).as("acknowledged cases lost after kill -9 (of %d)", acknowledged.size()).isEmpty();
            ws.verify(org.shield.application.common.ProgressListener.NONE);
        }
    }

    /** The child: writes DEMO cases until killed, acknowledging each after its commit returned. */
    public static final class CrashWriter {
        private CrashWriter() {
        }

        public static void main(String[] args) throws Exception {
            try (Workspace ws = TestVaults.unlock(Path.of(args[0]))) {
                for (int i = 0; ; i++) {
                    // acknowledged by title, unique per round: a lost commit's case number is allocated again
                    // by the next round, so numbers alone would hide a loss in any round but the last
                    String title = ws.cases().create(CreateCaseCommand.titled("DEMO crash " + args[1] + "-" + i))
                            .title();
                    System.out.println("ACK " + title);
                    System.out.flush();
                }
            }
        }
    }
}
