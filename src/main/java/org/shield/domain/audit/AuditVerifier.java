package org.shield.domain.audit;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Verifies a trail of any length in one streaming pass with flat memory, and still names the first
 * bad entry exactly.
 * <p>
 * The pass recomputes every hash and follows every previous-hash link (cheap: about a microsecond an
 * entry). Signatures are the expensive part (Ed25519 verification costs tens of microseconds), so by
 * default only as many are checked as the chain needs: a genuine signature on entry <i>k</i> vouches,
 * through the hash links, for every entry before it. The signature at the end of the consistent run
 * is checked; if it is not genuine, a binary search over the run finds the first entry that is not
 * (O(log n) signature checks). {@code full} checks every signature instead.
 * <p>
 * Classification of the first bad entry: content no longer matches its hash → ALTERED; consistent but
 * not signed by this vault → INSERTED (added or rewritten from outside); genuine but linked to another
 * entry of the trail → REORDERED; linked to nothing we have → REMOVED (entries missing before it);
 * the trail stops before the vault's signed head → REMOVED (at the end).
 */
public final class AuditVerifier {
    /** Where the entries come from: in order, by sequence, and a lookup by hash (only used once something is wrong). */
    public interface Source {
        /** Calls {@code visitor} for each entry in sequence order until it returns false. */
        void forEachInOrder(Visitor visitor);

        /**
         * As {@link #forEachInOrder} for the entries with {@code after < sequence <= upTo}. Sources that can
         * read a range directly override this so that ranges can be read in parallel.
         */
        default void forEachInRange(long after, long upTo, Visitor visitor) {
            forEachInOrder(e -> e.sequence() <= after || (e.sequence() <= upTo && visitor.visit(e)));
        }

        /** The lowest and highest sequence stored, or null if unknown (then the walk is sequential). */
        default long[] bounds() {
            return null;
        }

        Optional<AuditEntry> at(long sequence);

        boolean containsHash(byte[] hash);
    }

    /** Receives entries in order; returns false to stop. */
    @FunctionalInterface
    public interface Visitor {
        boolean visit(AuditEntry e);
    }

    /** The vault's signed head: the last sequence number written and its hash. Null when none was kept. */
    public record Head(long lastSequence, byte[] lastHash, byte[] signature) {
    }

    private final PublicKey vaultKey;
    private final boolean full;
    private final java.security.Provider provider;

    public AuditVerifier(PublicKey vaultKey, boolean full) {
        this(vaultKey, full, null);
    }

    /** {@code provider}: whose Ed25519 to verify with (null: the JDK's). */
    public AuditVerifier(PublicKey vaultKey, boolean full, java.security.Provider provider) {
        this.vaultKey = vaultKey;
        this.full = full;
        this.provider = provider;
    }

    /** Verifies the whole trail on one thread. {@code progress} gets the count of entries checked, now and then. */
    public AuditChain.Verification verify(Source source, Head head, LongConsumer progress) {
        return verify(source, head, progress, 1);
    }

    /**
     * Verifies the whole trail, reading up to {@code threads} ranges of it at once (reading rows is most of
     * the cost). Each range is walked on its own from its first entry; the links between ranges are then
     * checked in order, so the result is exactly that of one walk from the start.
     */
    public AuditChain.Verification verify(Source source, Head head, LongConsumer progress, int threads) {
        // up to the head read before the walk: entries the vault appends meanwhile are for the next check,
        // and an entry moved past the head leaves a gap where it was, which the walk names
        long upTo = head == null ? Long.MAX_VALUE : head.lastSequence();
        Walk w = walk(source, progress, threads, upTo);
        long checkedBeforeBreak = w.count;
        // the consistent run [0, count) needs a genuine signature at its end (unless every one was checked)
        if (!full && w.count > 0) {
            long bad = firstUnsigned(source, w.sequences, w.count);
            if (bad >= 0) {
                return new AuditChain.Verification(indexOf(w.sequences, w.count, bad), bad,
                        AuditChain.Problem.INSERTED);
            }
        }
        if (w.bad != null) {
            return new AuditChain.Verification(checkedBeforeBreak, w.bad.sequence(), classify(source, w.bad));
        }
        if (head == null) {
            // a vault always keeps a signed head: without one, entries may have been cut from the start or end
            // (the vault never trusts a head again once it was lost): named at the first entry we have
            return new AuditChain.Verification(w.count, w.count == 0 ? 1 : w.sequences[0],
                    AuditChain.Problem.REMOVED);
        }
        if (!AuditChain.headValid(head.lastSequence(), head.lastHash(), head.signature(), vaultKey, provider)) {
            return new AuditChain.Verification(w.count, w.lastSequence + 1, AuditChain.Problem.REMOVED);
        }
        if (w.lastSequence < head.lastSequence()) {
            return new AuditChain.Verification(w.count, w.lastSequence + 1, AuditChain.Problem.REMOVED);
        }
        if (w.lastSequence == head.lastSequence() && !MessageDigest.isEqual(w.lastHash, head.lastHash())) {
            return new AuditChain.Verification(w.count, w.lastSequence, AuditChain.Problem.ALTERED);
        }
        return new AuditChain.Verification(w.count, null, null);
    }

    private AuditChain.Problem classify(Source source, AuditEntry e) {
        if (!AuditChain.contentMatches(e)) {
            return AuditChain.Problem.ALTERED;
        }
        if (!AuditChain.signedBy(e, vaultKey, provider)) {
            return AuditChain.Problem.INSERTED;
        }
        boolean pointsIntoTrail = Arrays.equals(AuditChain.GENESIS, e.previousHash())
                || source.containsHash(e.previousHash());
        return pointsIntoTrail ? AuditChain.Problem.REORDERED : AuditChain.Problem.REMOVED;
    }

    /** Below this many entries per range, reading in parallel is not worth a thread. */
    static final long MIN_RANGE = 50_000;
    private long minRange = MIN_RANGE;

    /** For tests: smaller ranges, so a small trail is read in parallel too. */
    AuditVerifier withMinRange(long entries) {
        this.minRange = entries;
        return this;
    }

    private Walk walk(Source source, LongConsumer progress, int threads, long limit) {
        long[] bounds = threads > 1 ? source.bounds() : null;
        if (bounds != null) {
            bounds[1] = Math.min(bounds[1], limit);
        }
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        LongConsumer shared = n -> {
            if (progress != null) {
                progress.accept(done.addAndGet(n));
            }
        };
        if (bounds == null || bounds[1] - bounds[0] < 2 * minRange) {
            Walk w = new Walk(shared, true);
            if (limit == Long.MAX_VALUE) {
                source.forEachInOrder(w::step);
            } else {
                source.forEachInRange(Long.MIN_VALUE, limit, w::step);
            }
            return w;
        }
        int parts = (int) Math.min(threads, (bounds[1] - bounds[0]) / minRange);
        long span = (bounds[1] - bounds[0] + parts) / parts;
        List<Walk> walks = new ArrayList<>();
        List<java.util.concurrent.Callable<Walk>> jobs = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            long after = i == 0 ? Long.MIN_VALUE : bounds[0] - 1 + (long) i * span;
            long upTo = i == parts - 1 ? limit : bounds[0] - 1 + (long) (i + 1) * span;
            Walk w = new Walk(shared, i == 0);
            walks.add(w);
            jobs.add(() -> {
                source.forEachInRange(after, upTo, w::step);
                return w;
            });
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parts);
        try {
            for (java.util.concurrent.Future<Walk> f : pool.invokeAll(jobs)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return join(walks);
    }

    /** Joins range walks in order, as if one walk had gone through them: stops at the first break. */
    private static Walk join(List<Walk> walks) {
        Walk total = walks.get(0);
        for (int i = 1; i < walks.size() && total.bad == null; i++) {
            Walk next = walks.get(i);
            if (next.count == 0 && next.bad == null) {
                continue;
            }
            AuditEntry first = next.first != null ? next.first : next.bad;
            if (!MessageDigest.isEqual(total.previous, first.previousHash())) {
                total.bad = first;
                break;
            }
            total.append(next);
        }
        return total;
    }

    /** The sequence of the first entry of the run that the vault did not sign, or -1 if all are genuine. */
    private long firstUnsigned(Source source, long[] seqs, int n) {
        if (signed(source, seqs[n - 1])) {
            return -1;
        }
        int lo = 0;
        int hi = n - 1; // invariant: seqs[hi] is not genuine; everything before lo is
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (signed(source, seqs[mid])) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return seqs[lo];
    }

    private boolean signed(Source source, long seq) {
        return source.at(seq).map(e -> AuditChain.signedBy(e, vaultKey, provider)).orElse(false);
    }

    private static long indexOf(long[] seqs, int n, long seq) {
        int i = Arrays.binarySearch(seqs, 0, n, seq);
        return i < 0 ? 0 : i;
    }

    /**
     * The streaming pass over the whole trail or one range of it: hashes, links, and (in full mode)
     * signatures, up to the first bad entry. A range that does not start the trail takes its first
     * entry's link on trust; {@link #join} checks it against the range before.
     */
    private final class Walk {
        private final LongConsumer progress;
        private final boolean fromGenesis;
        long[] sequences = new long[1024];
        int count;
        byte[] previous = AuditChain.GENESIS;
        byte[] lastHash = AuditChain.GENESIS;
        long lastSequence;
        AuditEntry first;
        AuditEntry bad;
        private int sinceReport;

        Walk(LongConsumer progress, boolean fromGenesis) {
            this.progress = progress;
            this.fromGenesis = fromGenesis;
        }

        void append(Walk next) {
            if (count + next.count > sequences.length) {
                sequences = Arrays.copyOf(sequences, count + next.count);
            }
            System.arraycopy(next.sequences, 0, sequences, count, next.count);
            count += next.count;
            if (next.count > 0) {
                previous = next.previous;
                lastHash = next.lastHash;
                lastSequence = next.lastSequence;
            }
            bad = next.bad;
        }

        boolean step(AuditEntry e) {
            boolean linked = first == null && !fromGenesis || MessageDigest.isEqual(previous, e.previousHash());
            boolean ok = linked && AuditChain.contentMatches(e)
                    && (!full || AuditChain.signedBy(e, vaultKey, provider));
            if (!ok) {
                bad = e;
                return false;
            }
            if (count == sequences.length) {
                sequences = Arrays.copyOf(sequences, count * 2);
            }
            if (first == null) {
                first = e;
            }
            sequences[count++] = e.sequence();
            previous = e.hash();
            lastHash = previous;
            lastSequence = e.sequence();
            if (++sinceReport == 0x10000) {
                progress.accept(sinceReport);
                sinceReport = 0;
            }
            return true;
        }
    }
}
