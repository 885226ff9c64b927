package org.shield.application.sync;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongConsumer;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.StorageException;
import org.shield.application.common.SyncException;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.evidence.EvidenceStore;
import org.shield.application.evidence.RemoteContent;

/**
 * Exhibit content between this vault and HQ (ADR 0019). Content is addressed by its SHA-256. After a push, every
 * content held here that HQ has not confirmed is sent in chunks, each with its own SHA-256, from the offset HQ says
 * it holds, so an upload cut off resumes where it stopped; a chunk HQ finds damaged is sent again; the content counts
 * as at HQ only once HQ has hashed the whole and accepted it. Another laptop reads content from HQ range by range
 * when an exhibit is first opened there ({@link RemoteContent}). Blocking; call from a worker thread.
 */
public final class ExhibitTransfer implements RemoteContent {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExhibitTransfer.class);
    /** Bytes per chunk sent, and per range fetched. */
    public static final int CHUNK = 1 << 20;
    /** A chunk HQ found damaged on the way is sent this many times in all before the sync gives up. */
    static final int CHUNK_TRIES = 4;
    /** The most contents one sync looks at. */
    private static final int MAX_CONTENTS = 100_000;

    private final TransactionRunner tx;
    private final ContentLedger ledger;
    private final EvidenceStore store;
    private final EnrolmentStore enrolments;
    private final HqClient hq;
    private final Clock clock;
    private final Backoff backoff;
    private final Backoff.Sleeper sleeper;
    private final int chunk;

    /**
     * @param chunk bytes per chunk and per fetched range ({@link #CHUNK}; tests use small ones, so that small
     *              contents still take many chunks)
     */
    public ExhibitTransfer(TransactionRunner tx, ContentLedger ledger, EvidenceStore store, EnrolmentStore enrolments,
            HqClient hq, Clock clock, Backoff backoff, Backoff.Sleeper sleeper, int chunk) {
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk");
        }
        this.tx = tx;
        this.ledger = ledger;
        this.store = store;
        this.enrolments = enrolments;
        this.hq = hq;
        this.clock = clock;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.chunk = chunk;
    }

    /**
     * Sends every content held here that HQ has not confirmed (ADR 0019), smallest first; {@code sent} hears the bytes
     * HQ took, as HQ's count of what it holds moves on. Returns how many contents HQ confirmed. A content HQ will not
     * take (no exhibit of this device carries its hash yet, or its whole hash differs: damage here, which verification
     * reports) is left for the next sync; a network failure after the retries ends the sync, and the next one resumes
     * at HQ's offset. It stops between chunks once {@code cancel} is cancelled; HQ keeps what it took.
     */
    int upload(HqClient via, DeviceEnrolment e, LongConsumer sent,
            org.shield.application.common.CancellationToken cancel) throws ApplicationException {
        List<ContentLedger.Local> waiting = tx.read(() -> ledger.unconfirmed(MAX_CONTENTS));
        int confirmed = 0;
        for (ContentLedger.Local l : waiting) {
            cancel.throwIfCancelled();
            boolean done;
            try {
                done = send(via, e, l, sent, cancel);
            } catch (SyncException | org.shield.application.common.OperationCancelledException stop) {
                throw stop; // HQ out of reach, or the sync asked to stop: it ends here and the next one resumes
            } catch (ApplicationException notThisOne) {
                // one content that cannot go (unreadable here, refused at HQ) must not stop the others, nor the sync
                LOG.warn("exhibit content of {} bytes not sent: {}", l.size(), notThisOne.userMessage().key());
                continue;
            }
            if (done) {
                tx.write(() -> {
                    ledger.confirmed(l.sha256(), clock.instant());
                    return null;
                });
                confirmed++;
            }
        }
        return confirmed;
    }

    private boolean send(HqClient via, DeviceEnrolment e, ContentLedger.Local l, LongConsumer sent,
            org.shield.application.common.CancellationToken cancel) throws ApplicationException {
        SyncApi.ContentState s = retrying(() -> via.contentState(e.hq(), e.token(), l.sha256()));
        int damaged = 0;
        long reported = s.held(); // what HQ held before this sync was not sent now
        while (!s.complete()) {
            reported = progress(s, reported, sent);
            long offset = s.held();
            try (InputStream in = store.open(l.blobId(), l.wrappedKey())) {
                in.skipNBytes(offset);
                while (true) {
                    cancel.throwIfCancelled();
                    int n = (int) Math.min(chunk, l.size() - offset);
                    byte[] data = in.readNBytes(n);
                    if (data.length != n) {
                        throw new StorageException(new UserMessage("error.storage"));
                    }
                    String hash = sha256(data);
                    long at = offset;
                    try {
                        s = retrying(() -> via.sendChunk(e.hq(), e.token(), l.sha256(), l.size(), at, data, hash));
                    } catch (ValidationException refused) {
                        if (!"hq.error.chunkHash".equals(refused.userMessage().key())) {
                            throw refused;
                        }
                        if (++damaged >= CHUNK_TRIES) {
                            throw new SyncException(new UserMessage("sync.error.contentDamaged"), refused);
                        }
                        LOG.info("a chunk arrived damaged at HQ; sending it again (offset {})", at);
                        s = new SyncApi.ContentState(l.size(), at, false);
                        break; // the same chunk again, from a fresh read
                    } catch (ConflictException refused) {
                        String key = refused.userMessage().key();
                        if ("hq.error.contentBusy".equals(key)) {
                            LOG.info("another device is sending this content to HQ; left for a later sync");
                            return false;
                        }
                        if ("hq.error.contentHash".equals(key)) {
                            LOG.warn("HQ refused a content whose whole hash differs from its address; left for"
                                    + " verification ({} bytes)", l.size());
                            return false;
                        }
                        if (!"hq.error.contentOffset".equals(key)) {
                            throw refused;
                        }
                        // HQ holds more or less than this upload thought (an answer lost on the way): ask again
                        s = retrying(() -> via.contentState(e.hq(), e.token(), l.sha256()));
                        break;
                    } catch (AccessDeniedException refused) {
                        if (!"hq.error.contentUnknown".equals(refused.userMessage().key())) {
                            throw refused;
                        }
                        LOG.info("HQ holds no exhibit record of this device with this content yet; left for later");
                        return false;
                    }
                    reported = progress(s, reported, sent);
                    if (s.complete()) {
                        return true;
                    }
                    if (s.held() != at + n) {
                        break; // HQ holds another amount: resume from there
                    }
                    offset = at + n;
                }
            } catch (IOException unreadable) {
                throw new StorageException(new UserMessage("error.storage"), unreadable);
            }
        }
        progress(s, reported, sent);
        return true;
    }

    /**
     * Deletes these blobs from the evidence store: the content of exhibits whose cases left this vault (need-to-know,
     * ADR 0019, "Withdrawn cases"). A blob already gone is no error.
     */
    void discard(List<String> blobIds) {
        for (String id : blobIds) {
            store.discard(id);
        }
    }

    /** Reports the bytes HQ holds beyond {@code reported} (a chunk whose answer was lost counts once HQ says so). */
    private static long progress(SyncApi.ContentState s, long reported, LongConsumer sent) {
        if (s.held() > reported) {
            sent.accept(s.held() - reported);
            return s.held();
        }
        return reported;
    }

    /** {@inheritDoc} The first range is read at once, so an HQ that cannot be reached fails here. */
    @Override
    public InputStream open(String sha256, long size) throws ApplicationException {
        DeviceEnrolment e = tx.read(enrolments::current)
                .orElseThrow(() -> new SyncException(new UserMessage("evidence.contentAtHq")));
        HqClient via = hq.pinned(e.pin());
        byte[] first = range(via, e, sha256, 0, size);
        tx.write(() -> {
            ledger.confirmed(sha256, clock.instant()); // HQ sends only content it accepted whole
            return null;
        });
        return new InputStream() {
            private byte[] buf = first;
            private int at;
            private long pos = first.length;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (at == buf.length) {
                    if (pos >= size) {
                        return -1;
                    }
                    try {
                        buf = range(via, e, sha256, pos, size);
                    } catch (ApplicationException failed) {
                        throw new IOException("exhibit content from HQ", failed);
                    }
                    if (buf.length == 0) {
                        throw new IOException("exhibit content from HQ",
                                new SyncException(new UserMessage("sync.error.answer")));
                    }
                    at = 0;
                    pos += buf.length;
                }
                int n = Math.min(len, buf.length - at);
                System.arraycopy(buf, at, b, off, n);
                at += n;
                return n;
            }
        };
    }

    private byte[] range(HqClient via, DeviceEnrolment e, String sha256, long from, long size)
            throws ApplicationException {
        int length = (int) Math.max(1, Math.min(chunk, size - from));
        try {
            return retrying(() -> via.content(e.hq(), e.token(), sha256, from, length));
        } catch (SyncException unreachable) {
            throw new SyncException(new UserMessage("evidence.contentAtHq"), unreachable);
        } catch (NotFoundException notYet) {
            throw new SyncException(new UserMessage("evidence.contentNotAtHqYet"), notYet);
        }
    }

    /** A request to HQ, tried again after a network failure as {@link #backoff} says; HQ's refusals are final. */
    private <T> T retrying(TransactionRunner.Work<T> request) throws ApplicationException {
        for (int attempt = 1; ; attempt++) {
            try {
                return request.run();
            } catch (SyncException unreachable) {
                if (attempt >= backoff.attempts()) {
                    throw unreachable;
                }
                try {
                    sleeper.sleep(backoff.delay(attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw unreachable;
                }
            }
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "ExhibitTransfer[" + chunk + "]";
    }
}
