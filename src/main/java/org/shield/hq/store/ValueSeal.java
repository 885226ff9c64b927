package org.shield.hq.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.shield.application.security.DataKey;

/**
 * Seals what HQ stores about people (field values, replaced values, competing values, resolutions, the changes as
 * sent, exhibit content) under HQ's value key: AES-256-GCM, a fresh 12-byte random IV per value, 128-bit tag, with
 * associated data naming the value's place, so a value copied to another row does not open (ADR 0019, "HQ encrypts
 * values at rest"). Text is stored as {@value #MARK} + base64(IV, ciphertext, tag): the mark can never start JSON,
 * and its digit is the key's version, for a later rotation. Text without a mark is a value written before HQ sealed
 * (read as it is until HQ's start has sealed it, refused by a {@link #strict()} seal after); a value that does not open is a {@link SealException},
 * never taken as plaintext. Thread-safe: one {@link Cipher} and {@link SecureRandom} per thread.
 */
public final class ValueSeal {
    /** Marks sealed text: {@code ~} never starts JSON; {@code 1} is the value key's version. */
    static final String MARK = "~1";
    private static final int IV = 12;
    private static final int TAG_BITS = 128;
    private static final int TAG = TAG_BITS / 8;

    private final SecretKeySpec key;
    /** Whether text without the mark is read as a value from before sealing (false once HQ's start sealed all). */
    private final boolean acceptsPlaintext;
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(ValueSeal::newCipher);
    private final ThreadLocal<SecureRandom> randoms = ThreadLocal.withInitial(ValueSeal::newRandom);

    /** Seals under {@code key}; the key's bytes are copied, the caller destroys {@code key}. */
    public ValueSeal(DataKey key) {
        byte[] raw = key.bytes();
        try {
            this.key = new SecretKeySpec(raw, "AES");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
        this.acceptsPlaintext = true;
    }

    private ValueSeal(SecretKeySpec key, boolean acceptsPlaintext) {
        this.key = key;
        this.acceptsPlaintext = acceptsPlaintext;
    }

    /**
     * The same key, refusing text without the mark: for HQ once its start has sealed and folded every value an
     * earlier HQ wrote (LegacySealing, RecordFieldsFold). Plaintext put into the database afterwards (by hand, by a
     * copy from elsewhere) is then a {@link SealException}, never a value HQ serves.
     */
    public ValueSeal strict() {
        return new ValueSeal(key, false);
    }

    /** Where a value lives, as associated data: its kind and the parts that name its row and column. */
    static byte[] place(String kind, String a, String b, String c) {
        // table names and columns are identifiers and row keys are JSON, which holds no raw NUL: unambiguous
        return (kind + '\u0000' + a + '\u0000' + b + '\u0000' + c).getBytes(StandardCharsets.UTF_8);
    }

    /** The current value of a field as an HQ before record-level fields kept it ({@code hq_field.val}). */
    public static byte[] field(String table, String rowKey, String col) {
        return place("field", table, rowKey, col);
    }

    /**
     * The current values of all a record's fields, with who set each ({@code hq_record.fields}): one sealed value per
     * record rather than per field (ADR 0019, "Throughput after sealing").
     */
    public static byte[] record(String table, String rowKey) {
        return place("record", table, rowKey, "");
    }

    /** A replaced value of a field ({@code hq_field_history.val}). */
    public static byte[] history(String table, String rowKey, String col) {
        return place("history", table, rowKey, col);
    }

    /** A competing value of a field in conflict ({@code hq_conflict_value.val}). */
    public static byte[] competing(String table, String rowKey, String col) {
        return place("competing", table, rowKey, col);
    }

    /** The value a conflict was resolved with ({@code hq_conflict.resolution}). */
    public static byte[] resolution(String table, String rowKey, String col) {
        return place("resolution", table, rowKey, col);
    }

    /** A change as its device sent it ({@code hq_change.changes}). */
    public static byte[] change(java.util.UUID changeId) {
        return place("change", changeId.toString(), "", "");
    }

    /** The password of HQ's TLS key store ({@code hq_tls.password}). */
    public static byte[] tlsPassword() {
        return place("tls", "password", "", "");
    }

    /** A chunk of exhibit content ({@code hq_content_chunk.data}). */
    public static byte[] chunk(String sha256, long start) {
        return place("chunk", sha256, Long.toString(start), "");
    }

    /** {@code text} sealed for {@code place}; null stays null (queries test {@code IS NOT NULL}). */
    public String seal(String text, byte[] place) throws SealException {
        if (text == null) {
            return null;
        }
        return MARK + Base64.getEncoder().encodeToString(sealBytes(text.getBytes(StandardCharsets.UTF_8), place));
    }

    /** Stored text opened for {@code place}: sealed text decrypted, text without the mark as it was written. */
    public String open(String stored, byte[] place) throws SealException {
        if (stored == null) {
            return null;
        }
        if (!isSealed(stored)) {
            if (acceptsPlaintext) {
                return stored;
            }
            throw new SealException("a value stored at HQ is not sealed");
        }
        if (!stored.startsWith(MARK)) {
            throw new SealException("a value stored at HQ is sealed under an unknown key version");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(stored.substring(MARK.length()));
        } catch (IllegalArgumentException e) {
            throw new SealException("a value stored at HQ is damaged", e);
        }
        return new String(openBytes(blob, place), StandardCharsets.UTF_8);
    }

    /** Whether stored text is sealed (or claims to be): it carries a mark. */
    static boolean isSealed(String stored) {
        return !stored.isEmpty() && stored.charAt(0) == '~';
    }

    /** IV, ciphertext and tag of {@code plain}, bound to {@code place}. */
    public byte[] sealBytes(byte[] plain, byte[] place) throws SealException {
        byte[] out = new byte[IV + plain.length + TAG];
        byte[] iv = new byte[IV];
        randoms.get().nextBytes(iv);
        System.arraycopy(iv, 0, out, 0, IV);
        try {
            Cipher c = ciphers.get();
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, out, 0, IV));
            c.updateAAD(place);
            c.doFinal(plain, 0, plain.length, out, IV);
            return out;
        } catch (GeneralSecurityException e) {
            throw new SealException("a value could not be sealed", e);
        }
    }

    /** The plaintext of {@link #sealBytes}'s output, if it was sealed under this key for {@code place}. */
    public byte[] openBytes(byte[] blob, byte[] place) throws SealException {
        if (blob.length < IV + TAG) {
            throw new SealException("a value stored at HQ is damaged");
        }
        try {
            Cipher c = ciphers.get();
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, blob, 0, IV));
            c.updateAAD(place);
            return c.doFinal(blob, IV, blob.length - IV);
        } catch (GeneralSecurityException e) {
            throw new SealException("a value stored at HQ does not open with HQ's value key in its place", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM missing", e);
        }
    }

    private static SecureRandom newRandom() {
        try {
            // a generator of this thread's own: the default one shares one lock between threads
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    @Override
    public String toString() {
        return "ValueSeal[redacted]";
    }
}
