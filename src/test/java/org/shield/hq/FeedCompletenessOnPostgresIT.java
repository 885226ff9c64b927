package org.shield.hq;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shield.application.sync.Change;
import org.shield.application.sync.Enrolment;
import org.shield.application.sync.FeedPage;
import org.shield.application.sync.FeedRecord;
import org.shield.application.sync.Hlc;
import org.shield.application.sync.PushBatch;
import org.shield.hq.store.HqDatabase;
import org.shield.hq.store.JdbcHqStore;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.Argon2PassphraseHasher;

/**
 * The change feed never skips a change that committed late (issue 7, ADR 0019), on a real PostgreSQL: several
 * devices push at once, each push pausing a random while before it commits, while two other devices pull all the
 * time; afterwards each puller holds every record. New cases arriving do not make a puller start over.
 */
class FeedCompletenessOnPostgresIT {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final char[] PASS = "synthetic feed passphrase".toCharArray();

    private record Device(Enrolment e, KeyPair key) {
    }

    private static Device enrol(HqService hq, String user) throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String code = hq.issueCode(hq.signIn("hq.admin", PASS), user, "Supervisor", "TST").code();
        return new Device(hq.enrol(code, Base64.getEncoder().encodeToString(key.getPublic().getEncoded()), user), key);
    }

    @Test
    void pullersGetEveryRecordWhilePushesCommitInAnotherOrderThanTheyBegan() throws Exception {
        try (EmbeddedPostgres pg = org.shield.testing.EmbeddedPg.start()) {
            HqDatabase db = HqDatabase.open("jdbc:postgresql://localhost:" + pg.getPort() + "/postgres?user=postgres",
                    null, null);
            try {
                HqService hq = new HqService(new JdbcHqStore(db.dataSource(), org.shield.testing.HqSeals.fresh(),
                        () -> ThreadLocalRandom.current().nextLong(40)), new Argon2PassphraseHasher(Argon2Params.FAST),
                        Clock.systemUTC());
                hq.createFirstAdministrator("hq.admin", PASS);
                List<Device> writers = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    writers.add(enrol(hq, "sup.w" + i));
                }
                List<Device> readers = List.of(enrol(hq, "sup.r0"), enrol(hq, "sup.r1"));
                Set<String> written = ConcurrentHashMap.newKeySet();
                AtomicBoolean writing = new AtomicBoolean(true);
                AtomicInteger restarts = new AtomicInteger();
                ExecutorService pool = Executors.newFixedThreadPool(6);
                List<Future<?>> pushes = new ArrayList<>();
                for (Device w : writers) {
                    pushes.add(pool.submit(() -> {
                        long seq = 1;
                        Hlc hlc = Hlc.ZERO;
                        for (int batch = 0; batch < 20; batch++) {
                            List<Change> changes = new ArrayList<>();
                            for (int k = 0; k < 3; k++) {
                                String key = "{\"id\":\"" + UUID.randomUUID() + "\"}";
                                hlc = hlc.tick(System.currentTimeMillis());
                                changes.add(new Change(seq++, UUID.randomUUID(), "case_file", key, "INSERT",
                                        "{\"unit_code\":[null,\"TST\"],\"title\":[null,\"DEMO feed case\"]}",
                                        Instant.now(), hlc.toString()));
                            }
                            byte[] body = JSON.writeValueAsBytes(new PushBatch(w.e().deviceId(), Instant.now(), null,
                                    changes));
                            Signature s = Signature.getInstance("Ed25519");
                            s.initSign(w.key().getPrivate());
                            s.update(body);
                            hq.push(w.e().token(), body, Base64.getEncoder().encodeToString(s.sign()));
                            changes.forEach(c -> written.add(c.rowKey()));
                        }
                        return null;
                    }));
                }
                List<Set<String>> held = List.of(ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet());
                long[][] state = new long[2][1];
                String[] scopes = new String[2];
                List<Future<?>> pulls = new ArrayList<>();
                for (int r = 0; r < 2; r++) {
                    int me = r;
                    pulls.add(pool.submit(() -> {
                        boolean last = false;
                        while (true) {
                            boolean stillWriting = writing.get();
                            FeedPage page = hq.feed(readers.get(me).e().token(), state[me][0], 25, scopes[me], null);
                            if (page.scopeChanged()) {
                                if (scopes[me] != null) {
                                    restarts.incrementAndGet();
                                }
                                scopes[me] = page.scope();
                                state[me][0] = 0;
                                continue;
                            }
                            for (FeedRecord f : page.records()) {
                                held.get(me).add(f.rowKey());
                            }
                            state[me][0] = page.next();
                            scopes[me] = page.scope();
                            if (!page.more()) {
                                if (last) {
                                    return null;
                                }
                                last = !stillWriting;
                                Thread.sleep(5);
                            }
                        }
                    }));
                }
                for (Future<?> f : pushes) {
                    f.get();
                }
                writing.set(false);
                for (Future<?> f : pulls) {
                    f.get();
                }
                pool.shutdown();

                assertThat(written).hasSize(4 * 20 * 3);
                for (Set<String> h : held) {
                    Set<String> missing = new HashSet<>(written);
                    missing.removeAll(h);
                    assertThat(missing).as("records a puller never received").isEmpty();
                }
                assertThat(restarts.get()).as("new cases never make a puller start over").isZero();
            } finally {
                db.close();
            }
        }
    }
}
