package org.shield.hq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.ValidationException;
import org.shield.application.sync.Change;
import org.shield.application.sync.Enrolment;
import org.shield.application.sync.Hlc;
import org.shield.application.sync.PushBatch;
import org.shield.application.sync.PushResult;
import org.shield.hq.store.HqDatabase;
import org.shield.hq.store.JdbcHqStore;
import org.shield.hq.store.ValueSeal;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.Argon2PassphraseHasher;
import org.shield.testing.MutableClock;

/**
 * Push at HQ (issue 7, ADR 0019), the same on every database HQ runs on: signed batches, stored once, acknowledged
 * by the highest stored number, merged field by field into records and conflicts. Synthetic values only.
 */
abstract class HqPushContract {
    private static final char[] PASS = "synthetic hq passphrase 7".toCharArray();
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    protected final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T03:00:00Z"));
    private HqDatabase db;
    private HqService hq;

    /** A laptop in the test: its enrolment, its vault key and its next sequence number. */
    final class Laptop {
        final Enrolment e;
        final KeyPair key;
        long seq = 1;
        Hlc hlc = Hlc.ZERO;

        Laptop(String user) throws Exception {
            this(user, "Investigator");
        }

        Laptop(String user, String role) throws Exception {
            key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String session = hq.signIn("hq.admin", PASS);
            String code = hq.issueCode(session, user, role, "ATU-DEMO").code();
            e = hq.enrol(code, Base64.getEncoder().encodeToString(key.getPublic().getEncoded()), user);
        }

        /** A change numbered next: {@code cols} as column, old, new (JSON text, or null). */
        Change change(String table, String id, String op, String... cols) throws Exception {
            ObjectNode changes = JSON.createObjectNode();
            for (int i = 0; i < cols.length; i += 3) {
                ArrayNode pair = changes.putArray(cols[i]);
                pair.add(cols[i + 1] == null ? JSON.nullNode() : JSON.readTree(cols[i + 1]));
                pair.add(cols[i + 2] == null ? JSON.nullNode() : JSON.readTree(cols[i + 2]));
            }
            hlc = hlc.tick(clock.instant().toEpochMilli());
            return new Change(seq++, UUID.randomUUID(), table, "{\"id\":\"" + id + "\"}", op,
                    JSON.writeValueAsString(changes), clock.instant(), hlc.toString());
        }

        byte[] body(Instant sentAt, List<Change> changes) throws Exception {
            return JSON.writeValueAsBytes(new PushBatch(e.deviceId(), sentAt, null, changes));
        }

        String sign(byte[] body) throws Exception {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key.getPrivate());
            s.update(body);
            return Base64.getEncoder().encodeToString(s.sign());
        }

        PushResult push(Change... changes) throws Exception {
            byte[] body = body(clock.instant(), List.of(changes));
            return hq.push(e.token(), body, sign(body));
        }
    }

    protected abstract HqDatabase open() throws Exception;

    /** HQ's sealing of values in this test: a second HQ process over the same database holds the same key. */
    protected org.shield.hq.store.ValueSeal seal;

    @BeforeEach
    void start() throws Exception {
        db = open();
        seal = org.shield.testing.HqSeals.fresh().strict(); // as a started HQ: nothing may be stored unsealed
        hq = new HqService(new JdbcHqStore(db.dataSource(), seal), new Argon2PassphraseHasher(Argon2Params.FAST),
                clock);
        hq.createFirstAdministrator("hq.admin", PASS);
    }

    @AfterEach
    void stop() {
        db.close();
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String field(String table, String id, String col) throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            Map<String, String> fields = org.shield.testing.HqFields.of(c, seal, table, "{\"id\":\"" + id + "\"}");
            return fields != null && fields.containsKey(col) ? fields.get(col) : "(none)";
        }
    }

    /** The values a field replaced, opened as HQ opens them. */
    private List<String> history(String table, String id, String col) throws Exception {
        String rowKey = "{\"id\":\"" + id + "\"}";
        List<String> out = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT val FROM hq_field_history WHERE table_name = ? AND row_key = ? AND col = ?")) {
            ps.setString(1, table);
            ps.setString(2, rowKey);
            ps.setString(3, col);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(seal.open(rs.getString(1), ValueSeal.history(table, rowKey, col)));
                }
            }
        }
        return out;
    }

    private Map<String, Long> everything() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : List.of("hq_change", "hq_record", "hq_field", "hq_field_history", "hq_conflict",
                "hq_conflict_value")) {
            counts.put(t, count("SELECT COUNT(*) FROM " + t));
        }
        counts.put("stored audit", count("SELECT COUNT(*) FROM hq_audit WHERE action = 'ChangesStored'"));
        counts.put("feed", count("SELECT next_pos FROM hq_feed_state"));
        return counts;
    }

    @Test
    void aSignedBatchIsStoredMergedAndAcknowledgedByItsHighestNumber() throws Exception {
        Laptop a = new Laptop("inv.a");

        PushResult r = a.push(a.change("case_file", "c1", "INSERT", "id", null, "\"c1\"", "title", null,
                        "\"DEMO case\""),
                a.change("audit_entry", "e1", "INSERT", "id", null, "\"e1\"", "action", null, "\"CaseCreated\""),
                a.change("case_file", "c1", "UPDATE", "title", "\"DEMO case\"", "\"DEMO case, renamed\""));

        assertThat(r).isEqualTo(new PushResult(3, 3, 0));
        assertThat(field("case_file", "c1", "title")).isEqualTo("\"DEMO case, renamed\"");
        assertThat(count("SELECT COUNT(*) FROM hq_record")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM hq_field_history")).isEqualTo(1);
        assertThat(hq.devices(hq.signIn("hq.admin", PASS)).get(0).storedSeq()).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM hq_audit WHERE action = 'ChangesStored' AND actor = 'inv.a'"))
                .as("the batch and its audit entry in one transaction").isEqualTo(1);
    }

    @Test
    void replayingABatchOrPartOfOneStoresNothingTwice() throws Exception {
        Laptop a = new Laptop("inv.a");
        List<Change> first = List.of(a.change("case_file", "c1", "INSERT", "title", null, "\"DEMO\""),
                a.change("case_file", "c1", "UPDATE", "title", "\"DEMO\"", "\"DEMO 2\""));
        byte[] body = a.body(clock.instant(), first);
        hq.push(a.e.token(), body, a.sign(body));
        Map<String, Long> before = everything();

        PushResult again = hq.push(a.e.token(), body, a.sign(body));

        assertThat(again).isEqualTo(new PushResult(2, 0, 0));
        assertThat(everything()).isEqualTo(before);
        Change third = a.change("case_file", "c1", "UPDATE", "title", "\"DEMO 2\"", "\"DEMO 3\"");
        List<Change> overlapping = List.of(first.get(1), third);
        byte[] more = a.body(clock.instant(), overlapping);
        assertThat(hq.push(a.e.token(), more, a.sign(more))).isEqualTo(new PushResult(3, 1, 0));
        assertThat(field("case_file", "c1", "title")).isEqualTo("\"DEMO 3\"");
    }

    @Test
    void aBatchThatWouldLeaveAGapOrReusesNumbersIsRefusedAndStoresNothing() throws Exception {
        Laptop a = new Laptop("inv.a");
        a.push(a.change("case_file", "c1", "INSERT", "title", null, "\"DEMO\""));
        a.seq = 4;
        Change late = a.change("case_file", "c1", "UPDATE", "title", "\"DEMO\"", "\"DEMO late\"");
        Map<String, Long> before = everything();

        assertThatThrownBy(() -> a.push(late)).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ApplicationException) e).userMessage().key()).isEqualTo("hq.error.gap"))
                .satisfies(e -> assertThat(((ApplicationException) e).userMessage().args()).containsExactly(1L));
        a.seq = 1;
        Change reused = a.change("case_file", "c9", "INSERT", "title", null, "\"DEMO other\"");
        assertThatThrownBy(() -> a.push(reused)).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ApplicationException) e).userMessage().key())
                        .isEqualTo("hq.error.sequenceReused"));

        Map<String, Long> after = everything();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aBatchNotSignedByTheDevicesVaultKeyOrNamingAnotherDeviceIsRefused() throws Exception {
        Laptop a = new Laptop("inv.a");
        Laptop b = new Laptop("inv.b");
        byte[] body = a.body(clock.instant(), List.of(a.change("case_file", "c1", "INSERT", "title", null,
                "\"DEMO\"")));

        assertThatThrownBy(() -> hq.push(a.e.token(), body, b.sign(body))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("hq.error.signature");
        byte[] tampered = body.clone();
        tampered[tampered.length - 10] ^= 1;
        assertThatThrownBy(() -> hq.push(a.e.token(), tampered, a.sign(body)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hq.push(a.e.token(), body, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hq.push(b.e.token(), body, b.sign(body))).as("B's token, B's key, A's batch")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("SELECT COUNT(*) FROM hq_change")).isZero();
        assertThat(count("SELECT COUNT(*) FROM hq_audit WHERE action = 'PushRefused'")).isEqualTo(4);
    }

    @Test
    void aMalformedBatchIsAClearRefusal() throws Exception {
        Laptop a = new Laptop("inv.a");
        for (String bad : List.of("not json", "{\"deviceId\":\"" + a.e.deviceId() + "\"}",
                "{\"deviceId\":\"" + a.e.deviceId() + "\",\"sentAt\":\"2026-12-03T03:00:00Z\",\"changes\":[{\"seq\":1,"
                        + "\"changeId\":\"" + UUID.randomUUID() + "\",\"table\":\"case_file; drop\",\"rowKey\":"
                        + "\"{\\\"id\\\":1}\",\"op\":\"INSERT\",\"changes\":\"{}\",\"deviceAt\":"
                        + "\"2026-12-03T03:00:00Z\",\"hlc\":\"1-0\"}]}")) {
            byte[] body = bad.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThatThrownBy(() -> hq.push(a.e.token(), body, a.sign(body))).as(bad)
                    .isInstanceOf(ValidationException.class).hasMessageContaining("hq.error.batch");
        }
        List<Change> outOfOrder = new ArrayList<>(List.of(a.change("case_file", "c1", "INSERT", "title", null, "1"),
                a.change("case_file", "c1", "UPDATE", "title", "1", "2")));
        java.util.Collections.reverse(outOfOrder);
        byte[] body = a.body(clock.instant(), outOfOrder);
        assertThatThrownBy(() -> hq.push(a.e.token(), body, a.sign(body))).isInstanceOf(ValidationException.class);
    }

    @Test
    void twoDevicesEditingTheSameFieldGiveExactlyOneOpenConflictAndOtherFieldsMerge() throws Exception {
        Laptop a = new Laptop("inv.a");
        Laptop b = new Laptop("inv.b");
        a.push(a.change("case_file", "c1", "INSERT", "title", null, "\"DEMO\"", "status", null, "\"Open\"",
                "summary", null, "\"DEMO summary\""));

        a.push(a.change("case_file", "c1", "UPDATE", "title", "\"DEMO\"", "\"DEMO by A\""));
        PushResult rb = b.push(b.change("case_file", "c1", "UPDATE", "title", "\"DEMO\"", "\"DEMO by B\"", "status",
                "\"Open\"", "\"Referred\""));
        b.push(b.change("case_file", "c1", "UPDATE", "title", "\"DEMO by B\"", "\"DEMO by B, again\""));
        a.push(a.change("case_file", "c1", "UPDATE", "summary", "\"DEMO summary\"", "\"DEMO summary by A\""));

        assertThat(rb.conflicts()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM hq_conflict WHERE resolved_at IS NULL")).isEqualTo(1);
        assertThat(count("SELECT open_conflicts FROM hq_record")).isEqualTo(1);
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT v.user_name, v.val, k.table_name, k.row_key, k.col"
                        + " FROM hq_conflict_value v JOIN hq_conflict k ON k.id = v.conflict_id ORDER BY v.user_name")) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1) + "=" + seal.open(rs.getString(2),
                        ValueSeal.competing(rs.getString(3), rs.getString(4), rs.getString(5))));
            }
            assertThat(values).containsExactly("inv.a=\"DEMO by A\"", "inv.b=\"DEMO by B, again\"");
        }
        assertThat(field("case_file", "c1", "status")).isEqualTo("\"Referred\"");
        assertThat(field("case_file", "c1", "summary")).isEqualTo("\"DEMO summary by A\"");
        assertThat(history("case_file", "c1", "title")).as("the value both replaced is in history")
                .containsOnlyOnce("\"DEMO\"");
    }

    @Test
    void aClockFarOffIsFlaggedAndDoesNotDragHqsClockForward() throws Exception {
        Laptop a = new Laptop("inv.a");
        Instant wrong = clock.instant().plus(Duration.ofDays(30));
        Hlc ahead = new Hlc(wrong.toEpochMilli(), 0);
        Change c = new Change(1, UUID.randomUUID(), "case_file", "{\"id\":\"c1\"}", "INSERT",
                "{\"title\":[null,\"DEMO\"]}", wrong, ahead.toString());
        byte[] body = a.body(wrong, List.of(c));

        hq.push(a.e.token(), body, a.sign(body));

        var device = hq.devices(hq.signIn("hq.admin", PASS)).get(0);
        assertThat(device.clockFlagged()).isTrue();
        assertThat(device.clockOffsetMs()).isEqualTo(Duration.ofDays(30).toMillis());
        try (Connection conn = db.dataSource().getConnection(); Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT hlc FROM hq_feed_state")) {
            rs.next();
            assertThat(Hlc.parse(rs.getString(1)).millis()).isEqualTo(clock.instant().toEpochMilli());
        }
        assertThat(count("SELECT COUNT(*) FROM hq_change WHERE clock_flagged")).isEqualTo(1);
    }

    // ---- exhibit content (ADR 0019): the store's part, which must hold on every database

    private static String sha256(byte[] b) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static byte[] synthetic(int size, long seed) {
        byte[] b = new byte[size];
        new java.util.Random(seed).nextBytes(b);
        return b;
    }

    /** A case led by the laptop's user and an exhibit of it carrying {@code hash}, pushed by {@code l}. */
    private void caseWithExhibit(Laptop l, String user, String caseId, String exhibitId, String hash)
            throws Exception {
        l.push(l.change("case_file", caseId, "INSERT", "id", null, "\"" + caseId + "\"", "unit_code", null,
                        "\"ATU-DEMO\"", "lead_investigator", null, "\"" + user + "\""),
                l.change("exhibit", exhibitId, "INSERT", "id", null, "\"" + exhibitId + "\"", "case_id", null,
                        "\"" + caseId + "\"", "sha256", null, "\"" + hash + "\"", "involves_minor", null, "false",
                        "sexual_content", null, "false"));
    }

    private HqStore.ContentState chunk(Laptop l, String hash, byte[] all, int from, int to) throws Exception {
        byte[] part = java.util.Arrays.copyOfRange(all, from, to);
        return hq.acceptChunk(l.e.token(), hash, all.length, from, part, sha256(part));
    }

    @Test
    void exhibitContentArrivesInChunksAtTheOffsetHqHoldsAndIsAcceptedWhenTheWholeHashMatches() throws Exception {
        Laptop a = new Laptop("inv.a");
        byte[] content = synthetic(10_000, 7);
        String hash = sha256(content);
        String caseId = UUID.randomUUID().toString();
        caseWithExhibit(a, "inv.a", caseId, UUID.randomUUID().toString(), hash);

        assertThat(hq.contentState(a.e.token(), hash)).isEqualTo(new HqStore.ContentState(0, 0, false));
        assertThat(chunk(a, hash, content, 0, 4_000)).isEqualTo(new HqStore.ContentState(10_000, 4_000, false));
        assertThatThrownBy(() -> chunk(a, hash, content, 5_000, 9_000)).as("a gap")
                .isInstanceOf(ConflictException.class).hasMessageContaining("hq.error.contentOffset");
        assertThatThrownBy(() -> chunk(a, hash, content, 0, 4_000)).as("what HQ holds already")
                .isInstanceOf(ConflictException.class).hasMessageContaining("hq.error.contentOffset");
        byte[] damaged = java.util.Arrays.copyOfRange(content, 4_000, 8_000);
        String honest = sha256(damaged);
        damaged[17] ^= 0x04;
        assertThatThrownBy(() -> hq.acceptChunk(a.e.token(), hash, 10_000, 4_000, damaged, honest))
                .isInstanceOf(ValidationException.class).hasMessageContaining("hq.error.chunkHash");
        assertThat(hq.contentState(a.e.token(), hash).held()).as("nothing of the damaged chunk kept").isEqualTo(4_000);
        assertThat(chunk(a, hash, content, 4_000, 8_000).complete()).isFalse();
        assertThat(chunk(a, hash, content, 8_000, 10_000)).isEqualTo(new HqStore.ContentState(10_000, 10_000, true));

        java.io.ByteArrayOutputStream back = new java.io.ByteArrayOutputStream();
        for (int from = 0; from < content.length; from += 3_000) {
            back.write(hq.content(a.e.token(), hash, from, 3_000));
        }
        assertThat(back.toByteArray()).isEqualTo(content);
        assertThat(count("SELECT COUNT(*) FROM hq_audit WHERE action = 'ContentAccepted'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM hq_audit WHERE action = 'ChunkRefused'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM hq_audit WHERE action = 'ContentSent'")).isEqualTo(4);
    }

    @Test
    void exhibitContentWhoseWholeHashDiffersIsRefusedAndDropped() throws Exception {
        Laptop a = new Laptop("inv.a");
        byte[] claimed = synthetic(6_000, 1);
        byte[] sent = claimed.clone();
        sent[5_999] ^= 0x01; // each chunk hashes right; the whole is not what the record says
        String hash = sha256(claimed);
        caseWithExhibit(a, "inv.a", UUID.randomUUID().toString(), UUID.randomUUID().toString(), hash);

        chunk(a, hash, sent, 0, 3_000);
        assertThatThrownBy(() -> chunk(a, hash, sent, 3_000, 6_000))
                .isInstanceOf(ConflictException.class).hasMessageContaining("hq.error.contentHash");

        assertThat(hq.contentState(a.e.token(), hash)).isEqualTo(new HqStore.ContentState(0, 0, false));
        assertThat(count("SELECT COUNT(*) FROM hq_content_chunk")).isZero();
        assertThat(count("SELECT COUNT(*) FROM hq_content")).isZero();
        assertThatThrownBy(() -> hq.content(a.e.token(), hash, 0, 100))
                .isInstanceOf(org.shield.application.common.NotFoundException.class);
        chunk(a, hash, claimed, 0, 6_000);
        assertThat(hq.contentState(a.e.token(), hash).complete()).as("the right content is taken after").isTrue();
    }

    @Test
    void exhibitContentIsTakenOnlyFromADeviceThatPushedSuchAnExhibitAndSentOnlyUnderNeedToKnow() throws Exception {
        Laptop a = new Laptop("inv.a");
        Laptop b = new Laptop("inv.b");
        byte[] content = synthetic(2_000, 3);
        String hash = sha256(content);
        caseWithExhibit(a, "inv.a", UUID.randomUUID().toString(), UUID.randomUUID().toString(), hash);

        assertThatThrownBy(() -> chunk(b, hash, content, 0, 2_000))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("hq.error.contentUnknown");
        chunk(a, hash, content, 0, 2_000);
        assertThatThrownBy(() -> hq.content(b.e.token(), hash, 0, 2_000)).as("not b's case")
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("hq.error.contentNotVisible");
        assertThat(hq.contentState(b.e.token(), hash)).as("says nothing to who may not see it")
                .isEqualTo(new HqStore.ContentState(0, 0, false));
        assertThatThrownBy(() -> hq.contentState(a.e.token(), "not-a-hash"))
                .isInstanceOf(ValidationException.class);
        assertThat(count("SELECT COUNT(*) FROM hq_audit WHERE action = 'ContentRefused'")).isEqualTo(2);
    }

    /**
     * A hash is no secret (reports print it): a device that pushes an exhibit of its own case carrying the hash of
     * content another device uploaded must not be able to fetch that content through it. One device sends the whole
     * of a content, so an upload proves possession; another device's chunks wait while it runs.
     */
    @Test
    void anExhibitClaimingAnotherDevicesHashOpensNothingAndOneDeviceSendsAWholeContent() throws Exception {
        Laptop a = new Laptop("inv.a");
        Laptop b = new Laptop("inv.b");
        byte[] content = synthetic(4_000, 11);
        String hash = sha256(content);
        caseWithExhibit(a, "inv.a", UUID.randomUUID().toString(), UUID.randomUUID().toString(), hash);
        caseWithExhibit(b, "inv.b", UUID.randomUUID().toString(), UUID.randomUUID().toString(), hash); // b's own case

        chunk(a, hash, content, 0, 2_000);
        assertThat(hq.contentState(b.e.token(), hash)).as("a's upload in progress is not b's to resume")
                .isEqualTo(new HqStore.ContentState(0, 0, false));
        assertThatThrownBy(() -> chunk(b, hash, content, 0, 2_000))
                .isInstanceOf(ConflictException.class).hasMessageContaining("hq.error.contentBusy");
        assertThatThrownBy(() -> chunk(b, hash, content, 2_000, 4_000)).as("nor to finish")
                .isInstanceOf(ConflictException.class).hasMessageContaining("hq.error.contentBusy");
        assertThat(chunk(a, hash, content, 2_000, 4_000).complete()).isTrue();

        assertThatThrownBy(() -> hq.content(b.e.token(), hash, 0, 4_000))
                .as("b's exhibit claims the hash, but b never sent the bytes")
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("hq.error.contentNotVisible");
        assertThat(hq.content(a.e.token(), hash, 0, 4_000)).isEqualTo(content);
    }

    /**
     * The same file ingested on two laptops (ADR 0019, "A second device proves it holds the bytes"): the second device
     * is not told that HQ holds the content; it sends the same bytes, HQ compares them with what it holds and keeps
     * none of them, and from then on the second device's exhibit opens the content as the uploader's does.
     */
    @Test
    void aSecondDeviceHoldingTheSameContentProvesItAndThenItsExhibitOpensTheContent() throws Exception {
        Laptop a = new Laptop("inv.a");
        Laptop b = new Laptop("inv.b");
        byte[] content = synthetic(4_000, 21);
        String hash = sha256(content);
        caseWithExhibit(a, "inv.a", UUID.randomUUID().toString(), UUID.randomUUID().toString(), hash);
        assertThat(chunk(a, hash, content, 0, 4_000).complete()).isTrue();
        caseWithExhibit(b, "inv.b", UUID.randomUUID().toString(), UUID.randomUUID().toString(), hash); // b's own case
        long chunksHeld = count("SELECT COUNT(*) FROM hq_content_chunk");

        assertThat(hq.contentState(b.e.token(), hash)).as("b is not told that HQ holds it")
                .isEqualTo(new HqStore.ContentState(0, 0, false));
        assertThatThrownBy(() -> chunk(b, hash, content, 1_000, 2_000)).as("from the first byte, as an upload")
                .isInstanceOf(ConflictException.class).hasMessageContaining("hq.error.contentOffset");
        assertThat(chunk(b, hash, content, 0, 1_500)).isEqualTo(new HqStore.ContentState(4_000, 1_500, false));
        assertThat(hq.contentState(b.e.token(), hash)).as("resumes where its proof stands")
                .isEqualTo(new HqStore.ContentState(4_000, 1_500, false));
        assertThatThrownBy(() -> hq.content(b.e.token(), hash, 0, 4_000)).as("not before every byte matched")
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("hq.error.contentNotVisible");
        assertThat(chunk(b, hash, content, 1_500, 4_000)).isEqualTo(new HqStore.ContentState(4_000, 4_000, true));

        assertThat(hq.content(b.e.token(), hash, 0, 4_000)).as("b's exhibit opens it now").isEqualTo(content);
        assertThat(hq.contentState(b.e.token(), hash)).isEqualTo(new HqStore.ContentState(4_000, 4_000, true));
        assertThat(chunk(b, hash, content, 0, 4_000).complete()).as("a chunk sent again changes nothing").isTrue();
        assertThat(count("SELECT COUNT(*) FROM hq_content_chunk")).as("nothing of b's bytes kept")
                .isEqualTo(chunksHeld);
        assertThat(count("SELECT COUNT(*) FROM hq_audit WHERE action = 'ContentPossessionProven'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM hq_audit WHERE action = 'ContentAccepted'")).isEqualTo(1);
    }

    /**
     * A device that pushes an exhibit with the hash of content HQ holds, and does not hold the bytes, gets the answers
     * an upload of new content gets (a whole hash that differs, told at the last byte), learns nothing of what HQ
     * holds, and opens nothing; a proof left standing is dropped as an upload is.
     */
    @Test
    void aDeviceClaimingAHashWithoutTheBytesIsAnsweredAsAnyUploadAndOpensNothing() throws Exception {
        Laptop a = new Laptop("inv.a");
        Laptop b = new Laptop("inv.b");
        byte[] content = synthetic(4_000, 23);
        String hash = sha256(content);
        caseWithExhibit(a, "inv.a", UUID.randomUUID().toString(), UUID.randomUUID().toString(), hash);
        assertThat(chunk(a, hash, content, 0, 4_000).complete()).isTrue();
        caseWithExhibit(b, "inv.b", UUID.randomUUID().toString(), UUID.randomUUID().toString(), hash);
        byte[] guess = content.clone();
        guess[3_999] ^= 0x01; // right but for the last byte: each chunk's own hash is honest

        assertThat(chunk(b, hash, guess, 0, 2_000)).as("the first chunk matched")
                .isEqualTo(new HqStore.ContentState(4_000, 2_000, false));
        assertThatThrownBy(() -> chunk(b, hash, guess, 2_000, 4_000))
                .isInstanceOf(ConflictException.class).hasMessageContaining("hq.error.contentHash");
        assertThat(hq.contentState(b.e.token(), hash)).isEqualTo(new HqStore.ContentState(0, 0, false));

        byte[] stranger = synthetic(4_000, 99); // nothing like it: still no answer before the last byte
        assertThat(chunk(b, hash, stranger, 0, 2_000)).isEqualTo(new HqStore.ContentState(4_000, 2_000, false));
        assertThatThrownBy(() -> chunk(b, hash, stranger, 2_000, 4_000))
                .isInstanceOf(ConflictException.class).hasMessageContaining("hq.error.contentHash");
        byte[] longer = synthetic(5_000, 98); // another size announced: no different answer either
        assertThat(chunk(b, hash, longer, 0, 2_000)).isEqualTo(new HqStore.ContentState(5_000, 2_000, false));
        assertThatThrownBy(() -> chunk(b, hash, longer, 2_000, 5_000))
                .isInstanceOf(ConflictException.class).hasMessageContaining("hq.error.contentHash");

        assertThatThrownBy(() -> hq.content(b.e.token(), hash, 0, 4_000))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("hq.error.contentNotVisible");
        assertThat(hq.content(a.e.token(), hash, 0, 4_000)).as("a's content untouched").isEqualTo(content);
        assertThat(count("SELECT COUNT(*) FROM hq_audit WHERE action = 'ContentRefused'"
                + " AND detail LIKE 'whole hash differs%'")).isEqualTo(3);

        assertThat(chunk(b, hash, content, 0, 1_000).complete()).isFalse();
        clock.advance(HqService.ABANDONED_UPLOAD.plusMinutes(1));
        assertThat(hq.collectAbandonedUploads()).as("the proof left standing").isEqualTo(1);
        assertThat(hq.contentState(b.e.token(), hash)).isEqualTo(new HqStore.ContentState(0, 0, false));
        assertThat(hq.content(a.e.token(), hash, 0, 4_000)).as("accepted content stays").isEqualTo(content);
    }

    /**
     * An upload is idle by when its last chunk arrived, not when it started: a slow one still moving is not handed
     * over. One left standing for {@code HqService.ABANDONED_UPLOAD} is dropped, and its sender starts again from the
     * first byte; accepted content is never dropped (ADR 0019, 2026-12-04).
     */
    @Test
    void aSlowUploadStillMovingIsNotTakenOverAndOneLeftStandingIsDroppedButAcceptedContentStays() throws Exception {
        Laptop a = new Laptop("inv.a");
        Laptop b = new Laptop("inv.b");
        byte[] content = synthetic(6_000, 13);
        String hash = sha256(content);
        caseWithExhibit(a, "inv.a", UUID.randomUUID().toString(), UUID.randomUUID().toString(), hash);
        caseWithExhibit(b, "inv.b", UUID.randomUUID().toString(), UUID.randomUUID().toString(), hash);
        byte[] done = synthetic(3_000, 14);
        String doneHash = sha256(done);
        caseWithExhibit(a, "inv.a", UUID.randomUUID().toString(), UUID.randomUUID().toString(), doneHash);
        assertThat(chunk(a, doneHash, done, 0, 3_000).complete()).isTrue();

        chunk(a, hash, content, 0, 2_000);
        clock.advance(java.time.Duration.ofMinutes(14));
        chunk(a, hash, content, 2_000, 4_000);
        clock.advance(java.time.Duration.ofMinutes(14));
        assertThatThrownBy(() -> chunk(b, hash, content, 0, 2_000))
                .as("28 minutes after it started, a's upload moved 14 minutes ago: still a's")
                .isInstanceOf(ConflictException.class).hasMessageContaining("hq.error.contentBusy");

        clock.advance(HqService.ABANDONED_UPLOAD.minusMinutes(15));
        assertThat(hq.collectAbandonedUploads()).as("not yet standing long enough").isZero();
        clock.advance(java.time.Duration.ofMinutes(2));
        assertThat(hq.collectAbandonedUploads()).isEqualTo(1);
        assertThat(hq.collectAbandonedUploads()).as("once").isZero();
        assertThat(count("SELECT COUNT(*) FROM hq_content_chunk WHERE sha256 = '" + hash + "'")).isZero();
        assertThat(hq.contentState(a.e.token(), hash)).as("a starts again from the first byte")
                .isEqualTo(new HqStore.ContentState(0, 0, false));
        assertThat(chunk(a, hash, content, 0, 6_000).complete()).isTrue();
        assertThat(hq.content(a.e.token(), doneHash, 0, 3_000)).as("accepted content stays").isEqualTo(done);
        assertThat(count("SELECT COUNT(*) FROM hq_audit WHERE action = 'AbandonedUploadsDropped'")).isEqualTo(1);
    }

    /**
     * HQ keeps each user's need-to-know between pages (ADR 0019, "Feed cost per page"): a push that changes who may
     * see a case the device may already hold records of must change the scope at the very next page, and an edit
     * that does not must change nothing; an HQ process that kept nothing answers the same.
     */
    @Test
    void aCaseWhoseLeadChangesChangesTheScopeAtTheNextPageAndAnEditThatLeavesAccessChangesNothing()
            throws Exception {
        Laptop a = new Laptop("inv.a");
        Laptop b = new Laptop("inv.b");
        String caseId = UUID.randomUUID().toString();
        a.push(a.change("case_file", caseId, "INSERT", "id", null, "\"" + caseId + "\"", "unit_code", null,
                "\"ATU-DEMO\"", "lead_investigator", null, "\"inv.a\"", "title", null, "\"DEMO one\""));
        org.shield.application.sync.FeedPage start = hq.feed(b.e.token(), 0, 100, "", null);
        assertThat(start.scopeChanged()).as("a new device learns its scope first").isTrue();
        org.shield.application.sync.FeedPage first = hq.feed(b.e.token(), 0, 100, start.scope(), null);
        assertThat(first.scopeChanged()).isFalse();
        assertThat(first.records()).as("not b's case").isEmpty();

        a.push(a.change("case_file", caseId, "UPDATE", "title", "\"DEMO one\"", "\"DEMO two\""));
        org.shield.application.sync.FeedPage edited = hq.feed(b.e.token(), first.next(), 100, first.scope(), null);
        assertThat(edited.scopeChanged()).as("an edit that leaves who may see the case").isFalse();

        a.push(a.change("case_file", caseId, "UPDATE", "lead_investigator", "\"inv.a\"", "\"inv.b\""));
        org.shield.application.sync.FeedPage led = hq.feed(b.e.token(), edited.next(), 100, edited.scope(), null);
        assertThat(led.scopeChanged()).as("b now leads a case it could hold records of").isTrue();
        assertThat(led.visibleCases()).containsExactly(UUID.fromString(caseId));

        HqService keptNothing = new HqService(new JdbcHqStore(db.dataSource(), seal),
                new Argon2PassphraseHasher(Argon2Params.FAST), clock);
        org.shield.application.sync.FeedPage fresh = keptNothing.feed(b.e.token(), edited.next(), 100,
                edited.scope(), null);
        assertThat(fresh.scopeChanged()).isTrue();
        assertThat(fresh.scope()).isEqualTo(led.scope());
        org.shield.application.sync.FeedPage again = hq.feed(b.e.token(), 0, 100, led.scope(), null);
        assertThat(again.scopeChanged()).isFalse();
        assertThat(again.scope()).isEqualTo(keptNothing.feed(b.e.token(), 0, 100, led.scope(), null).scope());
        assertThat(again.records()).as("b's case now reaches b").isNotEmpty();
    }

    /**
     * A conflict on who leads a case, resolved at HQ, changes who may see the case exactly as a push of the chosen
     * value would: HQ's relations follow the resolution, their version moves, and the new lead's next page says so.
     */
    @Test
    void resolvingAConflictOnACasesLeadMovesItsNeedToKnow() throws Exception {
        Laptop a = new Laptop("inv.a");
        Laptop b = new Laptop("inv.b");
        Laptop c = new Laptop("inv.c");
        String caseId = UUID.randomUUID().toString();
        a.push(a.change("case_file", caseId, "INSERT", "id", null, "\"" + caseId + "\"", "unit_code", null,
                "\"ATU-DEMO\"", "lead_investigator", null, "\"inv.a\"", "title", null, "\"DEMO lead\""));
        a.push(a.change("case_file", caseId, "UPDATE", "lead_investigator", "\"inv.a\"", "\"inv.x\""));
        PushResult rb = b.push(b.change("case_file", caseId, "UPDATE", "lead_investigator", "\"inv.a\"",
                "\"inv.b\""));
        assertThat(rb.conflicts()).isEqualTo(1);
        Laptop supervisor = new Laptop("sup.a", "Supervisor");
        org.shield.application.sync.ConflictView lead = hq.conflicts(supervisor.e.token()).stream()
                .filter(k -> "lead_investigator".equals(k.column())).findFirst().orElseThrow();

        org.shield.application.sync.FeedPage start = hq.feed(c.e.token(), 0, 100, "", null);
        org.shield.application.sync.FeedPage before = hq.feed(c.e.token(), 0, 100, start.scope(), null);
        assertThat(before.records()).as("not c's case yet").isEmpty();
        long version = count("SELECT relations_version FROM hq_feed_state");

        hq.resolve(supervisor.e.token(), lead.id(), "\"inv.c\"");

        assertThat(field("case_file", caseId, "lead_investigator")).isEqualTo("\"inv.c\"");
        try (Connection conn = db.dataSource().getConnection(); PreparedStatement ps = conn.prepareStatement(
                "SELECT lead FROM hq_case WHERE case_id = ?")) {
            ps.setObject(1, UUID.fromString(caseId));
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("need-to-know follows the resolution").isEqualTo("inv.c");
            }
        }
        assertThat(count("SELECT relations_version FROM hq_feed_state")).isGreaterThan(version);
        org.shield.application.sync.FeedPage after = hq.feed(c.e.token(), before.next(), 100, before.scope(), null);
        assertThat(after.scopeChanged()).as("c now leads a case it could hold records of").isTrue();
        assertThat(after.visibleCases()).contains(UUID.fromString(caseId));
    }
}
