package org.shield.application.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.SyncException;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.application.evidence.ReceivedEvidence;

/**
 * One sync of this vault with HQ (ADR 0019): pull what is new, push everything waiting, pull again what the push
 * changed, send the exhibit content HQ does not hold yet, then agree a new epoch.
 * A vault HQ finds restored or copied (an older epoch, or change numbers HQ holds under other ids) starts over once:
 * it numbers its unsent changes after what HQ holds and pulls in full. Counts what it did. Not thread-safe.
 */
final class SyncRun {
    /**
     * Changes per pushed batch (HQ takes up to 5,000), and about how many characters of content at most. 1,000 rather
     * than 500 pushed 13 % more per second in a fresh JVM, fewer round trips for the same work (docs/BENCHMARKS.md).
     */
    static final int BATCH = 1_000;
    static final int BATCH_CHARS = 4_000_000;
    /**
     * Records HQ scans per feed page; the first page of a pull is smaller ({@link #FIRST_PAGE}): nothing overlaps the
     * wait for it, while each later page is fetched during the apply of the one before.
     */
    static final int PAGE = 2_000;
    static final int FIRST_PAGE = 500;

    interface Retrying {
        <T> T call(TransactionRunner.Work<T> request) throws ApplicationException;
    }

    private final TransactionRunner tx;
    private final Outbox outbox;
    private final Replica replica;
    private final HqClient hq;
    private final BatchSigner signer;
    private final Clock clock;
    private final Retrying retrying;
    private final DeviceEnrolment e;
    private final boolean holdsPersonsAnywhere;
    private final SyncProgress.Listener listener;
    private final org.shield.application.common.CancellationToken cancel;
    private final ExhibitTransfer exhibits;
    private final ReceivedEvidence received;
    private final java.util.function.Consumer<List<Renumbered>> yielded;
    long pushed;
    /** Exhibit contents HQ confirmed in this run, and the bytes of content sent (ADR 0019). */
    int contents;
    long contentBytes;
    long pulled;
    long casesRemoved;
    /** Records of this vault that gave up their number to one from HQ (ADR 0002, "A number given twice"). */
    final List<Renumbered> renumbered = new ArrayList<>();
    int conflicts;
    long bytesSent;
    long bytesReceived;
    private boolean startedOver;

    SyncRun(TransactionRunner tx, Outbox outbox, Replica replica, HqClient hq, BatchSigner signer, Clock clock,
            Retrying retrying, DeviceEnrolment e, boolean holdsPersonsAnywhere, ExhibitTransfer exhibits,
            ReceivedEvidence received, java.util.function.Consumer<List<Renumbered>> yielded,
            SyncProgress.Listener listener, org.shield.application.common.CancellationToken cancel) {
        this.exhibits = exhibits;
        this.yielded = yielded;
        this.received = received;
        this.listener = listener;
        this.cancel = cancel;
        this.tx = tx;
        this.outbox = outbox;
        this.replica = replica;
        this.hq = hq;
        this.signer = signer;
        this.clock = clock;
        this.retrying = retrying;
        this.e = e;
        this.holdsPersonsAnywhere = holdsPersonsAnywhere;
    }

    void run() throws ApplicationException {
        tx.write(outbox::snapshotIfNeeded);
        discardReleased(); // left by a run that stopped between removing cases and deleting their content
        try {
            exchange();
        } catch (ConflictException stale) {
            String key = stale.userMessage().key();
            if (startedOver || !("hq.error.staleVault".equals(key) || "hq.error.sequenceReused".equals(key))) {
                throw stale;
            }
            startOver();
            exchange();
        }
        checkpoint();
        report(SyncProgress.Step.Exhibits);
        contents = exhibits.upload(hq, e, bytes -> { // HQ holds the exhibit records now
            contentBytes += bytes;
            bytesSent += bytes;
            report(SyncProgress.Step.Exhibits);
        }, cancel);
        report(SyncProgress.Step.Finishing);
        casesRemoved += tx.write(() -> replica.leave(holdsPersonsAnywhere)); // all of them has reached HQ now
        discardReleased();
        UUID from = tx.read(replica::pullState).epoch();
        UUID to = UUID.randomUUID();
        retrying.call(() -> {
            hq.moveEpoch(e.hq(), e.token(), from, to);
            return null;
        });
        tx.write(() -> {
            replica.epoch(to);
            return null;
        });
    }

    /**
     * Pulls, pushes, and pulls again if HQ stored anything (to bring back what the push merged or opened). Pulling
     * first means that two vaults which gave the same case number or pseudonym (a vault copied by hand, or two that
     * drew the same tag) meet while the second one's record is still unsent: that one yields and takes a new number
     * instead of both reaching HQ and every other laptop holding one back (ADR 0002, "A number given twice"). A
     * record with unsent changes is not changed by the first pull; the push moves it at HQ, and the second pull brings
     * it back merged.
     */
    private void exchange() throws ApplicationException {
        Replica.PullState passedOver = pull();
        long before = pushed;
        push();
        if (passedOver != null) { // HQ's state of those records was not taken: read them again after the push
            tx.write(() -> {
                replica.rewind(passedOver.cursor(), passedOver.scope());
                return null;
            });
        }
        if (pushed > before || passedOver != null) {
            pull();
        }
    }

    /**
     * Deletes from the evidence store the content of exhibits whose cases left this vault, after the transactions that
     * removed them committed (a rolled-back removal keeps its exhibits and their content).
     */
    private void discardReleased() throws ApplicationException {
        List<String> released = tx.read(replica::releasedBlobs);
        if (released.isEmpty()) {
            return;
        }
        exhibits.discard(released);
        tx.write(() -> {
            replica.blobsDiscarded(released);
            return null;
        });
    }

    private void startOver() throws ApplicationException {
        startedOver = true;
        ResyncAnswer a = retrying.call(() -> hq.resync(e.hq(), e.token()));
        tx.write(() -> {
            replica.startOver(a.storedUpTo());
            return null;
        });
    }

    private void report(SyncProgress.Step step) {
        listener.progress(new SyncProgress(step, pushed, pulled, bytesSent, bytesReceived));
    }

    /** Between batches and pages (each one committed on both sides) is where a sync may stop when asked. */
    private void checkpoint() throws ApplicationException {
        cancel.throwIfCancelled();
    }

    private static long utf8(String s) {
        if (s == null) {
            return 0;
        }
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            n += ch < 0x80 ? 1 : ch < 0x800 ? 2 : Character.isSurrogate(ch) ? 2 : 3;
        }
        return n;
    }

    /**
     * Sends every waiting change, a batch at a time, each acknowledged in the vault once HQ answers that it stored
     * it. While a batch is on its way, a helper thread reads the next one from the outbox, stamps and signs it, and
     * records the previous acknowledgement: the vault's work overlaps HQ's instead of adding to it (ADR 0019,
     * "Throughput"). The helper is only ever one batch ahead, and every acknowledgement it was given is done before
     * this returns or throws: a batch HQ stored is never sent again because of the overlap, and one it did not store
     * is never forgotten. A batch sent again after a network failure is signed again with a fresh sending time.
     */
    private void push() throws ApplicationException {
        report(SyncProgress.Step.Pushing);
        UUID epoch = tx.read(replica::pullState).epoch();
        Hlc start = tx.read(outbox::state).hlc();
        java.util.concurrent.ExecutorService helper = newHelper();
        java.util.concurrent.Future<?> acking = null;
        try {
            java.util.concurrent.Future<Prepared> next = helper.submit(() -> prepare(0, start, epoch));
            while (true) {
                checkpoint();
                Prepared p = await(next);
                if (p == null) {
                    break;
                }
                next = helper.submit(() -> prepare(p.lastSeq(), p.lastHlc(), epoch));
                boolean[] first = {true};
                PushResult r = retrying.call(() -> {
                    HqClient.SignedBatch body = first[0] ? p.signed()
                            : hq.sign(new PushBatch(e.deviceId(), clock.instant(), epoch, p.batch()), signer);
                    first[0] = false;
                    return hq.push(e.hq(), e.token(), body);
                });
                Hlc acked = null;
                for (Change c : p.batch()) {
                    if (c.seq() <= r.storedUpTo()) {
                        acked = Hlc.parse(c.hlc());
                    }
                }
                if (acked != null) {
                    await(acking); // the one before, so that a failed acknowledgement stops the sync at once
                    Hlc ackedClock = acked;
                    java.time.Instant at = clock.instant();
                    acking = helper.submit(() -> tx.write(() -> {
                        outbox.acknowledged(r.storedUpTo(), ackedClock, at);
                        return null;
                    }));
                }
                pushed += r.stored();
                conflicts += r.conflicts();
                for (Change c : p.batch()) {
                    bytesSent += utf8(c.changes());
                }
                report(SyncProgress.Step.Pushing);
                if (r.storedUpTo() < p.lastSeq()) {
                    throw new SyncException(new UserMessage("sync.error.answer"));
                }
            }
            await(acking);
        } finally {
            helper.shutdown(); // never interrupted: it may be committing an acknowledgement
            awaitQuietly(helper);
        }
    }

    /** A batch ready to send: its changes with their clock readings, and its signed body. */
    private record Prepared(List<Change> batch, HqClient.SignedBatch signed, long lastSeq, Hlc lastHlc) {
    }

    /**
     * The next batch after change {@code after}, its clock readings continuing from {@code h} (the reading of the
     * last change sent before it), signed; null if nothing waits.
     */
    private Prepared prepare(long after, Hlc h, UUID epoch) throws ApplicationException {
        List<Change> waiting = tx.read(() -> outbox.next(after, BATCH, BATCH_CHARS));
        if (waiting.isEmpty()) {
            return null;
        }
        List<Change> batch = new ArrayList<>(waiting.size());
        Hlc clockAt = h;
        for (Change c : waiting) {
            clockAt = clockAt.tick(c.deviceAt().toEpochMilli());
            batch.add(c.withHlc(clockAt));
        }
        HqClient.SignedBatch signed = hq.sign(new PushBatch(e.deviceId(), clock.instant(), epoch, batch), signer);
        return new Prepared(batch, signed, batch.get(batch.size() - 1).seq(), clockAt);
    }

    /** The helper's result, or what it threw. */
    private static <T> T await(java.util.concurrent.Future<T> f) throws ApplicationException {
        if (f == null) {
            return null;
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException ie) {
                    interrupted = true; // finish waiting: the helper may be committing an acknowledgement
                } catch (java.util.concurrent.ExecutionException ee) {
                    Throwable c = ee.getCause();
                    if (c instanceof ApplicationException ae) {
                        throw ae;
                    }
                    if (c instanceof RuntimeException re) {
                        throw re;
                    }
                    if (c instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(c);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Lets the helper finish what it was given (a read, an acknowledgement): a sync never leaves it running. */
    private static void awaitQuietly(java.util.concurrent.ExecutorService helper) {
        boolean interrupted = false;
        while (true) {
            try {
                if (helper.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException ie) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Pulls every page after the vault's cursor, each applied with its cursor in one transaction. While a page is
     * applied, a helper thread already asks HQ for the next one, from the cursor and scope this page ends at: the
     * question the vault would ask once the page is applied (ADR 0019, "Throughput"). A page that says the scope
     * changed is handled first, with nothing asked ahead; a page fetched ahead is dropped if applying fails.
     * Returns the cursor and scope before the first page that had records this vault left as they were because it has
     * unsent changes to them (HQ fingerprints the scope for a cursor: the two go back together), or null if none did.
     */
    private Replica.PullState pull() throws ApplicationException {
        report(SyncProgress.Step.Pulling);
        java.util.concurrent.ExecutorService helper = newHelper();
        Replica.PullState passedOver = null;
        try {
            Replica.PullState st = tx.read(replica::pullState);
            UUID epoch = st.epoch();
            long from = st.cursor();
            String fromScope = st.scope();
            FeedPage page = feed(from, FIRST_PAGE, st.scope(), epoch);
            while (true) {
                checkpoint();
                if (page.scopeChanged()) {
                    FeedPage changed = page;
                    casesRemoved += tx.write(() -> replica.restart(changed.scope(), changed.visibleCases(),
                            holdsPersonsAnywhere));
                    Replica.PullState again = tx.read(replica::pullState);
                    from = again.cursor();
                    fromScope = again.scope();
                    passedOver = null; // the cursor went back to the start: everything is read again
                    page = feed(from, FIRST_PAGE, again.scope(), epoch);
                    continue;
                }
                FeedPage current = page;
                java.util.concurrent.Future<FeedPage> ahead = current.more()
                        ? helper.submit(() -> feed(current.next(), PAGE, current.scope(), epoch)) : null;
                int[] withdrawn = {0};
                Replica.Applied a = tx.write(() -> {
                    Replica.Applied applied = received(replica.apply(current.records(), current.next(),
                            current.scope(), clock.instant()));
                    withdrawn[0] = replica.withdraw(current.withdrawnCases(), holdsPersonsAnywhere);
                    return applied;
                });
                pulled += a.applied();
                casesRemoved += withdrawn[0];
                if (a.waiting() > 0 && passedOver == null) {
                    passedOver = new Replica.PullState(from, fromScope, epoch);
                }
                from = current.next();
                fromScope = current.scope();
                for (FeedRecord r : current.records()) {
                    for (String v : r.fields().values()) {
                        bytesReceived += utf8(v);
                    }
                }
                report(SyncProgress.Step.Pulling);
                if (ahead == null) {
                    break;
                }
                page = await(ahead);
            }
        } finally {
            helper.shutdownNow(); // a page asked ahead and no longer wanted: the helper only talks to HQ, never the vault
            awaitQuietly(helper);
        }
        pulled += tx.write(() -> received(replica.retryKept())).applied();
        return passedOver;
    }

    /**
     * Records in the trail, in the transaction that applied them, the exhibits and custody steps that arrived and the
     * records of this vault that took a new number.
     */
    private Replica.Applied received(Replica.Applied a) {
        received.record(a.arrived().exhibits(), a.arrived().steps());
        if (!a.arrived().renumbered().isEmpty()) {
            yielded.accept(a.arrived().renumbered());
            renumbered.addAll(a.arrived().renumbered());
        }
        return a;
    }

    private FeedPage feed(long after, int limit, String scope, UUID epoch) throws ApplicationException {
        return retrying.call(() -> hq.feed(e.hq(), e.token(), after, limit, scope, epoch));
    }

    /** A daemon thread for a push or a pull to overlap the vault's work with HQ's. */
    private static java.util.concurrent.ExecutorService newHelper() {
        return java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sync-helper");
            t.setDaemon(true);
            return t;
        });
    }
}
