package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.common.SyncException;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.security.Workspace;
import org.shield.application.sync.Backoff;
import org.shield.bootstrap.Wiring;
import org.shield.domain.evidence.CustodyAction;
import org.shield.domain.evidence.HashCheck;
import org.shield.domain.security.Role;
import org.shield.infra.sync.HttpHqClient;
import org.shield.infra.vault.Argon2Params;
import org.shield.testing.Exhibits;
import org.shield.testing.FaultProxy;
import org.shield.testing.HqInProcess;

/**
 * Exhibit content over sync (issue 7, ADR 0019), with real vaults on H2 files and HQ in process over loopback HTTP
 * through a fault-injecting proxy: an upload cut at random points resumes and HQ ends with exactly the right bytes; a
 * bit flipped on the way costs one chunk sent again; another laptop gets the record, fetches the content only when
 * it is opened and reads identical bytes; a user who may not see the case is refused; opening offline says the content
 * is at HQ. Chunks are small (4 KiB) so that small synthetic contents take many. Synthetic data only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExhibitContentSyncIT {
    private static final String UNIT = "TST";
    private static final int CHUNK = 4 * 1024;
    private static final Backoff QUICK = new Backoff(4, Duration.ofMillis(40), Duration.ofMillis(160));
    @TempDir
    static Path tmp;
    private HqInProcess hq;
    private FaultProxy proxy;
    private Workspace a;
    private Workspace b;
    private UUID caseId;

    @BeforeAll
    void start() throws Exception {
        hq = new HqInProcess();
        proxy = new FaultProxy(hq.url());
        var vaults = new Wiring(Clock.systemUTC(), Argon2Params.FAST, QUICK, CHUNK).vaultService();
        a = hq.laptop(vaults, proxy.url(), tmp.resolve("laptop-a"), "sup.a", Role.Supervisor, UNIT);
        b = hq.laptop(vaults, proxy.url(), tmp.resolve("laptop-b"), "sup.b", Role.Supervisor, UNIT);
        caseId = a.cases().create(new CreateCaseCommand("DEMO exhibit content case", null, Set.of(), UNIT, null,
                null, "DEMO summary", null, Set.of("demo"))).id();
    }

    @BeforeEach
    void clearFaults() {
        proxy.plan(n -> FaultProxy.Fault.NONE);
    }

    @AfterAll
    void stop() {
        a.close();
        b.close();
        proxy.close();
        hq.close();
    }

    private ExhibitDetails exhibit(Workspace ws, byte[] content) throws Exception {
        return Exhibits.add(ws, caseId, tmp, content);
    }

    private static byte[] synthetic(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    /** The SHA-256 of what HQ holds for {@code hash}, its chunks read back in order; null if not accepted whole. */
    private String atHq(String hash) throws Exception {
        try (Connection c = hq.dataSource().getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT complete FROM hq_content WHERE sha256 = ?")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || !rs.getBoolean(1)) {
                        return null;
                    }
                }
            }
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT data, chunk_start, sealed FROM hq_content_chunk WHERE sha256 = ? ORDER BY chunk_start")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        assertThat(rs.getBoolean(3)).as("HQ stores content sealed").isTrue();
                        md.update(hq.seal().openBytes(rs.getBytes(1),
                                org.shield.hq.store.ValueSeal.chunk(hash, rs.getLong(2))));
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        }
    }

    private long chunkPosts() {
        return proxy.recorded().stream().filter(r -> r.pathAndQuery().contains("/chunks")).count();
    }

    private long contentGets() {
        return proxy.recorded().stream().filter(r -> "GET".equals(r.method())
                && r.pathAndQuery().matches(".*/device/content/[0-9a-f]{64}\\?.*")).count();
    }


    @Test
    void anUploadCutAtRandomPointsResumesAndHqHoldsExactlyTheRightHash() throws Exception {
        for (long seed : new long[] {11, 23, 47}) {
            Random faults = new Random(seed);
            byte[] content = synthetic(20_000 + faults.nextInt(30_000), seed);
            String hash = sha256(content);
            exhibit(a, content);
            FaultProxy.Fault[] kinds = {FaultProxy.Fault.DROP_BEFORE, FaultProxy.Fault.DROP_AFTER,
                FaultProxy.Fault.TRUNCATE};
            AtomicInteger cuts = new AtomicInteger();
            AtomicInteger contentRequests = new AtomicInteger();
            int surelyCut = 2 + faults.nextInt(4); // at least one cut, wherever the random ones fall
            proxy.plan((n, r) -> {
                if (r.pathAndQuery().contains("/device/content/") && cuts.get() < 8) {
                    synchronized (faults) {
                        if (contentRequests.incrementAndGet() == surelyCut || faults.nextInt(100) < 30) {
                            cuts.incrementAndGet();
                            return kinds[faults.nextInt(kinds.length)];
                        }
                    }
                }
                return FaultProxy.Fault.NONE;
            });
            boolean done = false;
            for (int attempt = 0; attempt < 10 && !done; attempt++) {
                try {
                    a.sync().syncNow();
                    done = true;
                } catch (SyncException cut) {
                    assertThat(cut.userMessage().key()).isIn("sync.error.unreachable", "sync.error.answer");
                }
            }

            assertThat(done).as("seed %d: the sync completed", seed).isTrue();
            assertThat(cuts.get()).as("seed %d: the upload was cut", seed).isPositive();
            assertThat(atHq(hash)).as("seed %d: HQ holds exactly the content", seed).isEqualTo(hash);
            proxy.plan(n -> FaultProxy.Fault.NONE);
            long before = chunkPosts();
            a.sync().syncNow();
            assertThat(chunkPosts()).as("seed %d: a confirmed content is not sent again", seed).isEqualTo(before);
        }
    }

    @Test
    void aBitFlippedInTransitIsRefusedAndOnlyThatChunkIsSentAgain() throws Exception {
        a.sync().syncNow(); // nothing of earlier tests waiting
        byte[] content = synthetic(5 * CHUNK, 5);
        String hash = sha256(content);
        exhibit(a, content);
        AtomicInteger chunks = new AtomicInteger();
        proxy.plan((n, r) -> r.pathAndQuery().contains("/chunks") && chunks.incrementAndGet() == 3
                ? FaultProxy.Fault.FLIP_BIT : FaultProxy.Fault.NONE);
        long before = chunkPosts();

        a.sync().syncNow();

        assertThat(atHq(hash)).isEqualTo(hash);
        assertThat(chunkPosts() - before).as("five chunks and the damaged one again").isEqualTo(6);
        assertThat(hq.count("SELECT COUNT(*) FROM hq_audit WHERE action = 'ChunkRefused'")).isEqualTo(1);
    }

    @Test
    void anotherLaptopGetsTheRecordFetchesTheContentOnlyWhenOpenedAndReadsIdenticalBytes() throws Exception {
        byte[] content = synthetic(3 * CHUNK + 123, 9);
        ExhibitDetails made = exhibit(a, content);
        a.sync().syncNow();
        b.sync().syncNow();
        long blobsBefore = Exhibits.blobs(tmp.resolve("laptop-b"));
        long getsBefore = contentGets();

        ExhibitDetails onB = b.evidence().get(made.id());
        assertThat(onB.sha256()).isEqualTo(sha256(content));
        assertThat(contentGets()).as("nothing fetched by a sync").isEqualTo(getsBefore);

        byte[] seen = Exhibits.read(b.evidence().open(made.id(), null));

        assertThat(seen).isEqualTo(content);
        assertThat(contentGets() - getsBefore).as("fetched range by range").isEqualTo(4);
        assertThat(Exhibits.blobs(tmp.resolve("laptop-b"))).as("kept, encrypted, in b's evidence store")
                .isEqualTo(blobsBefore + 1);
        assertThat(b.evidence().custody(made.id())).last()
                .satisfies(ev -> {
                    assertThat(ev.action()).isEqualTo(CustodyAction.Viewed);
                    assertThat(ev.recordedBy()).isEqualTo("sup.b");
                });
        assertThat(Exhibits.read(b.evidence().open(made.id(), null))).isEqualTo(content);
        assertThat(contentGets() - getsBefore).as("opened again from b's own store").isEqualTo(4);

        b.sync().syncNow();
        a.sync().syncNow();
        assertThat(Exhibits.read(a.evidence().open(made.id(), null))).as("where b keeps it never travels to a")
                .isEqualTo(content);
        // b's content check reads what it fetched; its custody check compares with what b recorded as it arrived
        assertThat(b.evidence().verifyExhibit(made.id(), ProgressListener.NONE, new CancellationToken()).results())
                .singleElement().satisfies(r -> {
                    assertThat(r.content()).isEqualTo(HashCheck.Match);
                    assertThat(r.intact()).isTrue();
                });
    }

    /**
     * The same file taken in as an exhibit on two laptops (ADR 0019, "A second device proves it holds the bytes"): HQ
     * does not tell the second laptop that it holds the content, the second laptop sends the bytes as it would any
     * upload, HQ compares them and keeps one copy, and the second laptop counts its content as at HQ from then on.
     */
    @Test
    void theSameFileTakenInOnTwoLaptopsIsSentByBothAndHqKeepsOneCopy() throws Exception {
        byte[] content = synthetic(2 * CHUNK + 7, 19);
        String hash = sha256(content);
        exhibit(a, content);
        a.sync().syncNow();
        assertThat(atHq(hash)).isEqualTo(hash);
        exhibit(b, content);
        long postsBefore = chunkPosts();

        b.sync().syncNow();

        assertThat(chunkPosts() - postsBefore).as("b sends every chunk: HQ told it nothing").isEqualTo(3);
        assertThat(hq.count("SELECT COUNT(*) FROM hq_content_proof WHERE sha256 = '" + hash + "' AND complete"))
                .isEqualTo(1);
        assertThat(hq.count("SELECT COUNT(*) FROM hq_content_chunk WHERE sha256 = '" + hash + "'"))
                .as("one copy at HQ").isEqualTo(3);
        assertThat(atHq(hash)).isEqualTo(hash);
        long after = chunkPosts();
        b.sync().syncNow();
        assertThat(chunkPosts()).as("confirmed in b's vault: not sent again").isEqualTo(after);
    }

    @Test
    void openingContentThatIsOnlyAtHqWhileOfflineSaysSoAndRecordsNoViewing() throws Exception {
        byte[] content = synthetic(2 * CHUNK, 13);
        ExhibitDetails made = exhibit(a, content);
        a.sync().syncNow();
        b.sync().syncNow();
        int stepsBefore = b.evidence().custody(made.id()).size();
        proxy.plan(n -> FaultProxy.Fault.DROP_BEFORE);

        assertThatThrownBy(() -> b.evidence().open(made.id(), null))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.userMessage().key())
                        .isEqualTo("evidence.contentAtHq"));
        assertThat(b.evidence().custody(made.id())).hasSize(stepsBefore);

        proxy.plan(n -> FaultProxy.Fault.NONE);
        assertThat(Exhibits.read(b.evidence().open(made.id(), null))).isEqualTo(content);
    }

    @Test
    void hqRefusesTheContentToADeviceWhoseUserMayNotSeeTheCase() throws Exception {
        byte[] content = synthetic(CHUNK, 17);
        ExhibitDetails made = exhibit(a, content);
        a.sync().syncNow();
        var vaults = new Wiring(Clock.systemUTC(), Argon2Params.FAST, QUICK, CHUNK).vaultService();
        try (Workspace other = hq.laptop(vaults, proxy.url(), tmp.resolve("laptop-c"), "inv.c", Role.Investigator,
                "OTH")) {
            other.sync().syncNow();
            String token = other.sync().enrolment().orElseThrow().token();
            HttpHqClient client = new HttpHqClient();

            assertThatThrownBy(() -> other.evidence().get(made.id())).isInstanceOf(ApplicationException.class);
            assertThatThrownBy(() -> client.content(proxy.url(), token, made.sha256(), 0, CHUNK))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.userMessage().key())
                            .isEqualTo("hq.error.contentNotVisible"));
            assertThat(client.contentState(proxy.url(), token, made.sha256()).held())
                    .as("HQ does not even say it holds it").isZero();
        }
        assertThat(hq.count("SELECT COUNT(*) FROM hq_audit WHERE action = 'ContentRefused'")).isPositive();
    }
}
