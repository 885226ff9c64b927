package org.shield.infra.report;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.evidence.AddExhibitCommand;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.evidence.RecordCustodyCommand;
import org.shield.application.party.PersonDetails.AliasData;
import org.shield.application.party.PersonDetails.ContactData;
import org.shield.application.party.PersonDetails.DocumentData;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.report.EvidenceRegisterReport;
import org.shield.application.report.FrontMatter;
import org.shield.application.report.ProducedReport;
import org.shield.application.report.ProtectedPersons;
import org.shield.application.report.ReportContent;
import org.shield.application.report.ReportKind;
import org.shield.application.report.ReportRequest;
import org.shield.application.report.ReportText;
import org.shield.application.security.VaultService;
import org.shield.application.security.Workspace;
import org.shield.bootstrap.Wiring;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.casefile.Sensitivity;
import org.shield.domain.evidence.Acquisition;
import org.shield.domain.evidence.CustodyAction;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.ExhibitSource;
import org.shield.domain.evidence.ExhibitType;
import org.shield.domain.party.ContactType;
import org.shield.domain.party.DocumentType;
import org.shield.domain.party.NameKind;
import org.shield.domain.security.Role;
import org.shield.infra.persistence.BenchCompaction;
import org.shield.infra.vault.Argon2Params;

/**
 * The evidence register benchmark of docs/BENCHMARKS.md (issue 6): "an evidence register of a case with 1,000
 * exhibits and 10,000 custody events, target at most 10 s from click to file, memory bounded". Asserts
 * nothing; prints what it measured.
 *
 * <p>Builds once (kept under {@code --dir}) a real encrypted vault with one obviously synthetic DEMO case: two
 * victims and a witness (so that every free text goes through a redactor with rules), {@code --exhibits}
 * exhibits through the evidence intake API (every fifth digital, with stored content, a third of those with
 * MD5 and SHA-1 too; the others physical or documents, every fourth a child of the one before) and custody
 * steps through the custody API up to {@code --events} in all: sealed, analysed (digital ones re-hashed),
 * transferred to a second investigator, who records the receipt, more analyses and a transfer back. Every step
 * is in the audit trail, so the fresh verification checks real chains. The vault is then compacted once.
 *
 * <p>Then, per language ({@code --lang en,th}), in a fresh JVM with {@code --xmx} heap (default 512 MiB), a GC log
 * and a fresh copy of the built vault, it signs in as a supervisor and makes the report {@code --runs} times. Run 1
 * is the first click of a session: {@code ReportService.produce} (gathering with the fresh verification, fill,
 * export, register) and writing the file, nothing before it (with {@code --precompile} the templates are compiled
 * and a small register laid out first, as the app could do after unlock). Each later run first times the parts one
 * by one (verification alone; the builder; fill and export through a renderer of its own), then the same click to
 * file. Heap used is sampled every 10 ms; process CPU time and the load average are printed, as the machine may be
 * shared. {@code --jfr FILE} records a profile of the runs after the first; {@code --jvm "OPTIONS"} passes options
 * to the measuring JVM.
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.main=org.shield.infra.report.EvidenceRegisterBenchmark
 * -Dbench.args="--dir target/bench-evidence-register --runs 4"}.
 */
public final class EvidenceRegisterBenchmark {
    private static final String ADMIN = "bench.admin";
    private static final String EXAMINER = "bench.examiner";
    private static final String SUPERVISOR = "bench.supervisor";
    private static final String PASSPHRASE = "benchmark synthetic passphrase - invented data only";
    private static final String[] PLACES = {"DEMO evidence room, shelf 1", "DEMO evidence room, shelf 2",
        "DEMO forensic lab, bench A", "DEMO forensic lab, bench B", "DEMO court exhibit store", "DEMO station locker 4",
        "DEMO border post office"};
    private static final String[] PURPOSES = {"DEMO examination of the contents (invented)",
        "DEMO comparison with the seized handset list", "DEMO preparation of a working copy for analysis",
        "DEMO photographs for the case file", "DEMO second examiner review", "DEMO check before court"};

    private EvidenceRegisterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(arg(args, "--dir", "target/bench-evidence-register"));
        int exhibits = Integer.parseInt(arg(args, "--exhibits", "1000"));
        int events = Integer.parseInt(arg(args, "--events", "10000"));
        int runs = Integer.parseInt(arg(args, "--runs", "3"));
        String phase = arg(args, "--phase", "all");
        if (phase.equals("measure")) {
            measure(dir, Locale.forLanguageTag(arg(args, "--lang", "en")), runs, arg(args, "--jfr", ""),
                    Arrays.asList(args).contains("--precompile"));
            return;
        }
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, Java %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"));
        if (!Files.exists(dir.resolve("ready"))) {
            build(dir, exhibits, events);
        }
        if (!Files.exists(dir.resolve("compacted"))) {
            // the bulk load leaves dead chunks behind (every write is appended, REUSE_SPACE=FALSE); measure the
            // file as a vault filled over months would have it after maintenance, as VaultBenchmark does
            Path db = dir.resolve("vault").resolve("db").resolve("shield.mv.db");
            long before = Files.size(db);
            long t = System.nanoTime();
            BenchCompaction.compact(dir.resolve("vault"), ADMIN, PASSPHRASE.toCharArray());
            Files.writeString(dir.resolve("compacted"), "yes\n");
            System.out.printf(Locale.ROOT, "compacted the vault from %d MiB to %d MiB in %.0f s%n", before >> 20,
                    Files.size(db) >> 20, (System.nanoTime() - t) / 1e9);
        }
        if (phase.equals("build")) {
            return;
        }
        String xmx = arg(args, "--xmx", "512m");
        for (String lang : arg(args, "--lang", "en,th").split(",")) {
            Path gcLog = dir.resolve("gc-" + lang + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx" + xmx, "-Xlog:gc:file=" + gcLog));
            String jvm = arg(args, "--jvm", "");
            if (!jvm.isBlank()) {
                command.addAll(List.of(jvm.strip().split("\\s+")));
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                    "-Dshield.log.dir=" + System.getProperty("shield.log.dir", "target/bench-logs"),
                    EvidenceRegisterBenchmark.class.getName(), "--phase", "measure", "--dir", dir.toString(),
                    "--lang", lang, "--runs", String.valueOf(runs), "--jfr", arg(args, "--jfr", "")));
            if (Arrays.asList(args).contains("--precompile")) {
                command.add("--precompile");
            }
            Process p = new ProcessBuilder(command).inheritIO().start();
            int rc = p.waitFor();
            System.out.printf(Locale.ROOT, "[%s] measuring JVM exit %d; GC log %s: %s%n", lang, rc, gcLog,
                    gcSummary(gcLog));
        }
    }

    // ---- the synthetic vault ----

    private static void build(Path dir, int exhibitCount, int eventCount) throws Exception {
        long t0 = System.nanoTime();
        Path vault = dir.resolve("vault");
        if (Files.exists(dir)) {
            deleteTree(dir);
        }
        Files.createDirectories(dir);
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        VaultService vaults = new Wiring(Clock.systemUTC(), Argon2Params.FAST).vaultService();
        CancellationToken none = new CancellationToken();
        List<UUID> ids = new ArrayList<>();
        List<Boolean> digital = new ArrayList<>();
        String victimName;
        UUID caseId;
        int recorded = 0;
        Instant base = Instant.now().minus(Duration.ofDays(400));
        int perExhibitA = (eventCount - exhibitCount) * 5 / 9 / exhibitCount;
        int perExhibitB = (eventCount - exhibitCount) / exhibitCount - perExhibitA;
        try (Workspace ws = vaults.create(vault, ADMIN, "DEMO", PASSPHRASE.toCharArray())) {
            ws.users().add(EXAMINER, "DEMO", Set.of(Role.Investigator), PASSPHRASE.toCharArray(), false);
            ws.users().add(SUPERVISOR, "DEMO", Set.of(Role.Supervisor), PASSPHRASE.toCharArray(), false);
            CaseDetails c = ws.cases().create(new CreateCaseCommand("DEMO benchmark case: " + exhibitCount
                    + " synthetic exhibits (invented)", null, Set.of(), null, null, LocalDate.now().minusDays(420),
                    "DEMO summary. Everything in this case is invented for a benchmark.", Sensitivity.Confidential,
                    Set.of("demo")));
            caseId = c.id();
            c = ws.cases().get(caseId);
            ws.cases().assignTeam(caseId, c.version(), ADMIN, Set.of(EXAMINER));
            victimName = "Demo-Benchmark Victimone";
            UUID v1 = ws.persons().save(person("ทดสอบเหยื่อหนึ่ง", victimName, 1)).id();
            UUID v2 = ws.persons().save(person("ทดสอบเหยื่อสอง", "Demo-Benchmark Victimtwo", 2)).id();
            UUID w = ws.persons().save(person("ทดสอบพยาน", "Demo-Benchmark Witness", 3)).id();
            ws.cases().addParty(new AddPartyCommand(caseId, v1, PartyRole.Victim, null, "DEMO party"));
            ws.cases().addParty(new AddPartyCommand(caseId, v2, PartyRole.PossibleVictim, null, "DEMO party"));
            ws.cases().addParty(new AddPartyCommand(caseId, w, PartyRole.Witness, null, "DEMO party"));
            for (int i = 0; i < exhibitCount; i++) {
                boolean d = i % 5 == 2;
                ExhibitType type = d ? ExhibitType.Digital : i % 5 == 4 ? ExhibitType.Document : ExhibitType.Physical;
                Instant at = base.plus(Duration.ofMinutes(i * 7L));
                Acquisition how = new Acquisition(d ? "DEMO logical extraction in the lab" : "DEMO seized in a search",
                        "DEMO search warrant " + (1 + i / 100) + "/2026", "DEMO Officer " + (char) ('A' + i % 6),
                        d ? "Digital forensic examiner" : "Investigator", "DEMO-B" + (i % 40), at, "Asia/Bangkok",
                        "DEMO compound building " + (1 + i % 9), d ? "DemoExtract" : null,
                        d ? "4.2." + (i % 10) : null);
                ExhibitSource source = i % 3 == 0 ? new ExhibitSource("DemoMaker", "Model " + (i % 12),
                        "DEMO-SN-" + i, null, null, null) : ExhibitSource.NONE;
                UUID parent = i % 4 == 3 ? ids.get(i - 1) : null;
                Path file = null;
                if (d) {
                    file = tmp.resolve("DEMO-exhibit-" + i + ".txt");
                    StringBuilder text = new StringBuilder();
                    for (int line = 0; line < 40; line++) {
                        text.append("DEMO ").append(i).append('.').append(line)
                                .append(" [invented chat line] synthetic benchmark content\n");
                    }
                    Files.writeString(file, text, StandardCharsets.UTF_8);
                }
                ExhibitDetails x = ws.evidence().add(new AddExhibitCommand(caseId, type, null,
                        "DEMO " + type.name().toLowerCase(Locale.ROOT) + " exhibit " + (i + 1) + " (synthetic)"
                                + (i % 50 == 0 ? ", photo of " + victimName + " (invented)" : ""),
                        source, how, i % 97 == 0 ? new ExhibitFlags(true, false, false) : ExhibitFlags.NONE, parent,
                        d ? null : "DEMO sealed bag, intact", d ? null : "DEMO-SEAL-" + i, PLACES[i % PLACES.length],
                        file, d && i % 3 == 0), ProgressListener.NONE, none);
                if (file != null) {
                    Files.delete(file);
                }
                ids.add(x.id());
                digital.add(d);
                recorded++;
            }
            System.out.printf(Locale.ROOT, "built: %d exhibits in %.0f s%n", exhibitCount,
                    (System.nanoTime() - t0) / 1e9);
            // the admin's steps: sealed, analyses, transfer to the examiner (five ninths of the steps after intake)
            for (int i = 0; i < ids.size(); i++) {
                Instant at = base.plus(Duration.ofMinutes(i * 7L + 60));
                for (int k = 0; k < perExhibitA; k++) {
                    CustodyAction a = k == 0 ? CustodyAction.Sealed : k == perExhibitA - 1 ? CustodyAction.Transferred
                            : CustodyAction.Analysed;
                    step(ws, ids.get(i), a, a == CustodyAction.Transferred ? EXAMINER : null,
                            at.plus(Duration.ofHours(k)), i + k, victimName,
                            digital.get(i) && a == CustodyAction.Analysed);
                    recorded++;
                }
                if (i % 100 == 99) {
                    System.out.printf(Locale.ROOT, "  %d custody steps so far, %.0f s%n", recorded,
                            (System.nanoTime() - t0) / 1e9);
                }
            }
        }
        try (Workspace ws = vaults.unlock(vault, EXAMINER, PASSPHRASE.toCharArray())) {
            for (int i = 0; i < ids.size(); i++) {
                Instant at = base.plus(Duration.ofMinutes(i * 7L + 60)).plus(Duration.ofDays(2));
                for (int k = 0; k < perExhibitB; k++) {
                    CustodyAction a = k == 0 ? CustodyAction.Received : k == perExhibitB - 1 ? CustodyAction.Transferred
                            : CustodyAction.Analysed;
                    step(ws, ids.get(i), a, a == CustodyAction.Transferred ? ADMIN : null, at.plus(Duration.ofHours(k)),
                            i + k + 3, victimName, digital.get(i) && a != CustodyAction.Transferred);
                    recorded++;
                }
                if (i % 100 == 99) {
                    System.out.printf(Locale.ROOT, "  %d custody steps so far, %.0f s%n", recorded,
                            (System.nanoTime() - t0) / 1e9);
                }
            }
        }
        deleteTree(tmp);
        Files.writeString(dir.resolve("ready"), caseId + "\n");
        System.out.printf(Locale.ROOT, "built the vault: 1 case, %d exhibits (%d with stored content), %d custody steps"
                + " in %.0f s%n", exhibitCount, digital.stream().filter(b -> b).count(), recorded,
                (System.nanoTime() - t0) / 1e9);
    }

    private static void step(Workspace ws, UUID exhibit, CustodyAction action, String to, Instant at, int n,
            String victimName, boolean checkHash) throws Exception {
        String purpose = PURPOSES[n % PURPOSES.length] + (n % 50 == 0 ? " with " + victimName + " present" : "");
        ws.evidence().recordCustody(new RecordCustodyCommand(exhibit, action, to, at, PLACES[n % PLACES.length],
                purpose, action == CustodyAction.Transferred ? null : PLACES[(n + 1) % PLACES.length], checkHash),
                ProgressListener.NONE, new CancellationToken());
    }

    private static SavePersonCommand person(String nameThai, String nameLatin, int n) {
        return new SavePersonCommand(null, 0, nameThai, nameLatin, null, null, 20 + n, List.of(new AliasData(
                NameKind.Nickname, "Demo-Benchnick" + n)), Set.of("MM"), Set.of("my"), List.of(new DocumentData(
                DocumentType.Passport, "DEMO-900000" + n, "MM", null, null)), List.of(new ContactData(ContactType.Phone,
                "+66200099" + String.format(Locale.ROOT, "%03d", n))));
    }

    // ---- the measurement, in its own JVM ----

    private static void measure(Path dir, Locale lang, int runs, String jfr, boolean precompile) throws Exception {
        // each measuring JVM starts from the vault as built: every run adds a verification's entries to the audit
        // trail, and a verification reads the trail of every exhibit
        Path vault = dir.resolve("vault-" + lang.getLanguage());
        if (Files.exists(vault)) {
            deleteTree(vault);
        }
        copyTree(dir.resolve("vault"), vault);
        Path out = Files.createDirectories(dir.resolve("out"));
        VaultService vaults = new Wiring(Clock.systemUTC(), Argon2Params.FAST).vaultService();
        String tag = "[" + lang.getLanguage() + "]";
        System.out.printf(Locale.ROOT, "%s max heap %d MiB%n", tag, Runtime.getRuntime().maxMemory() >> 20);
        if (precompile) {
            // what the app does at its unlock screen, while the user types (DeskApp.showGate)
            long t = System.nanoTime();
            vaults.warmUp();
            System.out.printf(Locale.ROOT, "%s beforehand: the app's warm-up at the unlock screen took %.2f s%n", tag,
                    (System.nanoTime() - t) / 1e9);
        }
        try (Workspace ws = vaults.unlock(vault, SUPERVISOR, PASSPHRASE.toCharArray())) {
            UUID caseId = UUID.fromString(Files.readString(dir.resolve("ready")).strip());
            String caseNumber = ws.cases().get(caseId).caseNumber();
            ReportRequest request = ReportRequest.ofCase(ReportKind.EvidenceRegister, caseNumber).in(lang);
            // the parts breakdown has its own renderer, apart from the app's (its templates compile on its first use)
            JasperReportRenderer renderer = new JasperReportRenderer("SHIELD Case Desk benchmark");
            if (precompile) {
                // what the app does in the background after unlock (MainViewModel.start): compile the templates and
                // lay out a synthetic register in English and Thai (ReportService.warmUp)
                long t = System.nanoTime();
                ws.reports().warmUp(new CancellationToken());
                System.out.printf(Locale.ROOT, "%s beforehand: the app's report warm-up took %.2f s%n", tag,
                        (System.nanoTime() - t) / 1e9);
            }
            List<Double> totals = new ArrayList<>();
            jdk.jfr.Recording recording = null;
            for (int run = 1; run <= runs; run++) {
                if (run == 2 && !jfr.isBlank()) {
                    // a profile of the warm runs only
                    recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                    recording.start();
                }
                if (run > 1) {
                    // run 1 is the first click of a session: nothing runs before it
                    parts(ws, renderer, caseId, request, lang, tag, run);
                }
                totals.add(clickToFile(ws, request, out, tag, run, run < runs));
            }
            if (recording != null) {
                recording.stop();
                recording.dump(Path.of(jfr));
                recording.close();
            }
            List<Double> later = new ArrayList<>(totals.subList(Math.min(1, totals.size() - 1), totals.size()));
            Collections.sort(later);
            System.out.printf(Locale.ROOT, "%s click to file: first of the session %.2f s (%s); median of the later"
                    + " runs %.2f s (target <= 10 s)%n", tag, totals.get(0),
                    precompile ? "after the app's report warm-up"
                            : "templates compiled on first use, JIT cold",
                    later.get(later.size() / 2));
        }
    }

    /** {@code ReportService.produce} and writing the file, the figure the issue asks for; heap sampled meanwhile. */
    private static double clickToFile(Workspace ws, ReportRequest request, Path out, String tag, int run,
            boolean deleteAfter) throws Exception {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = mem.getHeapMemoryUsage().getUsed();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
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
        long gcBefore = gcMillis();
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        // pages laid out are reported with an unknown total: the first one marks the end of the gathering (the
        // verification included), the last one the end of the fill
        AtomicLong firstPage = new AtomicLong();
        AtomicLong lastPage = new AtomicLong();
        ProducedReport r = ws.reports().produce(request, (done, of) -> {
            if (of < 0) {
                firstPage.compareAndSet(0, System.nanoTime());
                lastPage.set(System.nanoTime());
            }
        }, new CancellationToken());
        long produced = System.nanoTime();
        Path file = out.resolve(r.fileName());
        Files.write(file, r.pdf());
        double total = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        running.set(false);
        sampler.join();
        System.out.printf(Locale.ROOT, "%s run %d: click to file %.2f s (%d pages, %.1f MB PDF; process CPU %.2f s;"
                + " load average %.1f), GC %d ms, heap used peak %d MiB sampled / %d MiB pool peaks (before %d MiB)%n",
                tag, run, total, r.pages(), r.pdf().length / 1e6, cpu, ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(), gcMillis() - gcBefore, peak.get() >> 20, poolPeaks() >> 20,
                baseline >> 20);
        System.out.printf(Locale.ROOT, "%s run %d: gathering with the verification %.2f s, fill %.2f s, export and"
                + " register %.2f s, writing the file %.2f s%n", tag, run, (firstPage.get() - t0) / 1e9,
                (lastPage.get() - firstPage.get()) / 1e9, (produced - lastPage.get()) / 1e9,
                (System.nanoTime() - produced) / 1e9);
        if (deleteAfter) {
            Files.delete(file); // the last one stays, to look at
        }
        return total;
    }

    /**
     * The parts one after the other, for where the time goes: the fresh verification alone, the gathering (the
     * builder, which verifies again), and the layout (fill) and PDF export of what was gathered.
     */
    private static void parts(Workspace ws, JasperReportRenderer renderer, UUID caseId, ReportRequest request,
            Locale lang, String tag, int run) throws Exception {
        long c0 = cpuNanos();
        long v0 = System.nanoTime();
        int checked = ws.evidence().verify(caseId, ProgressListener.NONE, new CancellationToken()).results().size();
        double verify = (System.nanoTime() - v0) / 1e9;
        long c1 = cpuNanos();
        ReportText text = new ReportText(lang, java.time.ZoneId.systemDefault());
        EvidenceRegisterReport builder = new EvidenceRegisterReport(ws.cases(), ws.evidence(), Clock.systemUTC());
        long g0 = System.nanoTime();
        ReportContent content = builder.build(request, text, new ProtectedPersons(ws.persons(), request, text),
                ProgressListener.NONE, new CancellationToken());
        double gather = (System.nanoTime() - g0) / 1e9;
        long c2 = cpuNanos();
        int rows = content.tables().values().stream().mapToInt(List::size).sum();
        FrontMatter front = new FrontMatter("RPT-BENCH-0000", "DEMO benchmark", "DEMO agency", "DEMO unit",
                content.classification(), content.caseNumber(), text.dateTime(Instant.now()), SUPERVISOR, "Supervisor",
                "DEMO benchmark", content.scope(), lang.getLanguage(), "pseudonyms");
        AtomicLong lastPage = new AtomicLong();
        long f0 = System.nanoTime();
        renderer.render(ReportKind.EvidenceRegister, front, content, text,
                (done, total) -> lastPage.set(System.nanoTime()), new CancellationToken());
        double fill = (lastPage.get() - f0) / 1e9;
        double export = (System.nanoTime() - lastPage.get()) / 1e9;
        long c3 = cpuNanos();
        System.out.printf(Locale.ROOT, "%s run %d parts: verification alone %.2f s (%d exhibits; CPU %.2f s); gathering"
                + " %.2f s (%d rows, a verification included; CPU %.2f s); fill %.2f s and export %.2f s (CPU %.2f"
                + " s)%n", tag, run, verify, checked, (c1 - c0) / 1e9, gather, rows, (c2 - c1) / 1e9, fill, export,
                (c3 - c2) / 1e9);
    }

    /** CPU time of the whole process (every thread, GC included). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long poolPeaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The number of collections and the largest heap after a collection, from a -Xlog:gc file. */
    private static String gcSummary(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            long count = 0;
            long maxAfter = 0;
            java.util.regex.Pattern p = java.util.regex.Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
            for (String l : lines) {
                var m = p.matcher(l);
                if (m.find()) {
                    count++;
                    maxAfter = Math.max(maxAfter, Long.parseLong(m.group(2)));
                }
            }
            return count + " collections, largest heap after a collection " + maxAfter + " MiB";
        } catch (java.io.IOException e) {
            return "unreadable";
        }
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var s = Files.walk(from)) {
            for (Path x : s.toList()) {
                Files.copy(x, to.resolve(from.relativize(x).toString()));
            }
        }
    }

    private static void deleteTree(Path p) throws java.io.IOException {
        try (var s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
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
