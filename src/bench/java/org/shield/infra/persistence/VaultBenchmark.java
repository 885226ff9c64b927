package org.shield.infra.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.shield.application.casefile.CaseQuery;
import org.shield.application.casefile.CaseService;
import org.shield.application.common.CurrentUser;
import org.shield.application.party.PersonService;
import org.shield.application.security.DataKey;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.ExploitationType;
import org.shield.domain.common.UuidV7;
import org.shield.domain.party.ContactIdentifier;
import org.shield.domain.party.ContactType;
import org.shield.domain.party.DocumentType;
import org.shield.domain.party.IdentityDocument;
import org.shield.domain.party.NameKind;
import org.shield.domain.party.Person;
import org.shield.domain.party.PersonAlias;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.FileVaultKeyStore;

/**
 * The benchmark of docs/BENCHMARKS.md. Builds (once) two vaults with the same synthetic data, one
 * encrypted and one plain, then measures unlock (Argon2 apart from database open, the latter in fresh
 * JVMs), the first page of the case list, and person search over name variants. Prints a Markdown
 * table; asserts nothing. Run: {@code mvn -Pbench test-compile exec:exec}.
 */
public final class VaultBenchmark {
    private static final String USER = "bench-admin";
    private static final String[] SYL = {"ka", "ri", "mo", "na", "su", "ta", "pe", "lo", "vi", "chu", "an", "da",
        "ho", "ne", "sa", "tu", "bo", "me", "ra", "ki", "po", "le", "fa", "zu"};
    private static final String[] TH_SYL = {"กา", "ริ", "โม", "นา", "สุ", "ตา", "เป", "โล", "วิ", "ชู", "อัน", "ดา",
        "โฮ", "เน", "สา", "ตุ", "บ่อ", "เม", "รา", "กิ", "โป", "เล", "ฟ้า", "ซู"};
    private static final String[] COUNTRIES = {"TH", "MM", "KH", "LA", "VN", "CN"};

    private VaultBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = intArg(args, "--cases", 100_000);
        int persons = intArg(args, "--persons", 300_000);
        Path dir = Path.of(strArg(args, "--dir", "target/bench"));
        String phase = strArg(args, "--phase", "all");
        if (phase.equals("explain")) {
            explain(dir.resolve(strArg(args, "--variant", "enc")), !strArg(args, "--variant", "enc").equals("plain"),
                    Arrays.stream(args).dropWhile(a -> !a.equals("--sql")).skip(1).toList());
            return;
        }
        if (phase.equals("workload")) {
            String variant = strArg(args, "--variant", "enc");
            workload(dir.resolve(variant), variant.equals("enc"));
            return;
        }
        if (phase.equals("open")) {
            coldOpen(dir, strArg(args, "--variant", "enc"));
            return;
        }
        Files.createDirectories(dir);
        System.out.printf(Locale.ROOT, "machine: %d cores, %s, Java %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " "
                        + System.getProperty("os.arch"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        for (String variant : List.of("enc", "plain")) {
            Path v = dir.resolve(variant);
            if (!Files.exists(v.resolve("ready"))) {
                long t = System.nanoTime();
                build(v, variant.equals("enc"), cases, persons);
                System.out.printf(Locale.ROOT, "built %s vault: %d cases, %d persons in %.0f s, %d MiB on disk%n",
                        variant, cases, persons, (System.nanoTime() - t) / 1e9,
                        Files.size(v.resolve("db").resolve("shield.mv.db")) >> 20);
            }
        }
        for (String variant : List.of("enc", "plain")) {
            Path v = dir.resolve(variant);
            if (!Files.exists(v.resolve("compacted"))) {
                // bulk loading in big transactions leaves dead chunks that H2 keeps for its 45 s
                // retention time; a vault filled over months of use reuses that space. Compact once so
                // the measured file is the steady-state one.
                long t = System.nanoTime();
                long before = Files.size(v.resolve("db").resolve("shield.mv.db"));
                VaultDatabase.compact(v, key(v), variant.equals("enc"));
                Files.writeString(v.resolve("compacted"), "yes");
                System.out.printf(Locale.ROOT, "compacted %s vault from %d MiB to %d MiB in %.0f s%n", variant,
                        before >> 20, Files.size(v.resolve("db").resolve("shield.mv.db")) >> 20,
                        (System.nanoTime() - t) / 1e9);
            }
        }
        argon2();
        for (String variant : List.of("enc", "enc-warm", "plain")) {
            for (int i = 0; i < 3; i++) {
                Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"),
                        "-Dshield.log.dir=" + System.getProperty("shield.log.dir", "target/bench-logs"),
                        VaultBenchmark.class.getName(), "--phase", "open", "--dir", dir.toString(), "--variant", variant)
                        .inheritIO().start();
                p.waitFor();
            }
        }
        // each workload in a fresh JVM, alternating, so neither variant inherits the other's warm JIT
        for (int round = 0; round < 2; round++) {
            for (String variant : List.of("enc", "plain")) {
                new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                        "-cp", System.getProperty("java.class.path"),
                        "-Dshield.log.dir=" + System.getProperty("shield.log.dir", "target/bench-logs"),
                        VaultBenchmark.class.getName(), "--phase", "workload", "--dir", dir.toString(), "--variant",
                        variant).inheritIO().start().waitFor();
            }
        }
    }

    private static void argon2() throws Exception {
        Path tmp = Files.createTempDirectory("shield-bench-kdf");
        FileVaultKeyStore ks = new FileVaultKeyStore(Argon2Params.DEFAULT, Clock.systemUTC());
        char[] pass = "benchmark synthetic phrase".toCharArray();
        ks.create(tmp, USER, pass).destroy();
        double[] t = new double[7];
        for (int i = 0; i < t.length; i++) {
            long s = System.nanoTime();
            ks.unwrap(tmp, USER, pass).destroy();
            t[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(t);
        System.out.printf(Locale.ROOT, "argon2id %s unwrap: median %.0f ms (min %.0f, max %.0f) over %d%n",
                Argon2Params.DEFAULT, t[t.length / 2], t[0], t[t.length - 1], t.length);
        try (var s = Files.walk(tmp)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static DataKey key(Path v) throws Exception {
        return new DataKey(Files.readAllBytes(v.resolve("bench.key")));
    }

    /** In a fresh JVM: how long opening takes, and the first page right after. */
    private static void coldOpen(Path dir, String variant) throws Exception {
        Path v = dir.resolve(variant);
        if (variant.endsWith("-warm")) {
            // what the desktop app does while the unlock screen shows
            long w = System.nanoTime();
            VaultDatabase.warmUp();
            System.out.printf(Locale.ROOT, "warm-up before unlock: %.0f ms%n", (System.nanoTime() - w) / 1e6);
            variant = variant.substring(0, variant.length() - 5);
            v = dir.resolve(variant);
        }
        long t0 = System.nanoTime();
        try (VaultDatabase db = VaultDatabase.open(v, key(v), true, variant.equals("enc"))) {
            long opened = System.nanoTime();
            CaseService cases = services(db).cases;
            // as the list screen does: the rows first, then the total in a task of its own
            long p0 = System.nanoTime();
            cases.pageRows(CaseQuery.all(), 0, 100);
            long p1 = System.nanoTime();
            cases.countMatching(CaseQuery.all());
            long p2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "cold open %s: h2 file %.0f ms, migrations check %.0f ms, hibernate %.0f ms,"
                    + " total %.0f ms; first page cold %.0f ms (rows shown), then its total counted in %.0f ms%n",
                    variant, db.openTimings[0] / 1e6, db.openTimings[1] / 1e6, db.openTimings[2] / 1e6,
                    (opened - t0) / 1e6, (p1 - p0) / 1e6, (p2 - p1) / 1e6);
        }
    }

    /** Times each SQL statement cold then warm, with H2's plan; for finding what a slow query does. */
    private static void explain(Path v, boolean encrypted, List<String> sqls) throws Exception {
        try (com.zaxxer.hikari.HikariDataSource ds = new com.zaxxer.hikari.HikariDataSource(
                VaultDatabase.hikari(v, key(v), encrypted)); Connection c = ds.getConnection()) {
            for (String sql : sqls) {
                if (sql.startsWith("@")) {
                    sql = "!" + Files.readString(Path.of(sql.substring(1))).strip();
                }
                if (sql.startsWith("!")) {
                    long t = System.nanoTime();
                    c.createStatement().execute(sql.substring(1));
                    System.out.printf(Locale.ROOT, "%.1f ms: %s%n", (System.nanoTime() - t) / 1e6, sql);
                    continue;
                }
                for (int i = 0; i < 3; i++) {
                    long t = System.nanoTime();
                    int rows = 0;
                    try (var rs = c.createStatement().executeQuery(sql)) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                    System.out.printf(Locale.ROOT, "%.1f ms, %d rows: %s%n", (System.nanoTime() - t) / 1e6, rows, sql);
                }
                try (var rs = c.createStatement().executeQuery("EXPLAIN " + sql)) {
                    rs.next();
                    System.out.println(rs.getString(1));
                }
            }
        }
    }

    private record Services(CaseService cases, PersonService persons) {
    }

    private static Services services(VaultDatabase db) throws Exception {
        BenchServices s = BenchServices.audited(db, USER);
        return new Services(s.cases(), s.persons());
    }

    /** Returns {total ms}; prints p50/p95 of the first page and of person search. */
    private static double[] workload(Path v, boolean encrypted) throws Exception {
        String name = encrypted ? "encrypted" : "plain";
        try (VaultDatabase db = VaultDatabase.open(v, key(v), true, encrypted)) {
            Services s = services(db);
            List<String> queries = queries(v);
            // first pass: cold JIT and cold page cache, as right after unlock; second pass: a session in use
            double first = 0;
            for (int pass = 0; pass < 2; pass++) {
            long total = System.nanoTime();
            double[] page = new double[50];
            for (int i = 0; i < page.length; i++) {
                long t = System.nanoTime();
                s.cases.page(CaseQuery.all(), 0, 100);
                page[i] = (System.nanoTime() - t) / 1e6;
            }
            // the list after a save: any change to case_file makes H2 count again instead of giving back the
            // last result, as in real use where the list is reread after an edit
            double[] afterEdit = new double[20];
            for (int i = 0; i < afterEdit.length; i++) {
                var shown = s.cases.page(CaseQuery.all(), 0, 100).items().get(i);
                var d = s.cases.get(shown.id());
                var edit = org.shield.application.casefile.UpdateCaseCommand.from(d);
                s.cases.update(new org.shield.application.casefile.UpdateCaseCommand(d.id(), d.version(),
                        d.title().endsWith(" (edited)") ? d.title().substring(0, d.title().length() - 9)
                                : d.title() + " (edited)", edit.status(), edit.closureReason(), edit.closedOn(),
                        edit.exploitationTypes(), edit.unitCode(), edit.leadInvestigator(), edit.openedOn(),
                        edit.summary(), edit.sensitivity(), edit.tags()));
                long t = System.nanoTime();
                s.cases.page(CaseQuery.all(), 0, 100);
                afterEdit[i] = (System.nanoTime() - t) / 1e6;
            }
            System.out.printf(Locale.ROOT, "%s pass %d: first page after an edit p50 %.1f ms p95 %.1f ms%n", name,
                    pass + 1, pct(afterEdit, 50), pct(afterEdit, 95));
            double[] filtered = new double[50];
            String[] filterNames = {"status", "type", "text", "sort by title", "unit + dates"};
            CaseQuery[] filters = {
                new CaseQuery(null, java.util.Set.of(CaseStatus.FollowUp), null, null, null, null, null, false),
                new CaseQuery(null, java.util.Set.of(), ExploitationType.ForcedCriminalityOnlineScam, null, null, null,
                        null, false),
                CaseQuery.all().withText("compound 12"),
                CaseQuery.all().sortedBy(CaseQuery.CaseSort.TITLE, true),
                new CaseQuery(null, java.util.Set.of(), null, "BEN", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
                        null, true)};
            for (int i = 0; i < filtered.length; i++) {
                long t = System.nanoTime();
                s.cases.page(filters[i % filters.length], 0, 100);
                filtered[i] = (System.nanoTime() - t) / 1e6;
            }
            StringBuilder perFilter = new StringBuilder();
            for (int k = 0; k < filters.length; k++) {
                double[] own = new double[filtered.length / filters.length];
                for (int j = 0; j < own.length; j++) {
                    own[j] = filtered[j * filters.length + k];
                }
                perFilter.append(String.format(Locale.ROOT, "%s p50 %.1f ms; ", filterNames[k], pct(own, 50)));
            }
            System.out.println(name + " filters: " + perFilter);
            double[] search = new double[queries.size()];
            int hits = 0;
            for (int i = 0; i < queries.size(); i++) {
                long t = System.nanoTime();
                hits += s.persons.search(queries.get(i)).isEmpty() ? 0 : 1;
                search[i] = (System.nanoTime() - t) / 1e6;
            }
            double totalMs = (System.nanoTime() - total) / 1e6;
            if (pass == 0) {
                first = totalMs;
                continue;
            }
            System.out.printf(Locale.ROOT, "%s workload: first pass %.0f ms, second pass %.0f ms%n", name, first, totalMs);
            System.out.printf(Locale.ROOT, "%s: first page p50 %.1f ms p95 %.1f ms; filtered/sorted page p50 %.1f ms"
                    + " p95 %.1f ms; person search p50 %.1f ms p95 %.1f ms over %d queries (%d with hits)%n", name,
                    pct(page, 50), pct(page, 95), pct(filtered, 50), pct(filtered, 95), pct(search, 50),
                    pct(search, 95), queries.size(), hits);
            }
            return new double[] {first};
        }
    }

    private static double pct(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1)];
    }

    /** Name variants a user types: full names any case and spacing, one word, Thai without tone marks, alias, documents, phones. */
    private static List<String> queries(Path v) throws Exception {
        int persons = Integer.parseInt(Files.readString(v.resolve("ready")).strip());
        Random rnd = new Random(7);
        List<String> q = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int n = rnd.nextInt(persons);
            String[] latin = latinName(n);
            switch (i % 8) {
                case 0 -> q.add((latin[0] + " " + latin[1]).toUpperCase(Locale.ROOT));
                case 1 -> q.add(latin[1]);
                case 2 -> q.add(thaiName(n).replaceAll("[\u0E48-\u0E4B]", ""));
                case 3 -> q.add("demo alias " + n);
                case 4 -> q.add(docNumber(n).substring(0, 4) + " " + docNumber(n).substring(4));
                case 5 -> q.add("0" + phone(n).substring(3, 5) + " " + phone(n).substring(5));
                case 6 -> q.add(latin[0].substring(0, Math.min(6, latin[0].length())));
                default -> q.add("no such name " + n);
            }
        }
        return q;
    }

    private static String[] latinName(int n) {
        int a = n % SYL.length;
        int b = (n / SYL.length) % SYL.length;
        int c = (n / (SYL.length * SYL.length)) % SYL.length;
        int d = (n / (SYL.length * SYL.length * SYL.length)) % SYL.length;
        String given = "Demo" + cap(SYL[a]) + SYL[b];
        String family = cap(SYL[c]) + SYL[d] + SYL[(a + c) % SYL.length] + (n / 331_776);
        return new String[] {given, family};
    }

    private static String thaiName(int n) {
        int a = n % SYL.length;
        int b = (n / SYL.length) % SYL.length;
        int c = (n / (SYL.length * SYL.length)) % SYL.length;
        int d = (n / (SYL.length * SYL.length * SYL.length)) % SYL.length;
        return "ทดสอบ" + TH_SYL[a] + TH_SYL[b] + " " + TH_SYL[c] + TH_SYL[d] + TH_SYL[(a + c) % SYL.length];
    }

    private static String docNumber(int n) {
        return "DEMO" + String.format(Locale.ROOT, "%07d", n);
    }

    private static String phone(int n) {
        return "+662" + String.format(Locale.ROOT, "%08d", n);
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Bulk-loads synthetic data with JDBC batches (the services would take hours for 400,000 records). */
    private static void build(Path v, boolean encrypted, int caseCount, int personCount) throws Exception {
        Files.createDirectories(v);
        Path keyFile = v.resolve("bench.key");
        if (!Files.exists(keyFile)) {
            byte[] k = new byte[32];
            new SecureRandom().nextBytes(k);
            Files.write(keyFile, k);
        }
        try (VaultDatabase db = VaultDatabase.open(v, key(v), false, encrypted)) {
            db.initialise(USER, "BEN", Instant.now());
            // as a vault in use that has synced: its outbox empty, not 2.5 million captured inserts of the bulk load
            OutboxTrigger.suppressed(() -> {
                load(db, caseCount, personCount);
                return null;
            });
        }
        Files.writeString(v.resolve("ready"), Integer.toString(personCount));
    }

    /**
     * The synthetic persons, then the cases (three parties each), in JDBC batches of 2,000 per transaction;
     * also used by FileGrowthBenchmark.
     */
    static void load(VaultDatabase db, int caseCount, int personCount) throws Exception {
        Random rnd = new Random(2026);
        Instant now = Instant.now();
        Timestamp ts = Timestamp.from(now);
        List<UUID> personIds = new ArrayList<>(personCount);
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("insert into person (id, version, created_at, created_by,"
                    + " updated_at, updated_by, name_native, name_latin, gender, estimated_age) values (?,0,?,?,?,?,?,?,?,?)");
                 PreparedStatement alias = c.prepareStatement("insert into person_alias (person_id, item_id, name_kind, name_text) values (?,?,?,?)");
                 PreparedStatement cit = c.prepareStatement("insert into person_citizenship values (?,?)");
                 PreparedStatement lang = c.prepareStatement("insert into person_language values (?,?)");
                 PreparedStatement doc = c.prepareStatement("insert into identity_document (person_id, item_id, document_type,"
                         + " document_number, issuing_country, issued_on, expires_on) values (?,?,?,?,?,?,?)");
                 PreparedStatement contact = c.prepareStatement("insert into contact_identifier (person_id, item_id, contact_type, contact_value)"
                         + " values (?,?,?,?)");
                 PreparedStatement key = c.prepareStatement("insert into person_search_key values (?,?)")) {
                for (int n = 0; n < personCount; n++) {
                    String[] latin = latinName(n);
                    Person person = new Person(thaiName(n), latin[0] + " " + latin[1], USER, now);
                    person.setAliases(List.of(new PersonAlias(NameKind.Alias, "Demo Alias " + n)));
                    String country = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
                    person.setDocuments(List.of(new IdentityDocument(DocumentType.Passport, docNumber(n), country,
                            null, null)));
                    person.setContacts(List.of(new ContactIdentifier(ContactType.Phone, phone(n))));
                    UUID id = person.getId();
                    personIds.add(id);
                    p.setObject(1, id);
                    p.setTimestamp(2, ts);
                    p.setString(3, USER);
                    p.setTimestamp(4, ts);
                    p.setString(5, USER);
                    p.setString(6, person.getNameNative());
                    p.setString(7, person.getNameLatin());
                    p.setString(8, rnd.nextBoolean() ? "Feminine" : "Masculine");
                    p.setInt(9, 16 + rnd.nextInt(40));
                    p.addBatch();
                    alias.setObject(1, id);
                    alias.setObject(2, UUID.randomUUID()); // list items are keyed by id (ADR 0020)
                    alias.setString(3, "Alias");
                    alias.setString(4, "Demo Alias " + n);
                    alias.addBatch();
                    cit.setObject(1, id);
                    cit.setString(2, country);
                    cit.addBatch();
                    lang.setObject(1, id);
                    lang.setString(2, country.equals("TH") ? "th" : "my");
                    lang.addBatch();
                    doc.setObject(1, id);
                    doc.setObject(2, UUID.randomUUID()); // list items are keyed by id (ADR 0020)
                    doc.setString(3, "Passport");
                    doc.setString(4, docNumber(n));
                    doc.setString(5, country);
                    doc.setObject(6, null);
                    doc.setObject(7, null);
                    doc.addBatch();
                    contact.setObject(1, id);
                    contact.setObject(2, UUID.randomUUID()); // list items are keyed by id (ADR 0020)
                    contact.setString(3, "Phone");
                    contact.setString(4, phone(n));
                    contact.addBatch();
                    for (String k : person.searchKeys()) {
                        key.setObject(1, id);
                        key.setString(2, k);
                        key.addBatch();
                    }
                    if (n % 2000 == 1999) {
                        for (PreparedStatement st : List.of(p, alias, cit, lang, doc, contact, key)) {
                            st.executeBatch();
                        }
                        c.commit();
                    }
                }
                for (PreparedStatement st : List.of(p, alias, cit, lang, doc, contact, key)) {
                    st.executeBatch();
                }
                c.commit();
            }
            ExploitationType[] types = ExploitationType.values();
            CaseStatus[] statuses = CaseStatus.values();
            try (PreparedStatement cs = c.prepareStatement("insert into case_file (id, version, created_at, created_by,"
                    + " updated_at, updated_by, case_number, title, status, unit_code, lead_investigator, opened_on,"
                    + " summary, sensitivity, closure_reason, closed_on) values (?,0,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement ty = c.prepareStatement("insert into case_exploitation_type values (?,?)");
                 PreparedStatement party = c.prepareStatement("insert into case_party (id, version, created_at,"
                         + " created_by, updated_at, updated_by, case_id, person_id, party_role) values (?,0,?,?,?,?,?,?,?)")) {
                String tag = db.deviceTag();
                for (int n = 0; n < caseCount; n++) {
                    UUID id = UuidV7.next();
                    LocalDate opened = LocalDate.of(2023, 1, 1).plusDays(rnd.nextInt(1400));
                    CaseStatus st = statuses[rnd.nextInt(statuses.length)];
                    boolean closed = st == CaseStatus.Closed || st == CaseStatus.ClosedReferred;
                    cs.setObject(1, id);
                    cs.setTimestamp(2, ts);
                    cs.setString(3, USER);
                    cs.setTimestamp(4, ts);
                    cs.setString(5, USER);
                    cs.setString(6, "BEN-" + opened.getYear() + "-" + tag + "-" + String.format(Locale.ROOT, "%06d", n));
                    cs.setString(7, "DEMO bench case " + n + " compound " + rnd.nextInt(500));
                    cs.setString(8, st.name());
                    cs.setString(9, "BEN");
                    cs.setString(10, USER);
                    cs.setObject(11, opened);
                    cs.setString(12, "DEMO synthetic benchmark summary");
                    cs.setString(13, "Confidential");
                    cs.setString(14, st == CaseStatus.ClosedReferred ? "DEMO referred" : null);
                    cs.setObject(15, closed ? opened.plusDays(30) : null);
                    cs.addBatch();
                    ty.setObject(1, id);
                    ty.setString(2, n % 3 == 0 ? ExploitationType.ForcedCriminalityOnlineScam.name()
                            : types[rnd.nextInt(types.length)].name());
                    ty.addBatch();
                    for (int k = 0; k < 3; k++) {
                        party.setObject(1, UuidV7.next());
                        party.setTimestamp(2, ts);
                        party.setString(3, USER);
                        party.setTimestamp(4, ts);
                        party.setString(5, USER);
                        party.setObject(6, id);
                        party.setObject(7, personIds.get(rnd.nextInt(personIds.size())));
                        party.setString(8, k == 0 ? "Victim" : k == 1 ? "Suspect" : "Witness");
                        party.addBatch();
                    }
                    if (n % 2000 == 1999) {
                        cs.executeBatch();
                        ty.executeBatch();
                        party.executeBatch();
                        c.commit();
                    }
                }
                cs.executeBatch();
                ty.executeBatch();
                party.executeBatch();
                c.commit();
            }
        }
    }

    private static int intArg(String[] args, String name, int def) {
        return Integer.parseInt(strArg(args, name, Integer.toString(def)));
    }

    private static String strArg(String[] args, String name, String def) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return def;
    }
}
