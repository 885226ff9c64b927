package org.shield.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reading a trail in parallel ranges gives exactly the answer of one walk from the start: intact, or the
 * same first bad entry and problem, also when the damage sits on a boundary between ranges.
 */
class AuditVerifierTest {
    private static final int N = 1000;
    private static KeyPair keys;
    private static List<AuditEntry> trail;

    @BeforeAll
    static void aTrail() throws Exception {
        keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        trail = new ArrayList<>();
        byte[] previous = AuditChain.GENESIS;
        for (int i = 1; i <= N; i++) {
            AuditEntry e = AuditChain.append(i, Instant.parse("2026-11-28T10:00:00Z").plusSeconds(i), "test-admin",
                    "Update", "CaseFile", null, "title\t-\tDEMO " + i, previous, keys.getPrivate());
            trail.add(e);
            previous = e.hash();
        }
    }

    /** An in-memory source that can read ranges, sorted by sequence like the table. */
    private record Listed(List<AuditEntry> entries) implements AuditVerifier.Source {
        Listed {
            entries = entries.stream().sorted((a, b) -> Long.compare(a.sequence(), b.sequence())).toList();
        }

        @Override
        public void forEachInOrder(AuditVerifier.Visitor visitor) {
            for (AuditEntry e : entries) {
                if (!visitor.visit(e)) {
                    return;
                }
            }
        }

        @Override
        public void forEachInRange(long after, long upTo, AuditVerifier.Visitor visitor) {
            for (AuditEntry e : entries) {
                if (e.sequence() > after && e.sequence() <= upTo && !visitor.visit(e)) {
                    return;
                }
            }
        }

        @Override
        public long[] bounds() {
            return entries.isEmpty() ? null
                    : new long[] {entries.get(0).sequence(), entries.get(entries.size() - 1).sequence()};
        }

        @Override
        public Optional<AuditEntry> at(long sequence) {
            return entries.stream().filter(e -> e.sequence() == sequence).findFirst();
        }

        @Override
        public boolean containsHash(byte[] hash) {
            return entries.stream().anyMatch(e -> Arrays.equals(e.hash(), hash));
        }
    }

    private static AuditVerifier.Head head() {
        AuditEntry last = trail.get(N - 1);
        return new AuditVerifier.Head(N, last.hash(), AuditChain.signHead(N, last.hash(), keys.getPrivate()));
    }

    private static AuditEntry renumbered(AuditEntry e, long seq) {
        return new AuditEntry(seq, e.at(), e.actor(), e.action(), e.recordType(), e.recordId(), e.detail(),
                e.previousHash(), e.hash(), e.signature());
    }

    private static void sameAnswerSequentialAndParallel(UnaryOperator<List<AuditEntry>> tamper, Long bad,
            AuditChain.Problem problem) {
        Listed source = new Listed(tamper.apply(new ArrayList<>(trail)));
        for (boolean full : new boolean[] {false, true}) {
            AuditChain.Verification one = new AuditVerifier(keys.getPublic(), full).verify(source, head(), n -> { });
            AuditChain.Verification four = new AuditVerifier(keys.getPublic(), full).withMinRange(100)
                    .verify(source, head(), n -> { }, 4);
            assertThat(four).as("full=" + full).isEqualTo(one);
            assertThat(one.firstBadSequence()).as("full=" + full).isEqualTo(bad);
            assertThat(one.problem()).as("full=" + full).isEqualTo(problem);
        }
    }

    @Test
    void anIntactTrailIsIntactReadInParallel() {
        sameAnswerSequentialAndParallel(t -> t, null, null);
        assertThat(new AuditVerifier(keys.getPublic(), false).withMinRange(100)
                .verify(new Listed(trail), head(), n -> { }, 4).checked()).isEqualTo(N);
    }

    @Test
    void entriesWrittenWhileVerifyingAreLeftForTheNextCheck() {
        // the head was read before the last 10 entries were appended by the working vault
        AuditEntry at = trail.get(N - 11);
        AuditVerifier.Head earlier = new AuditVerifier.Head(N - 10, at.hash(),
                AuditChain.signHead(N - 10, at.hash(), keys.getPrivate()));
        for (int threads : new int[] {1, 4}) {
            AuditChain.Verification v = new AuditVerifier(keys.getPublic(), false).withMinRange(100)
                    .verify(new Listed(trail), earlier, n -> { }, threads);
            assertThat(v.intact()).as("threads=" + threads).isTrue();
            assertThat(v.checked()).isEqualTo(N - 10);
        }
    }

    @Test
    void anAlteredEntryOnARangeBoundaryIsNamed() {
        // with 4 ranges over 1..1000 the second range starts at 251
        sameAnswerSequentialAndParallel(t -> {
            AuditEntry e = t.get(250);
            t.set(250, new AuditEntry(e.sequence(), e.at(), "someone-else", e.action(), e.recordType(), e.recordId(),
                    e.detail(), e.previousHash(), e.hash(), e.signature()));
            return t;
        }, 251L, AuditChain.Problem.ALTERED);
    }

    @Test
    void aRemovedEntryJustBeforeABoundaryIsNamed() {
        sameAnswerSequentialAndParallel(t -> {
            t.remove(249); // sequence 250
            return t;
        }, 251L, AuditChain.Problem.REMOVED);
    }

    @Test
    void entriesSwappedAcrossABoundaryAreNamed() {
        sameAnswerSequentialAndParallel(t -> {
            AuditEntry a = t.get(249);
            AuditEntry b = t.get(250);
            t.set(249, renumbered(b, 250));
            t.set(250, renumbered(a, 251));
            return t;
        }, 250L, AuditChain.Problem.REORDERED);
    }

    @Test
    void aLaterBreakDoesNotHideAnEarlierOne() {
        sameAnswerSequentialAndParallel(t -> {
            t.remove(899);
            t.remove(99); // sequence 100: the first break
            return t;
        }, 101L, AuditChain.Problem.REMOVED);
    }
}
