package org.shield.infra.vault;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.shield.application.common.StorageException;
import org.shield.application.common.UserMessage;
import org.shield.application.common.WrongPassphraseException;
import org.shield.application.security.DataKey;

/**
 * A 256-bit key wrapped under a passphrase: a key-encryption key from Argon2id (parameters and salt kept with it),
 * then AES-256-GCM over the key with associated data naming what the key is for. The vault's key file wraps each
 * user's copy of the data key this way ({@link FileVaultKeyStore}); HQ keeps its value key in its database as the
 * {@linkplain #wrap(DataKey, char[], String) text form} (ADR 0019, "HQ encrypts values at rest").
 */
public final class PassphraseKeyWrap {
    private static final int GCM_TAG_BITS = 128;
    private static final int NONCE_BYTES = 12;
    private static final int SALT_BYTES = 16;
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final SecureRandom random = new SecureRandom();
    private final Argon2Params params;

    public PassphraseKeyWrap(Argon2Params params) {
        this.params = params;
    }

    /** Wraps {@code key} under {@code passphrase} into {@code into}, binding {@code aad}. */
    void wrap(WrappedKey into, DataKey key, char[] passphrase, byte[] aad) throws StorageException {
        byte[] salt = randomBytes(SALT_BYTES);
        byte[] kek = Argon2Kdf.derive(passphrase, salt, params);
        byte[] raw = key.bytes();
        try {
            byte[] nonce = randomBytes(NONCE_BYTES);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(GCM_TAG_BITS, nonce));
            c.updateAAD(aad);
            byte[] ct = c.doFinal(raw);
            into.kdf = "argon2id";
            into.memoryKiB = params.memoryKiB();
            into.iterations = params.iterations();
            into.parallelism = params.parallelism();
            into.salt = Base64.getEncoder().encodeToString(salt);
            into.wrappedKey = Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + ct.length).put(nonce).put(ct).array());
        } catch (GeneralSecurityException ex) {
            throw new StorageException(new UserMessage("error.storage"), ex);
        } finally {
            Arrays.fill(kek, (byte) 0);
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** The key, if {@code passphrase} and {@code aad} are those it was wrapped with; else a wrong passphrase. */
    static DataKey unwrap(WrappedKey w, char[] passphrase, byte[] aad) throws WrongPassphraseException {
        byte[] kek = null;
        try {
            kek = Argon2Kdf.derive(passphrase, Base64.getDecoder().decode(w.salt), w.params());
            byte[] blob = Base64.getDecoder().decode(w.wrappedKey);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"),
                    new GCMParameterSpec(GCM_TAG_BITS, blob, 0, NONCE_BYTES));
            c.updateAAD(aad);
            byte[] raw = c.doFinal(blob, NONCE_BYTES, blob.length - NONCE_BYTES);
            try {
                return new DataKey(raw);
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException ex) {
            throw new WrongPassphraseException(new UserMessage("error.wrongPassphrase"));
        } finally {
            if (kek != null) {
                Arrays.fill(kek, (byte) 0);
            }
        }
    }

    /** The same cost as an unwrap, for a name that has no key: timing does not tell which names exist. */
    void wasteUnwrap(char[] passphrase) {
        Argon2Kdf.derive(passphrase, randomBytes(SALT_BYTES), params);
    }

    /**
     * {@code key} wrapped under {@code passphrase} as one line of text (JSON: {@link WrappedKey}), for a database;
     * {@code purpose} is bound as associated data and must be given again to unwrap.
     */
    public String wrap(DataKey key, char[] passphrase, String purpose) throws StorageException {
        WrappedKey w = new WrappedKey();
        wrap(w, key, passphrase, purpose.getBytes(StandardCharsets.UTF_8));
        try {
            return JSON.writeValueAsString(w);
        } catch (IOException e) {
            throw new StorageException(new UserMessage("error.storage"), e);
        }
    }

    /** The key from {@link #wrap}'s text; a wrong passphrase (or purpose) is a {@link WrongPassphraseException}. */
    public DataKey unwrap(String text, char[] passphrase, String purpose)
            throws WrongPassphraseException, StorageException {
        WrappedKey w;
        try {
            w = JSON.readValue(text, WrappedKey.class);
        } catch (IOException e) {
            throw new StorageException(new UserMessage("error.keyFileDamaged"), e);
        }
        if (!"argon2id".equals(w.kdf) || w.salt == null || w.wrappedKey == null) {
            throw new StorageException(new UserMessage("error.keyFileDamaged"));
        }
        return unwrap(w, passphrase, purpose.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
