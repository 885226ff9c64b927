package org.shield.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shield.domain.audit.AuditChain.Problem;

/** Change, delete, insert and reorder entries: verification names the first bad one each time. */
class AuditChainTest {
    private KeyPair vault;
    private List<AuditEntry> chain;

    @BeforeEach
    void buildChain() throws Exception {
        vault = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        chain = new ArrayList<>();
        byte[] previous = AuditChain.GENESIS;
        for (int i = 1; i <= 6; i++) {
            AuditEntry e = AuditChain.append(i, Instant.parse("2026-11-28T10:00:00Z").plusSeconds(i), "test-admin",
                    "Update", "CaseFile", UUID.nameUUIDFromBytes(new byte[] {(byte) i}),
                    "{\"title\":[\"DEMO old " + i + "\",\"DEMO new " + i + "\"]}", previous, vault.getPrivate());
            chain.add(e);
            previous = e.hash();
        }
    }

    private AuditChain.Verification verify() {
        return AuditChain.verify(chain, vault.getPublic(), 6L);
    }

    private static AuditEntry withDetail(AuditEntry e, String detail) {
        return new AuditEntry(e.sequence(), e.at(), e.actor(), e.action(), e.recordType(), e.recordId(), detail,
                e.previousHash(), e.hash(), e.signature());
    }

    private static AuditEntry withSequence(AuditEntry e, long sequence) {
        return new AuditEntry(sequence, e.at(), e.actor(), e.action(), e.recordType(), e.recordId(), e.detail(),
                e.previousHash(), e.hash(), e.signature());
    }

    @Test
    void anIntactChainVerifiesWithItsCount() {
        AuditChain.Verification v = verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isEqualTo(6);
    }

    @Test
    void changedContentIsNamedAsAltered() {
        chain.set(2, withDetail(chain.get(2), "{\"title\":[\"DEMO old 3\",\"DEMO forged\"]}"));
        assertThat(verify()).extracting(AuditChain.Verification::firstBadSequence, AuditChain.Verification::problem)
                .containsExactly(3L, Problem.ALTERED);
    }

    @Test
    void aDeletedEntryIsNamedAsRemovedAtTheNextOne() {
        chain.remove(3);
        assertThat(verify()).extracting(AuditChain.Verification::firstBadSequence, AuditChain.Verification::problem)
                .containsExactly(5L, Problem.REMOVED);
    }

    @Test
    void entriesCutFromTheEndAreCaughtByTheSignedHead() {
        chain.remove(5);
        chain.remove(4);
        assertThat(verify()).extracting(AuditChain.Verification::firstBadSequence, AuditChain.Verification::problem)
                .containsExactly(5L, Problem.REMOVED);
    }

    @Test
    void anEntryMadeWithoutTheVaultKeyIsNamedAsInserted() throws Exception {
        KeyPair intruder = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        AuditEntry forged = AuditChain.append(4, Instant.parse("2026-11-28T10:03:30Z"), "intruder", "Delete",
                "CaseFile", UUID.randomUUID(), null, chain.get(2).hash(), intruder.getPrivate());
        chain.add(3, forged);
        for (int i = 4; i < chain.size(); i++) {
            chain.set(i, withSequence(chain.get(i), i + 1));
        }
        assertThat(AuditChain.verify(chain, vault.getPublic(), 7L))
                .extracting(AuditChain.Verification::firstBadSequence, AuditChain.Verification::problem)
                .containsExactly(4L, Problem.INSERTED);
    }

    @Test
    void swappedEntriesAreNamedAsReordered() {
        AuditEntry third = chain.get(2);
        AuditEntry fourth = chain.get(3);
        chain.set(2, withSequence(fourth, 3));
        chain.set(3, withSequence(third, 4));
        assertThat(verify()).extracting(AuditChain.Verification::firstBadSequence, AuditChain.Verification::problem)
                .containsExactly(3L, Problem.REORDERED);
    }

    @Test
    void theEncodingIsCanonical() {
        AuditEntry e = chain.get(0);
        byte[] a = AuditChain.canonical(e.at(), e.actor(), e.action(), e.recordType(), e.recordId(), e.detail(),
                e.previousHash());
        byte[] b = AuditChain.canonical(e.at(), e.actor(), e.action(), e.recordType(), e.recordId(), e.detail(),
                e.previousHash());
        assertThat(a).isEqualTo(b);
        // an absent field and an empty one encode differently
        assertThat(AuditChain.canonical(e.at(), e.actor(), e.action(), null, null, null, e.previousHash()))
                .isNotEqualTo(AuditChain.canonical(e.at(), e.actor(), e.action(), "", null, null, e.previousHash()));
    }

    @Test
    void toStringShowsNoDetail() {
        assertThat(chain.get(0).toString()).doesNotContain("DEMO");
    }
}
