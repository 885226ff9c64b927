package org.shield.hq;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.shield.application.sync.Change;
import org.shield.application.sync.Enrolment;
import org.shield.application.sync.FeedPage;
import org.shield.application.sync.FeedRecord;
import org.shield.application.sync.Hlc;
import org.shield.application.sync.PushBatch;
import org.shield.hq.store.HqDatabase;
import org.shield.hq.store.JdbcHqStore;
import org.shield.hq.store.ValueSeal;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.Argon2PassphraseHasher;
import org.shield.testing.MutableClock;

/**
 * The merge and the feed as a property (issue 7): 2 to 5 devices make random offline edits to the same few records
 * and sync in a random order, through HQ's real service and database; in the end, after everyone syncs twice, every
 * device holds exactly HQ's current values, and every value any device saved is current, in an open conflict, or in
 * HQ's history. The devices are simulated at the protocol level (signed batches of changes in, feed pages out), so
 * that hundreds of histories run in seconds; the laptop's own capture and apply are covered by the sync ITs.
 */
class SyncConvergencePropertyIT {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final char[] PASS = "synthetic property passphrase".toCharArray();
    private static final String[] FIELDS = {"title", "summary", "status"};
    private static final int RECORDS = 3;

    sealed interface Step permits Edit, Sync {
    }

    record Edit(int device, int record, int field, int value) implements Step {
    }

    record Sync(int device) implements Step {
    }

    /** A saved value: which record and field, the JSON text, which device. */
    record Saved(String rowKey, String field, String value, int device) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> edit = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, RECORDS - 1), Arbitraries.integers().between(0, FIELDS.length - 1),
                Arbitraries.integers().between(0, 3)).as(Edit::new);
        Arbitrary<Step> sync = Arbitraries.integers().between(0, 4).map(Sync::new);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, edit), net.jqwik.api.Tuple.of(2, sync)).list()
                .ofMinSize(4).ofMaxSize(40);
    }

    @Property(tries = 150)
    void everyReplicaConvergesAndNoSavedValueIsLost(@ForAll @IntRange(min = 2, max = 5) int devices,
            @ForAll("histories") List<Step> history) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-03T03:00:00Z"));
        HqDatabase db = HqDatabase.open("jdbc:h2:mem:prop-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        try {
            ValueSeal seal = org.shield.testing.HqSeals.fresh().strict();
            HqService hq = new HqService(new JdbcHqStore(db.dataSource(), seal),
                    new Argon2PassphraseHasher(Argon2Params.FAST), clock);
            hq.createFirstAdministrator("hq.admin", PASS);
            List<Device> all = new ArrayList<>();
            for (int i = 0; i < devices; i++) {
                all.add(new Device(hq, clock, "sup." + i));
            }
            List<Saved> saved = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (int r = 0; r < RECORDS; r++) {
                String key = "{\"id\":\"" + UUID.randomUUID() + "\"}";
                keys.add(key);
                all.get(0).create(key);
                for (String f : FIELDS) {
                    saved.add(new Saved(key, f, all.get(0).local.get(key).get(f), 0));
                }
            }
            for (Device d : all) {
                d.sync();
            }
            for (Step s : history) {
                clock.advance(java.time.Duration.ofSeconds(7));
                if (s instanceof Edit e) {
                    int dev = e.device() % devices;
                    String key = keys.get(e.record());
                    String value = "\"DEMO " + FIELDS[e.field()] + " " + e.value() + " by " + dev + "\"";
                    if (all.get(dev).edit(key, FIELDS[e.field()], value)) {
                        saved.add(new Saved(key, FIELDS[e.field()], value, dev));
                    }
                } else if (s instanceof Sync y) {
                    all.get(y.device() % devices).sync();
                }
            }
            for (int round = 0; round < 2; round++) {
                for (Device d : all) {
                    d.sync();
                }
            }
            Map<String, Map<String, String>> current = current(db, seal);
            for (Device d : all) {
                for (String key : keys) {
                    for (String f : FIELDS) {
                        assertThat(d.local.get(key).get(f)).as("device %s, %s.%s", d.user, key, f)
                                .isEqualTo(current.get(key).get(f));
                    }
                }
                assertThat(d.pending).isEmpty();
            }
            for (Saved v : saved) {
                assertThat(kept(db, seal, v)).as("a saved value is current, in a conflict or in history: %s", v).isTrue();
            }
        } finally {
            db.close();
        }
    }

    /** HQ's current values of case fields, opened as HQ opens them. */
    private static Map<String, Map<String, String>> current(HqDatabase db, ValueSeal seal) throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            return org.shield.testing.HqFields.ofTable(c, seal, "case_file");
        }
    }

    private static boolean kept(HqDatabase db, ValueSeal seal, Saved v) throws Exception {
        List<byte[]> places = List.of(ValueSeal.competing("case_file", v.rowKey(), v.field()),
                ValueSeal.history("case_file", v.rowKey(), v.field()));
        try (Connection c = db.dataSource().getConnection()) {
            Map<String, String> current = org.shield.testing.HqFields.of(c, seal, "case_file", v.rowKey());
            if (current != null && current.containsKey(v.field())
                    && Objects.equals(current.get(v.field()), v.value())) {
                return true;
            }
            int where = 0;
            for (String sql : List.of(
                    "SELECT v.val FROM hq_conflict_value v JOIN hq_conflict k ON k.id = v.conflict_id"
                            + " WHERE k.table_name = 'case_file' AND k.row_key = ? AND k.col = ? AND k.resolved_at IS NULL",
                    "SELECT val FROM hq_field_history WHERE table_name = 'case_file' AND row_key = ? AND col = ?")) {
                byte[] place = places.get(where++);
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, v.rowKey());
                    ps.setString(2, v.field());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            if (Objects.equals(seal.open(rs.getString(1), place), v.value())) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }

    /** A laptop at the protocol level: its records, its unsent changes, its cursor and scope. */
    private static final class Device {
        final HqService hq;
        final MutableClock clock;
        final String user;
        final Enrolment e;
        final KeyPair key;
        final Map<String, Map<String, String>> local = new LinkedHashMap<>();
        final List<Change> pending = new ArrayList<>();
        long seq = 1;
        Hlc hlc = Hlc.ZERO;
        long cursor;
        String scope;

        Device(HqService hq, MutableClock clock, String user) throws Exception {
            this.hq = hq;
            this.clock = clock;
            this.user = user;
            this.key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String code = hq.issueCode(hq.signIn("hq.admin", PASS), user, "Supervisor", "TST").code();
            this.e = hq.enrol(code, Base64.getEncoder().encodeToString(key.getPublic().getEncoded()), user);
        }

        void create(String rowKey) throws Exception {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("unit_code", "\"TST\"");
            for (String f : FIELDS) {
                row.put(f, "\"DEMO " + f + " first\"");
            }
            local.put(rowKey, row);
            Map<String, Object[]> cols = new LinkedHashMap<>();
            row.forEach((k, v) -> cols.put(k, new String[] {null, v}));
            pending.add(change(rowKey, "INSERT", cols));
        }

        /** Saves a value; false if it was already the value (nothing is captured then, as on a laptop). */
        boolean edit(String rowKey, String field, String value) throws Exception {
            String old = local.get(rowKey).get(field);
            if (Objects.equals(old, value)) {
                return false;
            }
            local.get(rowKey).put(field, value);
            pending.add(change(rowKey, "UPDATE", Map.of(field, new String[] {old, value})));
            return true;
        }

        private Change change(String rowKey, String op, Map<String, Object[]> cols) throws Exception {
            StringBuilder json = new StringBuilder("{");
            for (Map.Entry<String, Object[]> c : cols.entrySet()) {
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append('"').append(c.getKey()).append("\":[").append(c.getValue()[0]).append(',')
                        .append(c.getValue()[1]).append(']');
            }
            json.append('}');
            hlc = hlc.tick(clock.instant().toEpochMilli());
            return new Change(seq++, UUID.randomUUID(), "case_file", rowKey, op, json.toString(), clock.instant(),
                    hlc.toString());
        }

        void sync() throws Exception {
            if (!pending.isEmpty()) {
                byte[] body = JSON.writeValueAsBytes(new PushBatch(e.deviceId(), clock.instant(), null, pending));
                Signature s = Signature.getInstance("Ed25519");
                s.initSign(key.getPrivate());
                s.update(body);
                hq.push(e.token(), body, Base64.getEncoder().encodeToString(s.sign()));
                pending.clear();
            }
            while (true) {
                FeedPage page = hq.feed(e.token(), cursor, 1000, scope, null);
                if (page.scopeChanged()) {
                    scope = page.scope();
                    cursor = 0;
                    continue;
                }
                for (FeedRecord r : page.records()) {
                    Map<String, String> row = local.computeIfAbsent(r.rowKey(), k -> new LinkedHashMap<>());
                    for (String f : FIELDS) {
                        if (r.fields().containsKey(f)) {
                            row.put(f, r.fields().get(f));
                        }
                    }
                }
                cursor = page.next();
                scope = page.scope();
                if (!page.more()) {
                    return;
                }
            }
        }
    }
}
