package org.shield.application.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.SyncException;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.evidence.EvidenceStore;

/**
 * The laptop's side of exhibit content (ADR 0019) against an in-memory HQ that keeps HQ's rules (offsets, chunk
 * hashes, the whole hash), with faults injected where the network would: answers lost, chunks damaged, HQ gone.
 * No database, no network. Synthetic bytes only.
 */
class ExhibitTransferTest {
    private static final int CHUNK = 1_000;
    private static final DeviceEnrolment ENROLMENT = new DeviceEnrolment(URI.create("http://127.0.0.1:1/"),
            UUID.randomUUID(), "synthetic-token", "sup.a", "Supervisor", "TST", Instant.EPOCH, null);

    /** HQ in memory: what it holds per hash, and the faults to play. */
    static final class MemoryHq {
        final Map<String, ByteArrayOutputStream> held = new HashMap<>();
        final Set<String> complete = new LinkedHashSet<>();
        final List<Long> chunkOffsets = new ArrayList<>();
        int loseAnswerOfChunk = -1;
        int damageChunks;
        boolean gone;

        HqClient client() {
            return (HqClient) Proxy.newProxyInstance(HqClient.class.getClassLoader(), new Class<?>[] {HqClient.class},
                    (proxy, m, args) -> {
                        try {
                            return switch (m.getName()) {
                                case "pinned" -> proxy;
                                case "contentState" -> state((String) args[2]);
                                case "sendChunk" -> chunk((String) args[2], (long) args[3], (long) args[4],
                                        (byte[]) args[5], (String) args[6]);
                                case "content" -> range((String) args[2], (long) args[3], (int) args[4]);
                                default -> throw new UnsupportedOperationException(m.getName());
                            };
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        private void reachable() throws SyncException {
            if (gone) {
                throw new SyncException(new UserMessage("sync.error.unreachable", "hq"));
            }
        }

        SyncApi.ContentState state(String hash) throws SyncException {
            reachable();
            ByteArrayOutputStream b = held.get(hash);
            return new SyncApi.ContentState(0, b == null ? 0 : b.size(), complete.contains(hash));
        }

        SyncApi.ContentState chunk(String hash, long size, long offset, byte[] data, String chunkHash)
                throws Exception {
            reachable();
            chunkOffsets.add(offset);
            if (damageChunks > 0) {
                damageChunks--;
                throw new ValidationException(new UserMessage("hq.error.chunkHash", offset));
            }
            if (!sha256(data).equals(chunkHash)) {
                throw new ValidationException(new UserMessage("hq.error.chunkHash", offset));
            }
            ByteArrayOutputStream b = held.computeIfAbsent(hash, h -> new ByteArrayOutputStream());
            if (complete.contains(hash)) {
                return new SyncApi.ContentState(size, size, true);
            }
            if (offset != b.size()) {
                throw new ConflictException(new UserMessage("hq.error.contentOffset", b.size()));
            }
            b.write(data);
            if (b.size() == size) {
                if (!sha256(b.toByteArray()).equals(hash)) {
                    held.remove(hash);
                    throw new ConflictException(new UserMessage("hq.error.contentHash"));
                }
                complete.add(hash);
            }
            if (chunkOffsets.size() == loseAnswerOfChunk) {
                throw new SyncException(new UserMessage("sync.error.unreachable", "hq"));
            }
            return new SyncApi.ContentState(size, b.size(), complete.contains(hash));
        }

        byte[] range(String hash, long from, int length) throws ApplicationException {
            reachable();
            if (!complete.contains(hash)) {
                throw new NotFoundException(new UserMessage("hq.error.noContent"));
            }
            byte[] all = held.get(hash).toByteArray();
            int end = (int) Math.min(all.length, from + length);
            return java.util.Arrays.copyOfRange(all, (int) from, end);
        }
    }

    private final MemoryHq hq = new MemoryHq();
    private final Map<String, byte[]> blobs = new HashMap<>();
    private final List<ContentLedger.Local> local = new ArrayList<>();
    private final Set<String> confirmed = new LinkedHashSet<>();

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private byte[] held(int size, long seed) throws Exception {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        String blob = "blob" + seed;
        blobs.put(blob, b);
        local.add(new ContentLedger.Local(sha256(b), size, blob, new byte[] {1}));
        return b;
    }

    private ExhibitTransfer transfer() {
        TransactionRunner tx = new TransactionRunner() {
            @Override
            public <T> T write(Work<T> work) throws ApplicationException {
                return work.run();
            }

            @Override
            public <T> T read(Work<T> work) throws ApplicationException {
                return work.run();
            }
        };
        ContentLedger ledger = new ContentLedger() {
            @Override
            public List<Local> unconfirmed(int limit) {
                return local.stream().filter(l -> !confirmed.contains(l.sha256())).limit(limit).toList();
            }

            @Override
            public void confirmed(String sha256, Instant at) {
                confirmed.add(sha256);
            }
        };
        EvidenceStore store = (EvidenceStore) Proxy.newProxyInstance(EvidenceStore.class.getClassLoader(),
                new Class<?>[] {EvidenceStore.class}, (p, m, args) -> {
                    if (!"open".equals(m.getName())) {
                        throw new UnsupportedOperationException(m.getName());
                    }
                    return new ByteArrayInputStream(blobs.get((String) args[0]));
                });
        EnrolmentStore enrolments = new EnrolmentStore() {
            @Override
            public Optional<DeviceEnrolment> current() {
                return Optional.of(ENROLMENT);
            }

            @Override
            public void save(DeviceEnrolment e) {
                throw new UnsupportedOperationException();
            }
        };
        return new ExhibitTransfer(tx, ledger, store, enrolments, hq.client(), Clock.systemUTC(),
                new Backoff(3, Duration.ofMillis(1), Duration.ofMillis(2)), d -> { }, CHUNK);
    }

    @Test
    void contentGoesInChunksAndCountsAsAtHqOnlyOnceHqAcceptedTheWhole() throws Exception {
        byte[] content = held(3_500, 1);
        AtomicLong sent = new AtomicLong();

        int done = transfer().upload(hq.client(), ENROLMENT, sent::addAndGet, new org.shield.application.common.CancellationToken());

        assertThat(done).isEqualTo(1);
        assertThat(hq.chunkOffsets).containsExactly(0L, 1_000L, 2_000L, 3_000L);
        assertThat(hq.held.get(sha256(content)).toByteArray()).isEqualTo(content);
        assertThat(confirmed).containsExactly(sha256(content));
        assertThat(sent.get()).isEqualTo(3_500);
        assertThat(transfer().upload(hq.client(), ENROLMENT, sent::addAndGet, new org.shield.application.common.CancellationToken())).as("nothing left").isZero();
    }

    @Test
    void aSyncAskedToStopStopsBetweenChunksAndTheNextResumesAtHqsOffset() throws Exception {
        byte[] content = held(3_500, 9);
        org.shield.application.common.CancellationToken stop = new org.shield.application.common.CancellationToken();
        AtomicLong sent = new AtomicLong();

        assertThatThrownBy(() -> transfer().upload(hq.client(), ENROLMENT, n -> {
            sent.addAndGet(n);
            if (sent.get() >= 2_000) {
                stop.cancel(); // the user locks the laptop during the third chunk's wait
            }
        }, stop)).isInstanceOf(org.shield.application.common.OperationCancelledException.class);

        assertThat(hq.chunkOffsets).as("no chunk after the stop").containsExactly(0L, 1_000L);
        assertThat(confirmed).isEmpty();
        assertThat(transfer().upload(hq.client(), ENROLMENT, sent::addAndGet, new org.shield.application.common.CancellationToken())).isEqualTo(1);
        assertThat(hq.chunkOffsets).containsExactly(0L, 1_000L, 2_000L, 3_000L);
        assertThat(hq.held.get(sha256(content)).toByteArray()).isEqualTo(content);
    }

    @Test
    void aChunkWhoseAnswerWasLostIsNotSentTwiceAndCountsOnce() throws Exception {
        byte[] content = held(3_500, 2);
        hq.loseAnswerOfChunk = 2;
        AtomicLong sent = new AtomicLong();

        transfer().upload(hq.client(), ENROLMENT, sent::addAndGet, new org.shield.application.common.CancellationToken());

        assertThat(hq.chunkOffsets).as("the retry of 1000 is refused as held; HQ's count moves on")
                .containsExactly(0L, 1_000L, 1_000L, 2_000L, 3_000L);
        assertThat(hq.held.get(sha256(content)).toByteArray()).isEqualTo(content);
        assertThat(sent.get()).isEqualTo(3_500);
    }

    @Test
    void anUploadResumesAtTheOffsetHqHolds() throws Exception {
        byte[] content = held(3_500, 3);
        hq.held.put(sha256(content), new ByteArrayOutputStream());
        hq.held.get(sha256(content)).write(content, 0, 2_000);
        AtomicLong sent = new AtomicLong();

        transfer().upload(hq.client(), ENROLMENT, sent::addAndGet, new org.shield.application.common.CancellationToken());

        assertThat(hq.chunkOffsets).containsExactly(2_000L, 3_000L);
        assertThat(sent.get()).as("only what this sync sent").isEqualTo(1_500);
        assertThat(hq.complete).contains(sha256(content));
    }

    @Test
    void aDamagedChunkIsSentAgainAndDamageWithoutEndStopsTheSyncWithAClearMessage() throws Exception {
        byte[] content = held(2_500, 4);
        hq.damageChunks = 1;
        transfer().upload(hq.client(), ENROLMENT, n -> { }, new org.shield.application.common.CancellationToken());
        assertThat(hq.chunkOffsets).containsExactly(0L, 0L, 1_000L, 2_000L);
        assertThat(hq.complete).contains(sha256(content));

        held(1_500, 5);
        hq.damageChunks = 100;
        assertThatThrownBy(() -> transfer().upload(hq.client(), ENROLMENT, n -> { }, new org.shield.application.common.CancellationToken()))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.userMessage().key())
                        .isEqualTo("sync.error.contentDamaged"));
    }

    @Test
    void contentHqRefusesAsAWholeIsLeftUnconfirmedAndTheOthersStillGo() throws Exception {
        byte[] bad = held(1_500, 6);
        blobs.put("blob6", java.util.Arrays.copyOf(bad, bad.length)); // the bytes here...
        blobs.get("blob6")[1_499] ^= 1; // ...no longer have the hash the record carries
        byte[] good = held(1_200, 7);

        int done = transfer().upload(hq.client(), ENROLMENT, n -> { }, new org.shield.application.common.CancellationToken());

        assertThat(done).isEqualTo(1);
        assertThat(confirmed).containsExactly(sha256(good));
        assertThat(hq.held).doesNotContainKey(sha256(bad));
    }

    @Test
    void contentIsReadFromHqRangeByRangeAndOfflineSaysItIsAtHq() throws Exception {
        byte[] content = held(2_345, 8);
        transfer().upload(hq.client(), ENROLMENT, n -> { }, new org.shield.application.common.CancellationToken());
        confirmed.clear();

        try (InputStream in = transfer().open(sha256(content), content.length)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(confirmed).as("HQ sends only content it holds whole").contains(sha256(content));

        assertThatThrownBy(() -> transfer().open(sha256(new byte[] {9}), 1))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.userMessage().key())
                        .isEqualTo("evidence.contentNotAtHqYet"));
        hq.gone = true;
        assertThatThrownBy(() -> transfer().open(sha256(content), content.length))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.userMessage().key())
                        .isEqualTo("evidence.contentAtHq"));
    }
}
