package org.shield.application.security;

import java.nio.file.Path;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ProgressListener;

/**
 * Port: one-file encrypted vault backups. A backup holds the key file (the wrapped data keys), the
 * database files and the evidence store's blobs, all encrypted under a key derived from the data key, so it opens only with the
 * passphrase of a user who was in the vault. Blocking; call from a worker thread.
 */
public interface BackupArchive {
    /**
     * Writes {@code out} from the key file, a database snapshot zip and the blobs in {@code evidenceDir}
     * (which may not exist: then the backup holds no evidence). Progress counts the bytes of the snapshot
     * and of the blobs. Streams: memory use does not grow with the size of the evidence.
     */
    void write(Path out, byte[] keyFile, Path snapshotZip, Path evidenceDir, DataKey key, ProgressListener progress)
            throws ApplicationException;

    /**
     * Decrypts and authenticates the whole backup with the data key; returns the number of files in it
     * (database files and evidence blobs).
     */
    int verify(Path backup, DataKey key) throws ApplicationException;

    /** The data key of the backup, if this user and passphrase open it. */
    DataKey unlock(Path backup, String userName, char[] passphrase) throws ApplicationException;

    /**
     * Writes the key file, the database files ({@code db/}) and the evidence blobs ({@code evidence/}) of the
     * backup into {@code emptyDir}. Older backups without evidence restore too.
     */
    void restore(Path backup, DataKey key, Path emptyDir, ProgressListener progress) throws ApplicationException;
}
