package org.shield.infra.vault;

import java.util.ArrayList;
import java.util.List;

/**
 * The vault's key file ({@code keys.json}) as JSON: per user, the data key wrapped with AES-256-GCM
 * under an Argon2id-derived key, with the KDF parameters and salt. User names appear only as salted
 * SHA-256 hashes. Mutable bean for Jackson; not shared between threads.
 */
public final class KeyFile {
    public int format = 1;
    public String vaultId;
    /** Base64 salt for hashing user names. */
    public String nameSalt;
    public List<Entry> users = new ArrayList<>();

    /** One user's wrapped copy of the data key. */
    public static final class Entry {
        public String nameHash;
        public String kdf = "argon2id";
        public int memoryKiB;
        public int iterations;
        public int parallelism;
        public String salt;
        /** Base64 of 12-byte nonce followed by the GCM ciphertext and tag. */
        public String wrappedKey;
        public String createdAt;
        public String changedAt;

        Argon2Params params() {
            return new Argon2Params(memoryKiB, iterations, parallelism);
        }
    }
}
