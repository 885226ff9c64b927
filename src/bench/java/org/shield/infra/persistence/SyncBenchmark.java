package org.shield.infra.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.shield.application.common.ApplicationException;
import org.shield.application.security.DataKey;
import org.shield.application.security.VaultService;
import org.shield.application.security.Workspace;
import org.shield.application.sync.BatchSigner;
import org.shield.application.sync.Change;
import org.shield.application.sync.Enrolment;
import org.shield.application.sync.EnrolmentRequest;
import org.shield.application.sync.FeedPage;
import org.shield.application.sync.HqClient;
import org.shield.application.sync.Hlc;
import org.shield.application.sync.PushBatch;
import org.shield.application.sync.PushResult;
import org.shield.application.sync.SyncReport;
import org.shield.domain.common.UuidV7;
import org.shield.domain.security.Role;
import org.shield.hq.HqServer;
import org.shield.hq.HqService;
import org.shield.hq.HqStore;
import org.shield.hq.store.HqDatabase;
import org.shield.hq.store.JdbcHqStore;
import org.shield.infra.sync.HttpHqClient;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.Argon2PassphraseHasher;
import org.shield.infra.vault.FileVaultKeyStore;
import org.shield.testing.EmbeddedPg;
import org.shield.testing.TestVaults;

/**
 * The sync figures issue 7 asks for (docs/BENCHMARKS.md, "Sync (issue 7)"), on loopback with PostgreSQL: an embedded
 * PostgreSQL ({@link EmbeddedPg}) and an HQ in this JVM ({@link HqServer} on a free loopback port, real HTTP), one
 * fresh database per scenario. Asserts nothing; prints what it measured ({@code RESULT} lines).
 * <ul>
 * <li>{@code --scenario push}: a real laptop vault (encrypted H2, the product's outbox trigger) with {@code --changes}
 * changes waiting, loaded in JDBC batches through the trigger; then the product's {@code sync now}
 * ({@code SyncService.syncNow}). Push phase = from the end of the sync's first pull (or the call, if later) to HQ's
 * first feed read after the push (every batch sent, stored, acknowledged in the vault); records/s = changes stored by
 * HQ / that time.</li>
 * <li>{@code --scenario pull}: HQ seeded with {@code --changes} changes by a lightweight device (signed pushes over
 * HTTP, untimed); a second, freshly enrolled real laptop runs {@code sync now}: records applied / time of the pull
 * phase (HQ's first feed read to the end of the sync), and of the whole sync.</li>
 * <li>{@code --scenario first-sync}: the same with {@code --cases} cases (three records each), reported as a first
 * sync: enrolment and the whole {@code sync now}.</li>
 * <li>{@code --scenario laptops}: {@code --laptops} simulated laptops, each an enrolled device with its own Ed25519 key
 * and {@link HttpHqClient}, syncing back to back for {@code --seconds}: status, one signed push (a new case with its
 * type and a note, two edits of its earlier cases), the feed from its cursor to the end, the epoch move; no vault.
 * Errors, syncs, p50/p99 per sync.</li>
 * <li>{@code --scenario memory}: HQ seeded with {@code --changes} changes; a fresh real laptop in a child JVM with
 * {@code -Xmx}{@code --laptop-xmx} catches up with one {@code sync now} while its heap is sampled.</li>
 * <li>{@code --scenario pull --laptop-jvm FLAGS}: the pull with the laptop in a JVM of its own (below); with
 * {@code --app-warmup} that JVM first runs the app's unlock-screen warm-up to its end, timed apart; with
 * {@code --hq-syncs N} as many other laptops (each a JVM and vault of its own) first catch up from HQ, untimed, so that
 * HQ's JIT has compiled what a laptop's sync asks of it; with {@code --rounds N} that JVM catches up N times, each
 * as a new vault (rounds after the first: the rate once the JVM's start-up is paid, ADR 0023).</li>
 * <li>{@code --scenario push --laptop-jvm FLAGS}: the push with the laptop in a JVM of its own, against an HQ that has
 * taken as many changes from another device first (untimed); {@code --rounds N} as for the pull (each round a new
 * vault loaded with as many changes).</li>
 * </ul>
 * {@code --warmup N}: before push and pull, the same scenario with {@code N} changes on its own database, untimed
 * ({@code WARM-UP} lines), so that the figure is the JIT-compiled throughput rather than the first minute of a JVM.
 * Every record is synthetic and says DEMO. Run: {@code mvn -o -q -Pbench test-compile exec:exec
 * -Dbench.main=org.shield.infra.persistence.SyncBenchmark -Dbench.args="--scenario push --changes 2000"}.
 */
public final class SyncBenchmark {
    static final String UNIT = "BEN";
    private static final char[] HQ_PASS = "benchmark synthetic hq passphrase".toCharArray();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Changes per lightweight push, as the laptop batches them ({@code SyncRun.BATCH}). */
    private static final int BATCH = 500;
    /** Records per synthetic case: the case, one exploitation type, one note. */
    static final int PER_CASE = 3;

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = arg(args, "--scenario", "all");
        if ("catch-up-laptop".equals(scenario)) {
            catchUpLaptop(args);
            return;
        }
        if ("push-laptop".equals(scenario)) {
            pushLaptop(args);
            return;
        }
        Path dir = Path.of(arg(args, "--dir", "target/bench-sync")).toAbsolutePath();
        wipe(dir);
        Files.createDirectories(dir);
        System.out.println("MACHINE nproc " + Runtime.getRuntime().availableProcessors() + "; max heap "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MiB; java " + System.getProperty("java.vm.version")
                + "; load " + load());
        List<String> scenarios = "all".equals(scenario)
                ? List.of("push", "pull", "first-sync", "laptops", "memory") : List.of(scenario.split(","));
        try (EmbeddedPostgres pg = EmbeddedPg.start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                StringBuilder b = new StringBuilder("POSTGRES");
                for (String s : List.of("server_version", "fsync", "synchronous_commit", "shared_buffers",
                        "max_connections")) {
                    try (ResultSet rs = st.executeQuery("SHOW " + s)) {
                        rs.next();
                        b.append(' ').append(s).append('=').append(rs.getString(1));
                    }
                }
                System.out.println(b);
            }
            int warmUp = intArg(args, "--warmup", 0);
            hqWarm = java.util.Arrays.asList(args).contains("--hq-warm");
            for (String s : scenarios) {
                if (warmUp > 0 && ("push".equals(s) || "pull".equals(s))) {
                    // the same scenario, smaller, on its own database: the JIT has compiled the path once
                    try (Hq hq = new Hq(pg, "bench_warm_" + s)) {
                        if ("push".equals(s)) {
                            push(hq, dir.resolve("warm-push"), warmUp, "warm-up push");
                        } else {
                            pull(hq, dir.resolve("warm-pull"), Math.max(1, warmUp / PER_CASE), "warm-up pull");
                        }
                    }
                }
                try (Hq hq = new Hq(pg, "bench_" + s.replace('-', '_'))) {
                    switch (s) {
                        case "push" -> {
                            String laptopJvm = arg(args, "--laptop-jvm", null);
                            if (laptopJvm == null) {
                                push(hq, dir.resolve("push"), intArg(args, "--changes", 30_000), "push");
                            } else {
                                pushInOwnJvm(hq, dir.resolve("push"), intArg(args, "--changes", 30_000), laptopJvm,
                                        intArg(args, "--rounds", 1));
                            }
                        }
                        case "pull" -> {
                            String laptopJvm = arg(args, "--laptop-jvm", null);
                            if (laptopJvm == null) {
                                pull(hq, dir.resolve("pull"), intArg(args, "--changes", 30_000) / PER_CASE, "pull");
                            } else {
                                pullInOwnJvm(hq, dir.resolve("pull"), intArg(args, "--changes", 30_000) / PER_CASE,
                                        laptopJvm, java.util.Arrays.asList(args).contains("--app-warmup"),
                                        intArg(args, "--hq-syncs", 0), intArg(args, "--rounds", 1));
                            }
                        }
                        case "first-sync" -> pull(hq, dir.resolve("first"), intArg(args, "--cases", 100_000),
                                "first-sync");
                        case "laptops" -> laptops(hq, intArg(args, "--laptops", 100), intArg(args, "--seconds", 300),
                                intArg(args, "--base-cases", 0));
                        case "memory" -> memory(hq, dir.resolve("memory"), intArg(args, "--changes", 50_000),
                                arg(args, "--laptop-xmx", "256m"));
                        default -> throw new IllegalArgumentException("unknown scenario " + s);
                    }
                }
            }
        }
        wipe(dir);
    }

    /**
     * {@code --hq-warm}: before a pull is timed, another device of the unit reads HQ's whole feed, untimed; before a
     * push is timed, another device pushes as many changes, untimed (with a lightweight client). HQ is a long-running
     * server that has taken pushes and served feeds before, and whose tables PostgreSQL has analysed; only the laptop
     * is then cold, as in a laptop's first sync of a session against a running HQ.
     */
    private static boolean hqWarm;

    // ---- scenarios

    /** A real laptop with {@code changes} changes waiting runs sync now; its figures printed after {@code label}. */
    private static void push(Hq hq, Path dir, int changes, String label) throws Exception {
        int cases = Math.max(1, changes / PER_CASE);
        Path vault = dir.resolve("laptop");
        String user = "bench.push";
        TestVaults.vaults(); // class loading out of the way
        try (Workspace ws = hq.laptop(vault, user, Role.Supervisor)) {
            ws.sync().syncNow(); // the enrolment's own audit entries; warms the path
        }
        if (hqWarm) {
            long w0 = System.nanoTime();
            long seeded = hq.seed(cases);
            hq.analyze();
            System.out.printf(Locale.ROOT, "%s: HQ warmed: another device pushed %d changes in %.1f s, untimed%n", label,
                    seeded, secs(System.nanoTime() - w0));
        }
        long t0 = System.nanoTime();
        loadVault(vault, user, cases);
        double loadS = secs(System.nanoTime() - t0);
        try (Workspace ws = TestVaults.vaults().unlock(vault, user, TestVaults.PASSPHRASE.toCharArray())) {
            long waiting = ws.sync().status().pending();
            System.out.printf(Locale.ROOT, "push: %d cases loaded through the outbox trigger in %.1f s, %d changes"
                    + " waiting; load %s%n", cases, loadS, waiting, load());
            hq.timing.reset();
            long start = System.nanoTime();
            SyncReport r = ws.sync().syncNow();
            long end = System.nanoTime();
            printPush(hq, result(label) + " " + label, "", start, end, r.pushed(), r.pulled(), r.pending());
        }
    }

    /**
     * The figure line of a timed push, and HQ's store time by method. The sync's first pull (nothing new for a push)
     * ends before the push and its second pull begins after it, as HQ's store timing saw them since its reset.
     */
    private static void printPush(Hq hq, String head, String where, long start, long end, long pushed, long pulled,
            long pending) {
        long pushFrom = Math.max(start, hq.timing.feedEndBeforePush.get());
        long feedAt = hq.timing.firstFeedAfterPush.get() == 0 ? end : hq.timing.firstFeedAfterPush.get();
        double pushS = secs(feedAt - pushFrom);
        double wholeS = secs(end - start);
        System.out.printf(Locale.ROOT, "%s: %d changes stored by HQ in %.2f s = %.0f records/s (push phase of sync"
                + " now%s: read outbox, sign, send, store at HQ, acknowledge); HQ in store.push %.2f s over %d batches;"
                + " whole sync now %.2f s (it then pulled back %d records, its own, %.0f records/s); pending after %d;"
                + " load %s%n", head, pushed, pushS, pushed / pushS, where, hq.timing.seconds("push"),
                hq.timing.calls("push"), wholeS, pulled, pulled / Math.max(1e-9, wholeS - pushS), pending, load());
        System.out.println("HQ store time by method: " + hq.timing.summary());
    }

    /** The word a figure's line starts with: a warm-up's is not a result. */
    private static String result(String label) {
        return label.startsWith("warm-up") ? "WARM-UP" : "RESULT";
    }

    /** HQ holds {@code cases} synthetic cases; a freshly enrolled real laptop pulls them all. */
    private static void pull(Hq hq, Path dir, int cases, String label) throws Exception {
        long t0 = System.nanoTime();
        long seeded = hq.seed(cases);
        double seedS = secs(System.nanoTime() - t0);
        System.out.printf(Locale.ROOT, "%s: HQ seeded with %d cases (%d changes) by signed pushes in %.1f s (%.0f"
                + " records/s, lightweight client); load %s%n", label, cases, seeded, seedS, seeded / seedS, load());
        if (hqWarm) {
            long w0 = System.nanoTime();
            hq.analyze();
            long read = readWholeFeed(hq, SimLaptop.enrol(hq, "bench.hqwarm", Role.Supervisor, 998).e.token());
            System.out.printf(Locale.ROOT, "%s: HQ warmed: another device read the whole feed (%d records) in %.1f s,"
                    + " untimed%n", label, read, secs(System.nanoTime() - w0));
        }
        Path vault = dir.resolve("laptop");
        TestVaults.vaults();
        long e0 = System.nanoTime();
        try (Workspace ws = hq.laptop(vault, "bench.pull", Role.Supervisor)) {
            double enrolS = secs(System.nanoTime() - e0);
            hq.timing.reset();
            long start = System.nanoTime();
            SyncReport r = ws.sync().syncNow();
            long end = System.nanoTime();
            long feedAt = hq.timing.firstFeed.get();
            double pullS = secs(end - feedAt);
            double wholeS = secs(end - start);
            long held = countRows(ws, vault);
            System.out.printf(Locale.ROOT, "%s %s: %d records applied in %.2f s = %.0f records/s (pull phase: feed"
                    + " pages, apply, cursor, epoch); whole sync now %.2f s = %.0f records/s; vault creation and"
                    + " enrolment before it %.2f s; kept back %d; cases in the vault %d of %d; HQ feed pages %d, HQ"
                    + " time in feed reads %.2f s; load %s%n", result(label), label, r.pulled(), pullS,
                    r.pulled() / pullS, wholeS,
                    r.pulled() / wholeS, enrolS, r.keptBack(), held, cases, hq.timing.calls("recordsAfter"),
                    hq.timing.feedSeconds(), load());
            System.out.println("HQ store time by method: " + hq.timing.summary());
        }
    }

    /**
     * Reads HQ's whole feed as {@code token}'s device over plain HTTP, with a JSON tree rather than the laptop's client
     * and types, so that only HQ's code is compiled by it; returns how many records.
     */
    private static long readWholeFeed(Hq hq, String token) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        long cursor = 0;
        long records = 0;
        String scope = null;
        while (true) {
            String query = "?after=" + cursor + "&limit=1000" + (scope == null ? ""
                    : "&scope=" + java.net.URLEncoder.encode(scope, java.nio.charset.StandardCharsets.UTF_8));
            java.net.http.HttpResponse<byte[]> answer = http.send(java.net.http.HttpRequest.newBuilder(
                    hq.url.resolve(org.shield.application.sync.SyncApi.DEVICE_FEED + query))
                    .header(org.shield.application.sync.SyncApi.FORMAT_HEADER,
                            org.shield.application.sync.SyncApi.FORMAT)
                    .header("Authorization", "Bearer " + token).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("HQ answered the feed with " + answer.statusCode());
            }
            com.fasterxml.jackson.databind.JsonNode page = json.readTree(answer.body());
            scope = page.path("scope").asText(null);
            if (page.path("scopeChanged").asBoolean()) {
                cursor = 0;
                continue;
            }
            records += page.path("records").size();
            cursor = page.path("next").asLong();
            if (!page.path("more").asBoolean()) {
                return records;
            }
        }
    }

    /** {@code n} simulated laptops sync back to back for {@code seconds}. */
    private static void laptops(Hq hq, int n, int seconds, int baseCases) throws Exception {
        if (baseCases > 0) {
            hq.seed(baseCases);
        }
        List<SimLaptop> sims = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Role role = i % 10 == 0 ? Role.Supervisor : Role.Investigator;
            sims.add(SimLaptop.enrol(hq, String.format(Locale.ROOT, "bench.sim%03d", i), role, i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<?>> warm = new ArrayList<>();
            for (SimLaptop s : sims) {
                warm.add(pool.submit(() -> {
                    s.sync(0, 0); // the first sync: catches up with what HQ holds, untimed
                    return null;
                }));
            }
            for (Future<?> f : warm) {
                f.get();
            }
            System.out.printf(Locale.ROOT, "laptops: %d enrolled (%d supervisors), first syncs done; load %s%n", n,
                    (n + 9) / 10, load());
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            LongAdder errors = new LongAdder();
            Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
            long start = System.nanoTime();
            long stop = start + TimeUnit.SECONDS.toNanos(seconds);
            List<Future<?>> runs = new ArrayList<>();
            for (SimLaptop s : sims) {
                runs.add(pool.submit(() -> {
                    while (System.nanoTime() < stop) {
                        long t = System.nanoTime();
                        try {
                            s.sync(1, 2);
                            latencies.add(System.nanoTime() - t);
                        } catch (Exception e) {
                            errors.increment();
                            String kind = e instanceof ApplicationException a ? a.userMessage().key()
                                    : e.getClass().getSimpleName();
                            errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : runs) {
                f.get();
            }
            double wallS = secs(System.nanoTime() - start);
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            long pushed = sims.stream().mapToLong(s -> s.pushed).sum();
            long pulled = sims.stream().mapToLong(s -> s.pulled).sum();
            long restarts = sims.stream().mapToLong(s -> s.restarts).sum();
            System.out.printf(Locale.ROOT, "RESULT laptops: %d simulated laptops for %.0f s: errors %d %s; syncs %d"
                    + " (%.1f/s); per sync p50 %.0f ms, p99 %.0f ms, max %.0f ms; changes pushed %d (%.0f/s), records"
                    + " pulled %d (%.0f/s); scope restarts %d; HQ holds %d records; load %s%n", n, wallS,
                    errors.sum(), errorKinds, sorted.size(), sorted.size() / wallS, pct(sorted, 50), pct(sorted, 99),
                    pct(sorted, 100), pushed, pushed / wallS, pulled, pulled / wallS, restarts,
                    hq.count("SELECT COUNT(*) FROM hq_record"), load());
            System.out.println("HQ store time by method: " + hq.timing.summary());
        } finally {
            pool.shutdownNow();
        }
    }

    /** HQ holds {@code changes} changes; a fresh laptop in a JVM with a bounded heap catches up. */
    private static void memory(Hq hq, Path dir, int changes, String xmx) throws Exception {
        int cases = Math.max(1, changes / PER_CASE);
        long seeded = hq.seed(cases);
        System.out.printf(Locale.ROOT, "memory: HQ seeded with %d changes; laptop JVM -Xmx%s; load %s%n", seeded,
                xmx, load());
        childLaptop(hq, dir, seeded, List.of("-Xmx" + xmx), "memory", List.of(), 1);
    }

    /**
     * {@code --scenario pull --laptop-jvm FLAGS}: the pull with the laptop in a JVM of its own started with
     * {@code FLAGS} (space-separated, may be empty), as the app and the CLI run it, while HQ stays in this JVM as a
     * long-running server: seeded, its tables analysed, its feed read once by another device and caught up from by
     * {@code hqSyncs} other laptops in JVMs of their own (untimed), then left until its JIT is quiet. The figure is
     * the laptop's whole {@code sync now} (its push of the enrolment's own audit entries included).
     */
    private static void pullInOwnJvm(Hq hq, Path dir, int cases, String flags, boolean appWarmUp, int hqSyncs,
            int rounds) throws Exception {
        long seeded = hq.seed(cases);
        hq.analyze();
        long read = readWholeFeed(hq, SimLaptop.enrol(hq, "bench.hqwarm", Role.Supervisor, 998).e.token());
        List<String> jvm = flags.isBlank() ? List.of() : List.of(flags.trim().split("\\s+"));
        for (int i = 0; i < hqSyncs; i++) {
            childLaptop(hq, dir.resolve("hq-warm-" + i), seeded, jvm, "warm-up " + i, List.of(), 1);
        }
        double quiet = jitQuiet();
        System.out.printf(Locale.ROOT, "pull: HQ seeded with %d changes, warmed (another device read the whole feed,"
                + " %d records, and %d laptops caught up, untimed; HQ's JIT quiet after %.1f s more); laptop JVM flags"
                + " [%s]%s; load %s%n", seeded, read, hqSyncs, quiet, String.join(" ", jvm),
                appWarmUp ? "; the laptop first runs the unlock screen's warm-up, to its end" : "", load());
        childLaptop(hq, dir, seeded, jvm, "pull", appWarmUp ? List.of("--app-warmup") : List.of(), rounds);
    }

    /**
     * {@code --scenario push --laptop-jvm FLAGS}: the push with the laptop in a JVM of its own started with {@code
     * FLAGS}, against an HQ that has taken as many changes from another device and had its tables analysed (a
     * long-running server). The child creates its vault, enrols, syncs once (the enrolment's own audit entries), loads
     * the cases through the outbox trigger and unlocks, then waits; this JVM resets HQ's store timing and lets it go.
     * Both JVMs read the same monotonic clock ({@code System.nanoTime}, {@code CLOCK_MONOTONIC} on Linux), so the push
     * phase is bounded here, as in {@link #push}, by HQ's feed reads around the push.
     */
    private static void pushInOwnJvm(Hq hq, Path dir, int changes, String flags, int rounds) throws Exception {
        int cases = Math.max(1, changes / PER_CASE);
        long w0 = System.nanoTime();
        long seeded = hq.seed(cases);
        hq.analyze();
        double quiet = jitQuiet();
        List<String> jvm = flags.isBlank() ? List.of() : List.of(flags.trim().split("\\s+"));
        System.out.printf(Locale.ROOT, "push: HQ warmed: another device pushed %d changes in %.1f s, untimed; HQ's JIT"
                + " quiet after %.1f s more; laptop JVM flags [%s]; load %s%n", seeded, secs(System.nanoTime() - w0),
                quiet, String.join(" ", jvm), load());
        List<String> cmd = childCommand(hq, dir, jvm, "push-laptop", SyncBenchmark::pushUser, rounds);
        cmd.addAll(List.of("--cases", Integer.toString(cases)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> rest = new ArrayList<>();
        int round = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8)); java.io.Writer go = new java.io.OutputStreamWriter(p.getOutputStream(),
                        StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("BENCH-READY ")) {
                    System.out.println("push: " + line.substring("BENCH-READY ".length()) + "; load " + load());
                    hq.timing.reset();
                    go.write("go\n");
                    go.flush();
                } else if (line.startsWith("BENCH-TIMES ")) {
                    round++;
                    String[] f = line.substring("BENCH-TIMES ".length()).split(" ");
                    printPush(hq, "RESULT push" + (round == 1 ? "" : " round " + round + " in the same JVM"),
                            ", the laptop in its own JVM", Long.parseLong(f[0]), Long.parseLong(f[1]),
                            Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]));
                    go.write("next\n"); // only now may the child begin its next round, which HQ would time too
                    go.flush();
                } else {
                    rest.add(line);
                }
            }
        }
        int exit = p.waitFor();
        if (exit != 0 || round != rounds) {
            rest.forEach(System.out::println); // what went wrong in the laptop JVM
        }
        System.out.println("push: laptop JVM exit code " + exit);
    }

    /** The user of round {@code round} of a child laptop's pushes. */
    private static String pushUser(int round) {
        return round == 1 ? "bench.push" : "bench.push" + round;
    }

    /** The child JVM of {@code --scenario push --laptop-jvm}: see {@link #pushInOwnJvm}. */
    private static void pushLaptop(String[] args) throws Exception {
        URI url = URI.create(arg(args, "--hq", null));
        Path first = Path.of(arg(args, "--vault", null));
        int cases = intArg(args, "--cases", 1);
        String[] codes = arg(args, "--code", null).split(",");
        VaultService vaults = TestVaults.vaults();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (int round = 1; round <= codes.length; round++) {
            Path vault = round == 1 ? first : first.resolveSibling(first.getFileName() + "-" + round);
            String user = pushUser(round);
            long t0 = System.nanoTime();
            try (Workspace ws = newVault(vaults, vault, user, Role.Supervisor)) {
                ws.sync().enrol(url, codes[round - 1]);
                ws.sync().syncNow(); // the enrolment's own audit entries, and what HQ holds
            }
            loadVault(vault, user, cases);
            try (Workspace ws = vaults.unlock(vault, user, TestVaults.PASSPHRASE.toCharArray())) {
                System.out.printf(Locale.ROOT, "BENCH-READY %d cases loaded through the outbox trigger, %d changes"
                        + " waiting, in %.1f s with the vault's creation and enrolment%n", cases,
                        ws.sync().status().pending(), secs(System.nanoTime() - t0));
                System.out.flush();
                in.readLine();
                long start = System.nanoTime();
                SyncReport r = ws.sync().syncNow();
                long end = System.nanoTime();
                System.out.println("BENCH-TIMES " + start + " " + end + " " + r.pushed() + " " + r.pulled() + " "
                        + r.pending());
                System.out.flush();
                in.readLine(); // the parent has read HQ's timing of this round
            }
        }
        System.exit(0);
    }

    /**
     * Waits until this JVM's JIT has compiled nothing for a second, at most 60 s; returns the seconds waited. HQ is a
     * long-running server whose code the JIT has compiled long ago; without the wait its compiler threads still ran
     * during the laptop's timed sync (3.5 s of CPU in an 8 s window on 2026-12-07), on the same two cores.
     */
    private static double jitQuiet() throws InterruptedException {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long t0 = System.nanoTime();
        long last = jit.getTotalCompilationTime();
        long quietSince = t0;
        while (System.nanoTime() - t0 < 60_000_000_000L) {
            Thread.sleep(100);
            long now = jit.getTotalCompilationTime();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince >= 1_000_000_000L) {
                break;
            }
        }
        return secs(System.nanoTime() - t0);
    }

    /**
     * Runs {@link #catchUpLaptop} in a child JVM with {@code jvm} flags; prints its RESULT lines as {@code label}. With
     * {@code rounds} above 1 the same JVM then catches up again, each time as a new vault of another user: the later
     * rounds are the laptop's throughput once its JVM's start-up is paid, against the same warm HQ.
     */
    private static void childLaptop(Hq hq, Path dir, long seeded, List<String> jvm, String label, List<String> more,
            int rounds) throws Exception {
        List<String> cmd = childCommand(hq, dir, jvm, "catch-up-laptop", SyncBenchmark::catchUpUser, rounds);
        cmd.addAll(List.of("--expect", Long.toString(seeded), "--label", label));
        cmd.addAll(more);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> rest = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("RESULT")) {
                    System.out.println(label.startsWith("warm-up") ? line.replaceFirst("RESULT", "WARM-UP") : line);
                } else {
                    rest.add(line);
                }
            }
        }
        int exit = p.waitFor();
        if (exit != 0) {
            rest.forEach(System.out::println); // what went wrong in the laptop JVM
        }
        System.out.println(label + ": laptop JVM exit code " + exit);
    }

    /** The child JVM of {@code --scenario memory}: a fresh vault enrols and catches up in one sync now. */
    private static void catchUpLaptop(String[] args) throws Exception {
        URI url = URI.create(arg(args, "--hq", null));
        Path vault = Path.of(arg(args, "--vault", null));
        VaultService vaults = TestVaults.vaults();
        if (java.util.Arrays.asList(args).contains("--app-warmup")) {
            // what the app runs while its unlock screen shows (DeskApp.showGate), here to its end before the unlock
            long w = System.nanoTime();
            vaults.warmUp();
            System.out.printf(Locale.ROOT, "RESULT %s: the unlock screen's warm-up took %.2f s (untimed below)%n",
                    arg(args, "--label", "memory"), secs(System.nanoTime() - w));
        }
        String[] codes = arg(args, "--code", null).split(",");
        for (int round = 1; round <= codes.length; round++) {
            catchUp(args, vaults, url, round == 1 ? vault : vault.resolveSibling(vault.getFileName() + "-" + round),
                    catchUpUser(round), codes[round - 1], round == 1 ? "" : " round " + round + " in the same JVM");
        }
        System.exit(0);
    }

    /**
     * The command line of a child laptop JVM started with {@code jvm} flags to run this class's {@code scenario}, with
     * one enrolment code per round (a supervisor named by {@code user} for each) and its first vault in {@code dir}.
     */
    private static List<String> childCommand(Hq hq, Path dir, List<String> jvm, String scenario,
            java.util.function.IntFunction<String> user, int rounds) throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= rounds; i++) {
            codes.add(hq.code(user.apply(i), Role.Supervisor));
        }
        Files.createDirectories(dir);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-Dshield.log.dir=" + System.getProperty("shield.log.dir", "target/bench-logs"), "-cp",
                System.getProperty("java.class.path"), SyncBenchmark.class.getName(), "--scenario", scenario, "--hq",
                hq.url.toString(), "--code", String.join(",", codes), "--vault", dir.resolve("laptop").toString()));
        return cmd;
    }

    /** The user of round {@code round} of a child laptop's catch-ups. */
    private static String catchUpUser(int round) {
        return round == 1 ? "bench.catchup" : "bench.catchup" + round;
    }

    private static void catchUp(String[] args, VaultService vaults, URI url, Path vault, String user, String code,
            String round) throws Exception {
        Workspace ws = newVault(vaults, vault, user, Role.Supervisor);
        ws.sync().enrol(url, code);
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long start = System.nanoTime();
        SyncReport r = ws.sync().syncNow();
        double s = secs(System.nanoTime() - start);
        sampler.stop();
        ws.close();
        long gcs = 0;
        long gcMs = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs += Math.max(0, g.getCollectionCount());
            gcMs += Math.max(0, g.getCollectionTime());
        }
        System.out.printf(Locale.ROOT, "RESULT " + arg(args, "--label", "memory") + round + ": catch-up of %d records"
                + " (expected %s) in %.2f s = %.0f records/s (the whole sync now, in the laptop's own JVM);"
                + " -Xmx %d MiB; heap used: peak sampled %d MiB (every 10 ms), largest after a GC (old generation) %d"
                + " MiB; heap committed peak %d MiB; since the JVM started: sum of pool peaks %d MiB, process peak RSS"
                + " %s, GCs %d taking %d ms; kept back %d%n", r.pulled(), arg(args, "--expect", "?"), s,
                r.pulled() / s, Runtime.getRuntime().maxMemory() >> 20, sampler.peakUsed >> 20,
                sampler.peakAfterGc >> 20, sampler.peakCommitted >> 20, poolPeaks() >> 20, peakRss(), gcs, gcMs,
                r.keptBack());
    }

    // ---- HQ on PostgreSQL

    /** An HQ in this JVM on a new database of the embedded PostgreSQL, with its store's calls timed. */
    static final class Hq implements AutoCloseable {
        final HqDatabase db;
        final StoreTiming timing;
        final HqService service;
        final HqServer server;
        final URI url;
        private final String session;
        private int seeds;

        Hq(EmbeddedPostgres pg, String name) throws Exception {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + name);
                st.execute("CREATE DATABASE " + name);
            }
            db = HqDatabase.open("jdbc:postgresql://localhost:" + pg.getPort() + "/" + name + "?user=postgres", null,
                    null);
            timing = new StoreTiming(new JdbcHqStore(db.dataSource(), org.shield.testing.HqSeals.fresh()));
            service = new HqService(timing.proxy(), new Argon2PassphraseHasher(Argon2Params.FAST), Clock.systemUTC());
            service.createFirstAdministrator("hq.admin", HQ_PASS);
            session = service.signIn("hq.admin", HQ_PASS);
            server = new HqServer(service, "bench").start("127.0.0.1", 0);
            url = URI.create("http://127.0.0.1:" + server.port() + "/");
        }

        String code(String user, Role role) throws ApplicationException {
            return service.issueCode(session, user, role.name(), UNIT).code();
        }

        /** A new vault whose user {@code user} is enrolled here with {@code role}, open as that user. */
        Workspace laptop(Path vault, String user, Role role) throws Exception {
            Workspace ws = newVault(TestVaults.vaults(), vault, user, role);
            ws.sync().enrol(url, code(user, role));
            return ws;
        }

        /** Pushes {@code cases} synthetic cases from a new lightweight device; returns the changes stored. */
        long seed(int cases) throws Exception {
            SimLaptop seeder = SimLaptop.enrol(this, "bench.seed" + (seeds++), Role.Supervisor, 900 + seeds);
            long stored = 0;
            List<Change> batch = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                batch.addAll(seeder.newCase());
                if (batch.size() >= BATCH || i == cases - 1) {
                    stored += seeder.pushNow(batch);
                    batch = new ArrayList<>();
                }
            }
            return stored;
        }

        /**
         * Has PostgreSQL gather the statistics of HQ's tables just filled, as its autovacuum does within a minute on a
         * running HQ. Without them a push right after a bulk load is planned as scans of whole tables: three times
         * slower (docs/BENCHMARKS.md).
         */
        void analyze() throws Exception {
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute("ANALYZE");
                c.commit();
            }
        }

        long count(String sql) throws Exception {
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        @Override
        public void close() {
            server.close();
            db.close();
        }
    }

    /** Times every call HQ's service makes to its store; notes when the first feed page was read after a reset. */
    static final class StoreTiming implements InvocationHandler {
        private final HqStore target;
        private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
        private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
        final AtomicLong firstFeed = new AtomicLong();
        /**
         * A sync pulls, pushes, then pulls again (ADR 0019): the end of the last feed read before HQ's first push
         * call, and the first feed read after a push, bound its push phase.
         */
        final AtomicLong feedEndBeforePush = new AtomicLong();
        final AtomicLong firstFeedAfterPush = new AtomicLong();
        private final java.util.concurrent.atomic.AtomicBoolean pushSeen = new java.util.concurrent.atomic.AtomicBoolean();

        StoreTiming(HqStore target) {
            this.target = target;
        }

        HqStore proxy() {
            return (HqStore) Proxy.newProxyInstance(HqStore.class.getClassLoader(), new Class<?>[] {HqStore.class},
                    this);
        }

        void reset() {
            nanos.clear();
            calls.clear();
            firstFeed.set(0);
            feedEndBeforePush.set(0);
            firstFeedAfterPush.set(0);
            pushSeen.set(false);
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            long t = System.nanoTime();
            boolean feed = "recordsAfter".equals(m.getName());
            if (feed) {
                firstFeed.compareAndSet(0, t);
                if (pushSeen.get()) {
                    firstFeedAfterPush.compareAndSet(0, t);
                }
            } else if ("push".equals(m.getName())) {
                pushSeen.set(true);
            }
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                if (feed && !pushSeen.get()) {
                    feedEndBeforePush.set(System.nanoTime());
                }
                nanos.computeIfAbsent(m.getName(), k -> new LongAdder()).add(System.nanoTime() - t);
                calls.computeIfAbsent(m.getName(), k -> new LongAdder()).increment();
            }
        }

        double seconds(String method) {
            LongAdder a = nanos.get(method);
            return a == null ? 0 : secs(a.sum());
        }

        long calls(String method) {
            LongAdder a = calls.get(method);
            return a == null ? 0 : a.sum();
        }

        double feedSeconds() {
            double s = 0;
            for (String m : List.of("recordsAfter", "relationsVersion", "access", "fields", "recordsOfPersons",
                    "pseudonyms", "parties", "conflictColumns")) {
                s += seconds(m);
            }
            return s;
        }

        String summary() {
            Map<String, String> out = new TreeMap<>();
            nanos.forEach((k, v) -> {
                if (v.sum() > 50_000_000L) {
                    out.put(k, String.format(Locale.ROOT, "%.2f s/%d", secs(v.sum()), calls(k)));
                }
            });
            return out.toString();
        }
    }

    // ---- a simulated laptop: an enrolled device without a vault

    /**
     * A device as HQ sees it: enrolled with its own Ed25519 key, pushing signed batches of changes in the outbox's
     * format and pulling the feed with a cursor, scope and epoch as {@code SyncRun} does; it keeps nothing it pulls.
     */
    static final class SimLaptop {
        private final HqClient http = new HttpHqClient();
        private final URI hq;
        final Enrolment e;
        private final KeyPair key;
        private final BatchSigner signer;
        private final String user;
        private final int tag;
        private final List<UUID> myCases = new ArrayList<>();
        private final List<Change> unsent = new ArrayList<>();
        private long seq;
        private Hlc hlc = Hlc.ZERO;
        private long cursor;
        private String scope;
        private UUID epoch;
        private int caseNo;
        long pushed;
        long pulled;
        long restarts;

        private SimLaptop(URI hq, Enrolment e, KeyPair key, String user, int tag) {
            this.hq = hq;
            this.e = e;
            this.key = key;
            this.user = user;
            this.tag = tag;
            this.signer = body -> {
                try {
                    Signature s = Signature.getInstance("Ed25519");
                    s.initSign(this.key.getPrivate());
                    s.update(body);
                    return s.sign();
                } catch (java.security.GeneralSecurityException ex) {
                    throw new IllegalStateException(ex);
                }
            };
        }

        static SimLaptop enrol(Hq hq, String user, Role role, int tag) throws Exception {
            KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            HqClient http = new HttpHqClient();
            Enrolment e = http.enrol(hq.url, new EnrolmentRequest(hq.code(user, role),
                    Base64.getEncoder().encodeToString(key.getPublic().getEncoded()), user));
            return new SimLaptop(hq.url, e, key, user, tag);
        }

        /**
         * One sync as {@code SyncRun} does it (ADR 0019, "Pull, push, pull"): status, the feed, a push of {@code
         * newCases} new cases and {@code edits} edits, the feed again if HQ stored any, the epoch.
         */
        void sync(int newCases, int edits) throws Exception {
            http.status(hq, e.token());
            readFeed();
            List<Change> changes = new ArrayList<>();
            for (int i = 0; i < newCases; i++) {
                changes.addAll(newCase());
            }
            for (int i = 0; i < edits && !myCases.isEmpty(); i++) {
                changes.add(edit(myCases.get(Math.floorMod(caseNo * 7 + i, myCases.size()))));
            }
            if ((!changes.isEmpty() || !unsent.isEmpty()) && pushNow(changes) > 0) {
                readFeed();
            }
            UUID to = UUID.randomUUID();
            http.moveEpoch(hq, e.token(), epoch, to);
            epoch = to;
        }

        /** The feed from this laptop's cursor until HQ has no more, handling a change of scope as the laptop does. */
        private void readFeed() throws Exception {
            while (true) {
                FeedPage page = http.feed(hq, e.token(), cursor, 1000, scope, epoch);
                if (page.scopeChanged()) {
                    if (scope != null) {
                        restarts++;
                    }
                    scope = page.scope();
                    cursor = 0;
                    continue;
                }
                pulled += page.records().size();
                cursor = page.next();
                scope = page.scope();
                if (!page.more()) {
                    break;
                }
            }
        }

        /**
         * Numbers {@code changes} after those waiting and pushes everything waiting in one signed batch; what HQ
         * acknowledges is forgotten, the rest goes again with the next push (as the laptop's outbox does). Returns
         * how many HQ stored.
         */
        long pushNow(List<Change> changes) throws Exception {
            for (Change c : changes) {
                hlc = hlc.tick(c.deviceAt().toEpochMilli());
                unsent.add(new Change(++seq, c.changeId(), c.table(), c.rowKey(), c.op(), c.changes(), c.deviceAt(),
                        hlc.toString()));
            }
            PushResult r = http.push(hq, e.token(), new PushBatch(e.deviceId(), Instant.now(), epoch, unsent),
                    signer);
            unsent.removeIf(c -> c.seq() <= r.storedUpTo());
            if (r.storedUpTo() != seq) {
                throw new IllegalStateException("HQ stored up to " + r.storedUpTo() + ", sent up to " + seq);
            }
            pushed += r.stored();
            return r.stored();
        }

        /** A new case, its exploitation type and a note, as the outbox trigger captures their inserts. */
        List<Change> newCase() {
            UUID id = UuidV7.next();
            myCases.add(id);
            int n = caseNo++;
            Instant now = Instant.now();
            String ts = iso(now);
            LocalDate opened = LocalDate.of(2026, 1, 1).plusDays(n % 300);
            ObjectNode c = JSON.createObjectNode();
            pair(c, "id", id.toString());
            pair(c, "version", 0);
            pair(c, "created_at", ts);
            pair(c, "created_by", user);
            pair(c, "updated_at", ts);
            pair(c, "updated_by", user);
            pair(c, "case_number", String.format(Locale.ROOT, "BEN-S%03d-%07d", tag, n));
            pair(c, "title", "DEMO sync benchmark case " + n);
            pair(c, "status", "Active");
            pair(c, "unit_code", UNIT);
            pair(c, "lead_investigator", user);
            pair(c, "opened_on", opened.toString());
            pair(c, "summary", "DEMO synthetic summary for the sync benchmark, case " + n + ", nothing real.");
            pair(c, "sensitivity", "Confidential");
            ObjectNode t = JSON.createObjectNode();
            pair(t, "case_id", id.toString());
            pair(t, "exploitation_type", "ForcedLabour");
            UUID noteId = UuidV7.next();
            ObjectNode note = JSON.createObjectNode();
            pair(note, "id", noteId.toString());
            pair(note, "version", 0);
            pair(note, "created_at", ts);
            pair(note, "created_by", user);
            pair(note, "updated_at", ts);
            pair(note, "updated_by", user);
            pair(note, "case_id", id.toString());
            pair(note, "body", "DEMO synthetic note " + n + ": interview scheduled, nothing real.");
            return List.of(change("case_file", "{\"id\":\"" + id + "\"}", "INSERT", c, now),
                    change("case_exploitation_type", "{\"case_id\":\"" + id + "\",\"exploitation_type\":\"ForcedLabour\"}",
                            "INSERT", t, now),
                    change("case_note", "{\"id\":\"" + noteId + "\"}", "INSERT", note, now));
        }

        private Change edit(UUID caseId) {
            Instant now = Instant.now();
            ObjectNode c = JSON.createObjectNode();
            c.putArray("summary").add("DEMO earlier summary").add("DEMO summary edited at " + iso(now));
            c.putArray("updated_at").add(iso(now.minusSeconds(60))).add(iso(now));
            return change("case_file", "{\"id\":\"" + caseId + "\"}", "UPDATE", c, now);
        }

        private static Change change(String table, String key, String op, ObjectNode changes, Instant at) {
            return new Change(0, UuidV7.next(), table, key, op, changes.toString(), at, null);
        }

        private static void pair(ObjectNode n, String col, Object v) {
            n.putArray(col).addNull().addPOJO(v);
        }
    }

    // ---- the laptop vaults

    private static Workspace newVault(VaultService vaults, Path vault, String user, Role role) throws Exception {
        try (Workspace admin = vaults.create(vault, TestVaults.ADMIN, UNIT, TestVaults.PASSPHRASE.toCharArray())) {
            admin.users().add(user, UNIT, Set.of(role), TestVaults.PASSPHRASE.toCharArray(), false);
        }
        return vaults.unlock(vault, user, TestVaults.PASSPHRASE.toCharArray());
    }

    /**
     * Writes {@code cases} synthetic cases (case, exploitation type, note) into a closed vault in JDBC batches of 500
     * cases per transaction; the product's outbox trigger captures every row, as it does a save through the services
     * (without the audit entries a service would add).
     */
    private static void loadVault(Path vault, String user, int cases) throws Exception {
        DataKey key = new FileVaultKeyStore(Argon2Params.FAST, Clock.systemUTC())
                .unwrap(vault, user, TestVaults.PASSPHRASE.toCharArray());
        VaultDatabase db = VaultDatabase.open(vault, key, true);
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement cs = c.prepareStatement("INSERT INTO case_file (id, version, created_at, created_by,"
                    + " updated_at, updated_by, case_number, title, status, unit_code, lead_investigator, opened_on,"
                    + " summary, sensitivity) VALUES (?, 0, ?, ?, ?, ?, ?, ?, 'Active', ?, ?, ?, ?, 'Confidential')");
                    PreparedStatement ty = c.prepareStatement(
                            "INSERT INTO case_exploitation_type (case_id, exploitation_type) VALUES (?, 'ForcedLabour')");
                    PreparedStatement note = c.prepareStatement("INSERT INTO case_note (id, version, created_at,"
                            + " created_by, updated_at, updated_by, case_id, body) VALUES (?, 0, ?, ?, ?, ?, ?, ?)")) {
                String tag = db.deviceTag();
                for (int n = 0; n < cases; n++) {
                    UUID id = UuidV7.next();
                    Timestamp ts = Timestamp.from(Instant.now());
                    cs.setObject(1, id);
                    cs.setTimestamp(2, ts);
                    cs.setString(3, user);
                    cs.setTimestamp(4, ts);
                    cs.setString(5, user);
                    cs.setString(6, String.format(Locale.ROOT, "BEN-%s-%07d", tag, n));
                    cs.setString(7, "DEMO sync benchmark case " + n);
                    cs.setString(8, UNIT);
                    cs.setString(9, user);
                    cs.setObject(10, LocalDate.of(2026, 1, 1).plusDays(n % 300));
                    cs.setString(11, "DEMO synthetic summary for the sync benchmark, case " + n + ", nothing real.");
                    cs.addBatch();
                    ty.setObject(1, id);
                    ty.addBatch();
                    note.setObject(1, UuidV7.next());
                    note.setTimestamp(2, ts);
                    note.setString(3, user);
                    note.setTimestamp(4, ts);
                    note.setString(5, user);
                    note.setObject(6, id);
                    note.setString(7, "DEMO synthetic note " + n + ": interview scheduled, nothing real.");
                    note.addBatch();
                    if (n % 500 == 499 || n == cases - 1) {
                        cs.executeBatch();
                        ty.executeBatch();
                        note.executeBatch();
                        c.commit();
                    }
                }
            }
        } finally {
            db.close();
        }
    }

    private static long countRows(Workspace ws, Path vault) {
        try {
            return ws.cases().count();
        } catch (ApplicationException e) {
            return -1;
        }
    }

    // ---- measuring

    /** Samples the heap every 10 ms on a daemon thread. */
    static final class HeapSampler {
        volatile long peakUsed;
        volatile long peakCommitted;
        volatile long peakAfterGc;
        private volatile boolean running = true;
        private Thread thread;

        void start() {
            thread = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            peakUsed = Math.max(peakUsed, heap.getUsed());
            peakCommitted = Math.max(peakCommitted, heap.getCommitted());
            long afterGc = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null
                        && p.getName().toLowerCase(Locale.ROOT).contains("old")) {
                    afterGc += p.getCollectionUsage().getUsed();
                }
            }
            peakAfterGc = Math.max(peakAfterGc, afterGc);
        }

        void stop() throws InterruptedException {
            sample();
            running = false;
            thread.join();
        }
    }

    private static long poolPeaks() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return line.substring(6).trim();
                }
            }
        } catch (IOException e) {
            return "n/a";
        }
        return "n/a";
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    private static double secs(long nanos) {
        return nanos / 1e9;
    }

    private static String iso(Instant t) {
        return OffsetDateTime.ofInstant(t.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC).toString();
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static void wipe(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String arg(String[] args, String name, String def) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return def;
    }

    private static int intArg(String[] args, String name, int def) {
        return Integer.parseInt(arg(args, name, Integer.toString(def)).replace("_", "").replace(",", ""));
    }
}
