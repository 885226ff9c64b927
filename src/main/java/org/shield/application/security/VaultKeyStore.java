package org.shield.application.security;

import java.nio.file.Path;
import org.shield.application.common.StorageException;
import org.shield.application.common.WrongPassphraseException;

/**
 * Port: the vault's key file. Holds, per local user, the data key wrapped under a key derived from that
 * user's passphrase (Argon2id), and the count of failed unlocks. Holds no personal data: user names are
 * stored only as salted hashes. Blocking (key derivation takes 0.3–1 s); call from a worker thread.
 */
public interface VaultKeyStore {
    boolean exists(Path vaultDir);

    /** Creates the key file with a fresh random data key wrapped for the first user. Fails if one exists. */
    DataKey create(Path vaultDir, String userName, char[] passphrase) throws StorageException;

    /** The data key, if this user and passphrase open it; the same failure whether the user exists or not. */
    DataKey unwrap(Path vaultDir, String userName, char[] passphrase)
            throws WrongPassphraseException, StorageException;

    /** Wraps the data key for another user (the caller holds it after an unlock). */
    void addUser(Path vaultDir, DataKey key, String userName, char[] passphrase) throws StorageException;

    /** Wraps the data key for a user under a new (temporary) passphrase, replacing their copy if any. */
    void replaceUser(Path vaultDir, DataKey key, String userName, char[] passphrase) throws StorageException;

    /** Removes a user's wrapped copy of the data key: that user can no longer unlock. */
    void removeUser(Path vaultDir, String userName) throws StorageException;

    /** Re-wraps this user's copy of the data key under a new passphrase; the database is untouched. */
    void rewrap(Path vaultDir, String userName, char[] current, char[] next)
            throws WrongPassphraseException, StorageException;

    /** Consecutive failed unlocks since the last success, and when the last one happened. */
    UnlockFailures failures(Path vaultDir) throws StorageException;

    void recordFailure(Path vaultDir, UnlockFailures updated) throws StorageException;

    void clearFailures(Path vaultDir) throws StorageException;

    /** Removes a key file whose vault could not be created, so the folder does not pose as a vault. */
    void discard(Path vaultDir);

    /**
     * Crypto-shred: overwrites the key file with random bytes, forces that to disk and deletes it, so that no
     * passphrase opens this vault again (a lost laptop, issue 7). A flash disk may keep old blocks a while; the
     * wrapped keys in them still need a passphrase. Backups made earlier are not touched.
     */
    void destroy(Path vaultDir) throws StorageException;

    /** The key file as stored, for a backup (wrapped keys only; useless without a passphrase). */
    byte[] exportKeyFile(Path vaultDir) throws StorageException;
}
