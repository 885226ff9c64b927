package org.shield.domain.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of the tamper-evident trail. Each entry's hash is SHA-256 over a canonical encoding of its
 * content and the previous entry's hash (a fixed order of length-prefixed UTF-8 fields, so the same
 * entry always encodes to the same bytes); the hash is signed with the vault's Ed25519 key.
 * Verification walks the entries in sequence order and names the first one that was altered,
 * removed, inserted or reordered. The sequence number is deliberately not hashed: it is the order we
 * read in, and swapping it between rows is exactly what the previous-hash links expose as reordering.
 * Thread-safe (stateless).
 */
public final class AuditChain {
    /** The "previous hash" of the first entry. */
    public static final byte[] GENESIS = new byte[32];

    private AuditChain() {
    }

    /** What went wrong with the first bad entry. */
    public enum Problem {
        /** The entry's content no longer matches its hash. */
        ALTERED,
        /** One or more entries before this one are missing. */
        REMOVED,
        /** The entry is well-formed but was not signed by this vault: it was added from outside. */
        INSERTED,
        /** The entry is genuine but stands in the wrong place. */
        REORDERED
    }

    /** Result of a verification: intact with a count, or the first bad entry and why. */
    public record Verification(long checked, Long firstBadSequence, Problem problem) {
        public boolean intact() {
            return problem == null;
        }
    }

    /** Builds, hashes and signs the entry that follows {@code previousHash} (the JDK's Ed25519). */
    public static AuditEntry append(long sequence, Instant at, String actor, String action, String recordType,
            UUID recordId, String detail, byte[] previousHash, PrivateKey vaultKey) {
        return append(sequence, at, actor, action, recordType, recordId, detail, previousHash, vaultKey, null);
    }

    /**
     * As above, signing with the given security provider's Ed25519 (null: the JDK's). The signatures are
     * the same bytes whichever provider makes them (Ed25519 is deterministic); providers differ in speed.
     */
    public static AuditEntry append(long sequence, Instant at, String actor, String action, String recordType,
            UUID recordId, String detail, byte[] previousHash, PrivateKey vaultKey, Provider provider) {
        byte[] hash = hash(at, actor, action, recordType, recordId, detail, previousHash);
        return new AuditEntry(sequence, at, actor, action, recordType, recordId, detail, previousHash, hash,
                sign(hash, vaultKey, provider));
    }

    /**
     * Verifies entries in sequence order. {@code expectedLast}, when known (the signed head the vault
     * keeps), also catches entries removed from the end.
     */
    public static Verification verify(List<AuditEntry> inSequenceOrder, PublicKey vaultKey, Long expectedLast) {
        Set<String> allHashes = new HashSet<>();
        for (AuditEntry e : inSequenceOrder) {
            allHashes.add(Arrays.toString(e.hash()));
        }
        byte[] previous = GENESIS;
        long checked = 0;
        for (AuditEntry e : inSequenceOrder) {
            byte[] recomputed = hash(e.at(), e.actor(), e.action(), e.recordType(), e.recordId(), e.detail(),
                    e.previousHash());
            if (!MessageDigest.isEqual(recomputed, e.hash())) {
                return new Verification(checked, e.sequence(), Problem.ALTERED);
            }
            if (!signatureValid(e.hash(), e.signature(), vaultKey, null)) {
                return new Verification(checked, e.sequence(), Problem.INSERTED);
            }
            if (!MessageDigest.isEqual(previous, e.previousHash())) {
                boolean pointsElsewhere = allHashes.contains(Arrays.toString(e.previousHash()))
                        || MessageDigest.isEqual(GENESIS, e.previousHash());
                return new Verification(checked, e.sequence(), pointsElsewhere ? Problem.REORDERED : Problem.REMOVED);
            }
            previous = e.hash();
            checked++;
        }
        long last = inSequenceOrder.isEmpty() ? 0 : inSequenceOrder.get(inSequenceOrder.size() - 1).sequence();
        if (expectedLast != null && last < expectedLast) {
            return new Verification(checked, last + 1, Problem.REMOVED);
        }
        return new Verification(checked, null, null);
    }

    /** True if the entry's content still gives the hash stored with it. */
    public static boolean contentMatches(AuditEntry e) {
        return MessageDigest.isEqual(hash(e.at(), e.actor(), e.action(), e.recordType(), e.recordId(), e.detail(),
                e.previousHash()), e.hash());
    }

    /** True if the vault signed this entry's hash. */
    public static boolean signedBy(AuditEntry e, PublicKey vaultKey) {
        return signedBy(e, vaultKey, null);
    }

    public static boolean signedBy(AuditEntry e, PublicKey vaultKey, Provider provider) {
        return signatureValid(e.hash(), e.signature(), vaultKey, provider);
    }

    /**
     * Signs the trail's head (the last sequence number and its hash), which the vault keeps so that
     * entries removed from the end are noticed.
     */
    public static byte[] signHead(long lastSequence, byte[] lastHash, PrivateKey vaultKey) {
        return signHead(lastSequence, lastHash, vaultKey, null);
    }

    public static byte[] signHead(long lastSequence, byte[] lastHash, PrivateKey vaultKey, Provider provider) {
        return sign(headBytes(lastSequence, lastHash), vaultKey, provider);
    }

    public static boolean headValid(long lastSequence, byte[] lastHash, byte[] signature, PublicKey vaultKey,
            Provider provider) {
        return signatureValid(headBytes(lastSequence, lastHash), signature, vaultKey, provider);
    }

    private static byte[] headBytes(long seq, byte[] hash) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 + 8 + hash.length);
        b.put(new byte[] {'h', 'e', 'a', 'd'}).putLong(seq).put(hash);
        return b.array();
    }

    static byte[] hash(Instant at, String actor, String action, String recordType, UUID recordId, String detail,
            byte[] previousHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return sha.digest(canonical(at, actor, action, recordType, recordId, detail, previousHash));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** Fixed field order; each text field as a 4-byte length and UTF-8 bytes (-1 for absent). */
    static byte[] canonical(Instant at, String actor, String action, String recordType, UUID recordId,
            String detail, byte[] previousHash) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1); // encoding version
            out.writeLong(at.getEpochSecond());
            out.writeInt(at.getNano());
            text(out, actor);
            text(out, action);
            text(out, recordType);
            text(out, recordId == null ? null : recordId.toString());
            text(out, detail);
            out.write(previousHash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static Signature ed25519(Provider provider) throws GeneralSecurityException {
        return provider == null ? Signature.getInstance("Ed25519") : Signature.getInstance("Ed25519", provider);
    }

    private static byte[] sign(byte[] hash, PrivateKey key, Provider provider) {
        try {
            Signature s = ed25519(provider);
            s.initSign(key);
            s.update(hash);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    private static boolean signatureValid(byte[] hash, byte[] signature, PublicKey key, Provider provider) {
        try {
            Signature s = ed25519(provider);
            s.initVerify(key);
            s.update(hash);
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
