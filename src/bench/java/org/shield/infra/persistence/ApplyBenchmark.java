package org.shield.infra.persistence;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shield.application.security.DataKey;
import org.shield.application.sync.FeedRecord;

/**
 * The laptop's side of a pull alone: synthetic feed pages (the unlock screen's warm-up records, {@link ReplicaWarmUp})
 * applied by {@link JdbcReplica#apply} to a new encrypted vault file, each page with its cursor in one transaction as
 * a pull does. No HQ, no PostgreSQL, no network: it times the applying thread's CPU as well as the wall clock, so that
 * a change to the apply can be judged on a machine whose load varies (docs/BENCHMARKS.md, "The applying thread alone").
 *
 * <pre>
 * mvn -o -q -Pbench test-compile exec:exec -Dbench.main=org.shield.infra.persistence.ApplyBenchmark \
 *     -Dbench.args="--pages 15 --rounds 5"
 * </pre>
 *
 * Each round applies {@code --pages} pages of {@link ReplicaWarmUp#recordsPerPage()} records to a vault of its own; the
 * first {@code --warmup} rounds are not reported (the JIT).
 */
public final class ApplyBenchmark {
    private ApplyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pages = intArg(args, "--pages", 15);
        int rounds = intArg(args, "--rounds", 5);
        int warmup = intArg(args, "--warmup", 2);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path dir = Files.createTempDirectory("apply-bench");
        System.out.printf(Locale.ROOT, "apply: %d pages of %d records per round, %d rounds after %d untimed; %d cores%n",
                pages, ReplicaWarmUp.recordsPerPage(), rounds, warmup, Runtime.getRuntime().availableProcessors());
        List<double[]> results = new ArrayList<>();
        for (int round = 0; round < warmup + rounds; round++) {
            Path vault = dir.resolve("v" + round);
            Files.createDirectories(vault);
            byte[] k = new byte[32];
            new java.security.SecureRandom().nextBytes(k);
            try (VaultDatabase db = VaultDatabase.open(vault, new DataKey(k), false)) {
                JdbcReplica replica = db.replica();
                long cursor = 0;
                long applied = 0;
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                for (int p = 0; p < pages; p++) {
                    List<FeedRecord> records = ReplicaWarmUp.page(p * ReplicaWarmUp.CASES_PER_PAGE,
                            ReplicaWarmUp.CASES_PER_PAGE);
                    long next = cursor + records.size();
                    applied += db.transactions().write(() -> replica.apply(records, next, "bench", Instant.now()))
                            .applied();
                    cursor = next;
                }
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                if (round >= warmup) {
                    results.add(new double[] {applied / wall, applied / cpu});
                }
                System.out.printf(Locale.ROOT, "%s round %d: %d records in %.2f s wall (%.0f/s), %.2f s of the"
                        + " applying thread's CPU (%.0f/s)%n", round < warmup ? "untimed" : "RESULT", round, applied,
                        wall, applied / wall, cpu, applied / cpu);
            }
        }
        results.sort((a, b) -> Double.compare(a[1], b[1]));
        System.out.printf(Locale.ROOT, "median of %d rounds: %.0f records/s per second of the applying thread's CPU%n",
                results.size(), results.get(results.size() / 2)[1]);
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
