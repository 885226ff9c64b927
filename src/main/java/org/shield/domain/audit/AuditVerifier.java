package org.shield.domain.audit;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Arrays;
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

    /** Verifies the whole trail. {@code progress} gets the count of entries checked, now and then. */
    public AuditChain.Verification verify(Source source, Head head, LongConsumer progress) {
        Walk w = new Walk(progress);
        source.forEachInOrder(w::step);
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
            return w.count == 0 ? new AuditChain.Verification(0, null, null)
                    : new AuditChain.Verification(w.count, w.lastSequence + 1, AuditChain.Problem.REMOVED);
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

    /** The streaming pass: hashes, links, and (in full mode) signatures, up to the first bad entry. */
    private final class Walk {
        private final LongConsumer progress;
        long[] sequences = new long[1024];
        int count;
        byte[] previous = AuditChain.GENESIS;
        byte[] lastHash = AuditChain.GENESIS;
        long lastSequence;
        AuditEntry bad;

        Walk(LongConsumer progress) {
            this.progress = progress;
        }

        boolean step(AuditEntry e) {
            boolean ok = AuditChain.contentMatches(e) && MessageDigest.isEqual(previous, e.previousHash())
                    && (!full || AuditChain.signedBy(e, vaultKey, provider));
            if (!ok) {
                bad = e;
                return false;
            }
            if (count == sequences.length) {
                sequences = Arrays.copyOf(sequences, count * 2);
            }
            sequences[count++] = e.sequence();
            previous = e.hash();
            lastHash = previous;
            lastSequence = e.sequence();
            if ((count & 0xFFFF) == 0 && progress != null) {
                progress.accept(count);
            }
            return true;
        }
    }
}
