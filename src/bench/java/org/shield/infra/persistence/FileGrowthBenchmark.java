package org.shield.infra.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.shield.application.casefile.AddNoteCommand;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.RecordEventCommand;
import org.shield.application.casefile.UpdateCaseCommand;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.demo.DemoDataService;
import org.shield.application.party.PersonDetails.AliasData;
import org.shield.application.party.PersonDetails.ContactData;
import org.shield.application.party.PersonDetails.DocumentData;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.DataKey;
import org.shield.application.security.VaultService;
import org.shield.application.security.Workspace;
import org.shield.bootstrap.Wiring;
import org.shield.domain.casefile.ExploitationType;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.casefile.Sensitivity;
import org.shield.domain.casefile.TraffickingEventType;
import org.shield.domain.party.ContactType;
import org.shield.domain.party.DocumentType;
import org.shield.domain.party.Gender;
import org.shield.domain.party.NameKind;
import org.shield.infra.vault.Argon2Params;

/**
 * How the vault file grows with {@code REUSE_SPACE=FALSE} (every H2 chunk appended; ADR 0004, issue 5), against
 * H2's default of writing into freed space. Asserts nothing; prints what it measured (docs/BENCHMARKS.md,
 * "Durability setting REUSE_SPACE=FALSE: file growth").
 * <ul>
 * <li>{@code --phase session}: for each N in {@code --writes} and each mode in {@code --modes}, in a fresh JVM:
 * a new encrypted vault, a warm-up, then N small write transactions through the case and person services
 * (create case, add a new person as a party, add a note, record a route step, edit the case; each its own
 * transaction ending with the product's CHECKPOINT), the file size along the way and every write's latency;
 * then close (the product's close: {@code SHUTDOWN}), reopen, close, and a full compaction.</li>
 * <li>{@code --phase days}: {@code --days} sessions of {@code --per-day} writes each on one vault (open,
 * writes, close), the file size after every close: what a user's vault does over days.</li>
 * <li>{@code --phase paced}: {@code --writes} writes at {@code --rate} per second (a person typing, not a
 * loop), to see whether H2's 45 s retention lets the default mode reuse space at human pace.</li>
 * <li>{@code --phase bulk}: the product's demo generator ({@code shield demo --cases N}, one transaction per
 * record) over a real workspace with {@code --cases} cases, then the same number of cases loaded in JDBC
 * batches (the benchmark loader); file sizes before and after compaction.</li>
 * </ul>
 * Modes: {@code append} = the product's URL ({@code REUSE_SPACE=FALSE}); {@code reuse} = H2's default, reachable
 * only through the package-private bench overload of {@link VaultDatabase#open}. Every record says DEMO.
 * Run: {@code mvn -o -q -Pbench test-compile exec:exec -Dbench.main=org.shield.infra.persistence.FileGrowthBenchmark
 * -Dbench.args="--phase session --writes 1000,5000,20000 --dir target/bench-growth"}.
 */
public final class FileGrowthBenchmark {
    private static final String USER = "bench-admin";
    private static final String PASS = "benchmark synthetic phrase 42";
    private static final int WARM_UP = 300;
    /** {@code --close-compaction off}: the append mode as it was before closing compacted (H2 alone). */
    private static boolean closeCompaction = true;

    private FileGrowthBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String phase = arg(args, "--phase", "session");
        Path dir = Path.of(arg(args, "--dir", "target/bench-growth")).toAbsolutePath();
        List<String> modes = List.of(arg(args, "--modes", "append,reuse").split(","));
        closeCompaction = !arg(args, "--close-compaction", "on").equals("off");
        Files.createDirectories(dir);
        switch (phase) {
            case "session" -> {
                machine();
                for (String n : arg(args, "--writes", "1000,5000,20000").split(",")) {
                    for (String mode : modes) {
                        child(dir, "session-one", "--mode", mode, "--writes", n);
                    }
                }
            }
            case "session-one" -> session(dir, arg(args, "--mode", "append"), Integer.parseInt(arg(args, "--writes", "1000")));
            case "days" -> {
                machine();
                for (String mode : modes) {
                    child(dir, "days-one", "--mode", mode, "--days", arg(args, "--days", "5"), "--per-day",
                            arg(args, "--per-day", "500"));
                }
            }
            case "days-one" -> days(dir, arg(args, "--mode", "append"), Integer.parseInt(arg(args, "--days", "5")),
                    Integer.parseInt(arg(args, "--per-day", "500")));
            case "paced" -> {
                machine();
                for (String mode : modes) {
                    child(dir, "paced-one", "--mode", mode, "--writes", arg(args, "--writes", "1200"), "--rate",
                            arg(args, "--rate", "10"));
                }
            }
            case "paced-one" -> paced(dir, arg(args, "--mode", "append"), Integer.parseInt(arg(args, "--writes", "1200")),
                    Double.parseDouble(arg(args, "--rate", "10")));
            case "bulk" -> {
                machine();
                bulkDemo(dir, Integer.parseInt(arg(args, "--cases", "10000")));
                for (String mode : modes) {
                    child(dir, "batch-one", "--mode", mode, "--cases", arg(args, "--cases", "10000"));
                }
            }
            case "bulk-demo" -> bulkDemo(dir, Integer.parseInt(arg(args, "--cases", "10000")));
            case "batch-one" -> batch(dir, arg(args, "--mode", "append"), Integer.parseInt(arg(args, "--cases", "10000")));
            default -> throw new IllegalArgumentException("unknown phase " + phase);
        }
    }

    // ---------------------------------------------------------------- session

    /** One long session: N writes, sizes along the way, latencies; close, reopen, close, compact. */
    private static void session(Path dir, String mode, int n) throws Exception {
        Path v = freshVault(dir.resolve("session-" + mode + "-" + n));
        DataKey key = newKey(v);
        long[] lat = new long[n];
        Map<Integer, Long> sizes = new LinkedHashMap<>();
        long start;
        long beforeClose;
        Map<String, String> info;
        long t0;
        try (VaultDatabase db = open(v, key, false, mode)) {
            db.initialise(USER, "BEN", Instant.now());
            Writer w = new Writer(BenchServices.audited(db, USER), 1);
            for (int i = 0; i < WARM_UP; i++) {
                w.write(i);
            }
            start = size(v);
            sizes.put(0, start);
            t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                lat[i] = w.write(WARM_UP + i);
                int done = i + 1;
                if (done % checkpointEvery(n) == 0 || done == n) {
                    sizes.put(done, size(v));
                }
            }
            long elapsed = System.nanoTime() - t0;
            beforeClose = size(v);
            info = h2Info(db);
            Path zip = dir.resolve("snapshot-" + mode + "-" + n + ".zip");
            Files.deleteIfExists(zip);
            db.snapshot(zip); // what a backup taken now would carry
            info.put("snapshot", mib(Files.size(zip)));
            Files.delete(zip);
            System.out.printf(Locale.ROOT, "session %s N=%d: %.1f s, %.0f writes/s (%s)%n", mode, n, elapsed / 1e9,
                    n / (elapsed / 1e9), w.mix());
            t0 = System.nanoTime();
        }
        long closeMs = (System.nanoTime() - t0) / 1_000_000;
        long afterClose = size(v);
        t0 = System.nanoTime();
        long afterReopen;
        long cases;
        try (VaultDatabase db = open(v, key, true, mode)) {
            long openMs = (System.nanoTime() - t0) / 1_000_000;
            afterReopen = size(v);
            cases = count(db, "case_file");
            System.out.printf(Locale.ROOT, "session %s N=%d: reopen %d ms, %d cases%n", mode, n, openMs, cases);
        }
        long afterSecondClose = size(v);
        t0 = System.nanoTime();
        VaultDatabase.compact(v, key, true);
        long compactMs = (System.nanoTime() - t0) / 1_000_000;
        long compacted = size(v);
        try (VaultDatabase db = open(v, key, true, mode)) {
            if (count(db, "case_file") != cases) {
                throw new IllegalStateException("cases lost in compaction");
            }
        }
        StringBuilder along = new StringBuilder();
        sizes.forEach((k, s) -> along.append(String.format(Locale.ROOT, " %d:%s", k, mib(s))));
        System.out.printf(Locale.ROOT, "session %s N=%d: file along the way (writes:MiB)%s%n", mode, n, along);
        System.out.printf(Locale.ROOT, "session %s N=%d: growth %s over %d writes = %.1f KiB/write; latency p50 %.2f ms"
                        + " p95 %.2f ms p99 %.2f ms max %.1f ms; %s%n", mode, n, mib(beforeClose - start), n,
                (beforeClose - start) / 1024.0 / n, pct(lat, 50), pct(lat, 95), pct(lat, 99), pct(lat, 100), load());
        System.out.printf(Locale.ROOT, "session %s N=%d: before close %s; after close %s (close %d ms); after reopen %s;"
                        + " after 2nd close %s; SHUTDOWN COMPACT %s in %d ms; H2 %s%n", mode, n, mib(beforeClose),
                mib(afterClose), closeMs, mib(afterReopen), mib(afterSecondClose), mib(compacted), compactMs, info);
        System.out.printf(Locale.ROOT, "ROW session | %s | %d | %.1f | %.2f | %.2f | %s | %s | %s | %s | %d%n", mode, n,
                (beforeClose - start) / 1024.0 / n, pct(lat, 50), pct(lat, 95), mib(beforeClose), mib(afterClose),
                mib(afterSecondClose), mib(compacted), compactMs);
        key.destroy();
    }

    private static int checkpointEvery(int n) {
        return n <= 1000 ? 250 : n <= 5000 ? 1000 : 5000;
    }

    // ---------------------------------------------------------------- days

    /** Several working days on one vault: open, writes, close; size after each close. */
    private static void days(Path dir, String mode, int days, int perDay) throws Exception {
        Path v = freshVault(dir.resolve("days-" + mode));
        DataKey key = newKey(v);
        try (VaultDatabase db = open(v, key, false, mode)) {
            db.initialise(USER, "BEN", Instant.now());
        }
        long initial = size(v);
        StringBuilder line = new StringBuilder();
        long[] all = new long[days * perDay];
        int k = 0;
        int seq = 0;
        for (int d = 1; d <= days; d++) {
            long open;
            try (VaultDatabase db = open(v, key, true, mode)) {
                open = size(v);
                Writer w = new Writer(BenchServices.audited(db, USER), d);
                for (int i = 0; i < perDay; i++) {
                    all[k++] = w.write(seq++);
                }
                line.append(String.format(Locale.ROOT, " day %d: open %s, before close %s,", d, mib(open), mib(size(v))));
            }
            line.append(String.format(Locale.ROOT, " after close %s;", mib(size(v))));
        }
        long beforeCompact = size(v);
        long t0 = System.nanoTime();
        VaultDatabase.compact(v, key, true);
        long compactMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(Locale.ROOT, "days %s (%d × %d writes): new vault %s;%s compacted %s → %s in %d ms;"
                        + " latency p50 %.2f ms p95 %.2f ms; %s%n", mode, days, perDay, mib(initial), line,
                mib(beforeCompact), mib(size(v)), compactMs, pct(all, 50), pct(all, 95), load());
        key.destroy();
    }

    // ---------------------------------------------------------------- paced

    /** Writes at a human-like rate, so H2's retention time can pass while the session runs. */
    private static void paced(Path dir, String mode, int n, double rate) throws Exception {
        Path v = freshVault(dir.resolve("paced-" + mode));
        DataKey key = newKey(v);
        long periodNs = (long) (1e9 / rate);
        StringBuilder along = new StringBuilder();
        try (VaultDatabase db = open(v, key, false, mode)) {
            db.initialise(USER, "BEN", Instant.now());
            Writer w = new Writer(BenchServices.audited(db, USER), 3);
            for (int i = 0; i < WARM_UP; i++) {
                w.write(i);
            }
            Thread.sleep(50_000); // let the warm-up's chunks pass H2's 45 s retention
            long start = size(v);
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long due = t0 + i * periodNs;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                w.write(WARM_UP + i);
                if ((i + 1) % (n / 6) == 0) {
                    along.append(String.format(Locale.ROOT, " %.0fs:%s", (System.nanoTime() - t0) / 1e9, mib(size(v))));
                }
            }
            long end = size(v);
            System.out.printf(Locale.ROOT, "paced %s: %d writes at %.0f/s over %.0f s: %s → %s = %.1f KiB/write;"
                            + " along the way%s%n", mode, n, rate, (System.nanoTime() - t0) / 1e9, mib(start), mib(end),
                    (end - start) / 1024.0 / n, along);
        }
        System.out.printf(Locale.ROOT, "paced %s: after close %s%n", mode, mib(size(v)));
        key.destroy();
    }

    // ---------------------------------------------------------------- bulk

    /** The demo generator over a real workspace (the path of {@code shield demo --cases N}). */
    private static void bulkDemo(Path dir, int caseCount) throws Exception {
        Path v = freshVault(dir.resolve("bulk-demo-" + caseCount));
        Files.delete(v);
        VaultService vaults = new Wiring(Clock.systemUTC(), Argon2Params.FAST).vaultService();
        long t0 = System.nanoTime();
        long beforeClose;
        long writes;
        long closeMs;
        Workspace ws = vaults.create(v, USER, "BEN", PASS.toCharArray());
        try {
            long start = size(v);
            long[] last = {System.nanoTime()};
            DemoDataService.forWorkspace(ws, Clock.systemUTC()).generate(caseCount, 2026L, (done, total) -> {
                if (done % 1000 == 0) {
                    System.out.printf(Locale.ROOT, "bulk demo: %d/%d cases, %s, last 1000 in %.1f s%n", done, total,
                            mib(size(v)), (System.nanoTime() - last[0]) / 1e9);
                    last[0] = System.nanoTime();
                }
            }, new CancellationToken());
            beforeClose = size(v);
            writes = auditCount(ws);
            System.out.printf(Locale.ROOT, "bulk demo: %d cases in %.0f s; %d audit entries; file %s → %s%n", caseCount,
                    (System.nanoTime() - t0) / 1e9, writes, mib(start), mib(beforeClose));
        } finally {
            long tc = System.nanoTime();
            ws.close(); // the product's close: compacts when most of the file is dead space
            closeMs = (System.nanoTime() - tc) / 1_000_000;
        }
        long loadS = (System.nanoTime() - t0) / 1_000_000_000 - closeMs / 1000;
        long afterClose = size(v);
        DataKey key = new org.shield.infra.vault.FileVaultKeyStore(Argon2Params.FAST, Clock.systemUTC())
                .unwrap(v, USER, PASS.toCharArray());
        long t1 = System.nanoTime();
        VaultDatabase.compact(v, key, true);
        long compactMs = (System.nanoTime() - t1) / 1_000_000;
        System.out.printf(Locale.ROOT, "bulk demo: before close %s, after close %s (close %d ms), SHUTDOWN COMPACT"
                + " again %s in %d ms; %.1f KiB per audit entry before close; %s%n", mib(beforeClose), mib(afterClose),
                closeMs, mib(size(v)), compactMs, beforeClose / 1024.0 / writes, load());
        System.out.printf(Locale.ROOT, "ROW bulk-demo | %d | %d | %s | %s | %d | %s | %d%n", caseCount, loadS,
                mib(beforeClose), mib(afterClose), closeMs, mib(size(v)), compactMs);
        key.destroy();
    }

    private static long auditCount(Workspace ws) throws Exception {
        // each audited write appends at least one entry: a fair proxy for the number of write transactions
        return ws.audit().page(org.shield.application.audit.AuditQuery.all(), 0, 1).total();
    }

    /** Cases with three parties each in JDBC batches of 2,000 cases per transaction (the benchmark loader). */
    private static void batch(Path dir, String mode, int caseCount) throws Exception {
        Path v = freshVault(dir.resolve("batch-" + mode + "-" + caseCount));
        DataKey key = newKey(v);
        long t0 = System.nanoTime();
        long beforeClose;
        long loadMs;
        VaultDatabase db = open(v, key, false, mode);
        try {
            db.initialise(USER, "BEN", Instant.now());
            VaultBenchmark.load(db, caseCount, caseCount * 3);
            beforeClose = size(v);
            loadMs = (System.nanoTime() - t0) / 1_000_000;
        } finally {
            t0 = System.nanoTime();
            db.close();
        }
        long closeMs = (System.nanoTime() - t0) / 1_000_000;
        long afterClose = size(v);
        long t1 = System.nanoTime();
        VaultDatabase.compact(v, key, true);
        long compactMs = (System.nanoTime() - t1) / 1_000_000;
        System.out.printf(Locale.ROOT, "batch %s: %d cases, %d persons in %d ms; before close %s, after close %s"
                        + " (close %d ms), SHUTDOWN COMPACT %s in %d ms; %s%n", mode, caseCount, caseCount * 3, loadMs,
                mib(beforeClose), mib(afterClose), closeMs, mib(size(v)), compactMs, load());
        System.out.printf(Locale.ROOT, "ROW batch | %s | %d | %d | %s | %s | %d | %s | %d%n", mode, caseCount, loadMs,
                mib(beforeClose), mib(afterClose), closeMs, mib(size(v)), compactMs);
        key.destroy();
    }

    // ---------------------------------------------------------------- the writes

    /**
     * A field investigator's small saves, one transaction each, in a fixed mix per ten writes: open a case, add
     * a new person to it as a party (twice), add a note (three times), record a route step (twice), edit the
     * case's overview (twice). Returns each write's time in nanoseconds (the service call only).
     */
    private static final class Writer {
        private final BenchServices s;
        private final Random rnd;
        private final List<CaseDetails> recent = new ArrayList<>();
        private final int[] counts = new int[5];

        Writer(BenchServices s, long seed) {
            this.s = s;
            this.rnd = new Random(seed);
        }

        long write(int i) throws Exception {
            int kind = i % 10;
            if (recent.isEmpty()) {
                kind = 0;
            }
            CaseDetails c = recent.isEmpty() ? null : recent.get(rnd.nextInt(Math.min(5, recent.size())));
            UpdateCaseCommand edit = null;
            if (kind == 4 || kind == 9) {
                CaseDetails d = s.cases().get(c.id()); // what the editor loads; not timed
                UpdateCaseCommand b = UpdateCaseCommand.from(d);
                edit = new UpdateCaseCommand(b.id(), b.version(), "DEMO growth case " + i, b.status(),
                        b.closureReason(), b.closedOn(), b.exploitationTypes(), b.unitCode(), b.leadInvestigator(),
                        b.openedOn(), "DEMO synthetic summary, edited at write " + i, b.sensitivity(), b.tags());
            }
            long t = System.nanoTime();
            switch (kind) {
                case 0 -> {
                    recent.add(0, s.cases().create(new CreateCaseCommand("DEMO growth case " + i, null,
                            Set.of(ExploitationType.ForcedCriminalityOnlineScam), null, null, LocalDate.of(2026, 11, 1),
                            "DEMO synthetic summary", Sensitivity.Confidential, Set.of("demo"))));
                    if (recent.size() > 50) {
                        recent.remove(recent.size() - 1);
                    }
                    counts[0]++;
                }
                case 1, 6 -> {
                    s.cases().addNewPersonAsParty(person(i), c.id(), kind == 1 ? PartyRole.Victim : PartyRole.Witness,
                            null, "DEMO party");
                    counts[1]++;
                }
                case 2, 5, 8 -> {
                    s.cases().addNote(new AddNoteCommand(c.id(), "DEMO note " + i + ": follow-up call with the"
                            + " fictional hotline; nothing here is real.", null));
                    counts[2]++;
                }
                case 3, 7 -> {
                    s.cases().recordEvent(new RecordEventCommand(c.id(), TraffickingEventType.Transit,
                            LocalDate.of(2026, 10, 1 + i % 28), "Demo Border Point B", "TH", null, null,
                            "DEMO: invented route step " + i));
                    counts[3]++;
                }
                default -> {
                    s.cases().update(edit);
                    counts[4]++;
                }
            }
            return System.nanoTime() - t;
        }

        String mix() {
            return String.format(Locale.ROOT, "%d cases opened, %d persons added as parties, %d notes, %d route steps,"
                    + " %d overview edits", counts[0], counts[1], counts[2], counts[3], counts[4]);
        }

        private static SavePersonCommand person(int n) {
            return new SavePersonCommand(null, 0, "ทดสอบ สมมติ " + n, "Demo-Person Testsuk " + n,
                    n % 2 == 0 ? Gender.Feminine : Gender.Masculine, null, 18 + n % 30,
                    List.of(new AliasData(NameKind.Nickname, "Demo-Nui")), Set.of("MM"), Set.of("my"),
                    List.of(new DocumentData(DocumentType.Passport, "DEMO-" + String.format(Locale.ROOT, "%07d", n),
                            "MM", null, null)),
                    List.of(new ContactData(ContactType.Phone, "+662000" + String.format(Locale.ROOT, "%05d",
                            n % 100_000))));
        }
    }

    // ---------------------------------------------------------------- plumbing

    private static VaultDatabase open(Path v, DataKey key, boolean mustExist, String mode) throws Exception {
        boolean reuse = switch (mode) {
            case "append" -> false;
            case "reuse" -> true;
            default -> throw new IllegalArgumentException("mode is append or reuse, not " + mode);
        };
        VaultDatabase db = VaultDatabase.open(v, new DataKey(key.bytes()), mustExist, true, reuse);
        // the reuse mode is H2's default behaviour, the baseline: the product's compaction at close is not part of it
        return reuse || !closeCompaction ? db.compactAtDeadBytes(Long.MAX_VALUE) : db;
    }

    private static Path freshVault(Path v) throws Exception {
        if (Files.exists(v)) {
            try (var s = Files.walk(v)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(v);
        return v;
    }

    private static DataKey newKey(Path v) throws Exception {
        byte[] raw = new byte[DataKey.LENGTH];
        new SecureRandom().nextBytes(raw);
        return new DataKey(raw);
    }

    private static long size(Path v) {
        try {
            return Files.size(v.resolve(VaultDatabase.DB_DIR).resolve(VaultDatabase.DB_NAME + ".mv.db"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> h2Info(VaultDatabase db) throws Exception {
        Map<String, String> m = new LinkedHashMap<>();
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select setting_name, setting_value from information_schema.settings"
                     + " where setting_name in ('info.FILE_SIZE', 'info.CHUNK_COUNT', 'info.FILL_RATE',"
                     + " 'info.CHUNKS_FILL_RATE', 'info.CHUNKS_FILL_RATE_RW')")) {
            while (rs.next()) {
                m.put(rs.getString(1).substring(5), rs.getString(2));
            }
        }
        return m;
    }

    private static long count(VaultDatabase db, String table) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }

    private static double pct(long[] ns, int p) {
        long[] v = ns.clone();
        Arrays.sort(v);
        return v[Math.max(0, Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1))] / 1e6;
    }

    private static void machine() {
        System.out.printf(Locale.ROOT, "machine: %d cores, %s, Java %s, max heap %d MiB; %s; %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " "
                        + System.getProperty("os.arch"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Instant.now(), load());
    }

    /** The load average, printed with every result: the latencies mean little on a machine busy with other work. */
    private static String load() {
        try {
            String[] l = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + l[0] + " " + l[1] + " " + l[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "load average unknown";
        }
    }

    /** Each measurement in a fresh JVM, so neither mode inherits the other's JIT or page cache state. */
    private static void child(Path dir, String phase, String... more) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "-Dshield.log.dir=" + System.getProperty("shield.log.dir", "target/bench-logs"),
                FileGrowthBenchmark.class.getName(), "--phase", phase, "--dir", dir.toString(), "--close-compaction",
                closeCompaction ? "on" : "off"));
        cmd.addAll(List.of(more));
        int rc = new ProcessBuilder(cmd).inheritIO().start().waitFor();
        if (rc != 0) {
            throw new IllegalStateException(phase + " exited with " + rc);
        }
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
