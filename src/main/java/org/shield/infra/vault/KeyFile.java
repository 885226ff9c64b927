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
    public static final class Entry extends WrappedKey {
        public String nameHash;
        public String createdAt;
        public String changedAt;
    }
}
