package org.shield.infra.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.evidence.StoredContent;
import org.shield.application.security.DataKey;

/**
 * The evidence intake benchmark of docs/BENCHMARKS.md (issue 4). Asserts nothing; prints what it measured.
 * Creates a file of random (incompressible) data, times {@code sha256sum} on it three times, then the intake
 * through {@link TinkEvidenceStore} three times (read, hash, encrypt, write, fsync), and reports the medians,
 * their ratio and the peak heap used during intake (sampled every 10 ms). The page cache holds the source
 * for all runs after the first read, for both tools alike.
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.main=org.shield.infra.evidence.EvidenceBenchmark
 * -Dbench.args="--size-gb 2 --dir target/bench-evidence"}.
 */
public final class EvidenceBenchmark {
    private static final int RUNS = 3;

    private EvidenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double sizeGb = Double.parseDouble(arg(args, "--size-gb", "2"));
        Path dir = Path.of(arg(args, "--dir", "target/bench-evidence"));
        boolean extra = Arrays.asList(args).contains("--extra-hashes");
        long size = (long) (sizeGb * (1L << 30));
        System.out.printf(Locale.ROOT, "machine: %d cores, %s, Java %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " "
                        + System.getProperty("os.arch"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        Files.createDirectories(dir);
        Path source = dir.resolve("source-" + size + ".bin");
        if (!Files.isRegularFile(source) || Files.size(source) != size) {
            createRandom(source, size);
        }
        String expected = null;
        List<Double> sums = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            Process p = new ProcessBuilder("sha256sum", source.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("sha256sum failed: " + out);
            }
            double s = (System.nanoTime() - t) / 1e9;
            expected = out.split("\\s+")[0];
            sums.add(s);
            System.out.printf(Locale.ROOT, "sha256sum run %d: %.2f s, %.0f MB/s%n", i + 1, s, size / 1e6 / s);
        }
        Path vault = dir.resolve("vault");
        byte[] k = new byte[DataKey.LENGTH];
        new SecureRandom().nextBytes(k);
        TinkEvidenceStore store = new TinkEvidenceStore(vault, new DataKey(k));
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        List<Double> intakes = new ArrayList<>();
        long peakHeap = 0;
        for (int i = 0; i < RUNS; i++) {
            System.gc();
            long baseline = mem.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(baseline);
            AtomicBoolean running = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            long t = System.nanoTime();
            StoredContent c = store.store(source, extra, ProgressListener.NONE, new CancellationToken());
            double s = (System.nanoTime() - t) / 1e9;
            running.set(false);
            sampler.join();
            peakHeap = Math.max(peakHeap, peak.get());
            intakes.add(s);
            System.out.printf(Locale.ROOT,
                    "intake run %d: %.2f s, %.0f MB/s, sha256 %s, heap used peak %d MiB (before %d MiB)%n",
                    i + 1, s, size / 1e6 / s, c.hashes().sha256().equals(expected) ? "matches sha256sum" : "DIFFERS",
                    peak.get() >> 20, baseline >> 20);
            store.discard(c.blobId());
        }
        double sumMedian = median(sums);
        double intakeMedian = median(intakes);
        System.out.printf(Locale.ROOT, "sha256sum median %.2f s = %.0f MB/s; intake median %.2f s = %.0f MB/s; "
                + "ratio %.2f (target >= 0.70); peak heap used %d MiB%n", sumMedian, size / 1e6 / sumMedian,
                intakeMedian, size / 1e6 / intakeMedian, sumMedian / intakeMedian, peakHeap >> 20);
    }

    private static void createRandom(Path f, long size) throws IOException {
        Random r = new Random(); // non-cryptographic is fine: it only has to be incompressible
        byte[] b = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(f)) {
            for (long done = 0; done < size; done += b.length) {
                r.nextBytes(b);
                out.write(b, 0, (int) Math.min(b.length, size - done));
            }
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static String arg(String[] args, String name, String def) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return def;
    }
}
