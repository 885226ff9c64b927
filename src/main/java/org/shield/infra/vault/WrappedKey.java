package org.shield.infra.vault;

/**
 * A key wrapped under a passphrase ({@link PassphraseKeyWrap}), as stored: the KDF, its cost parameters and salt, and
 * the wrapped key. A mutable bean for Jackson, also the common part of each user's entry in a vault's key file
 * ({@link KeyFile.Entry}). Not shared between threads.
 */
public class WrappedKey {
    public String kdf = "argon2id";
    public int memoryKiB;
    public int iterations;
    public int parallelism;
    /** Base64 salt of the KDF. */
    public String salt;
    /** Base64 of 12-byte nonce followed by the GCM ciphertext and tag. */
    public String wrappedKey;

    Argon2Params params() {
        return new Argon2Params(memoryKiB, iterations, parallelism);
    }
}
