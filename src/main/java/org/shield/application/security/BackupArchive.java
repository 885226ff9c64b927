package org.shield.application.security;

import java.nio.file.Path;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ProgressListener;

/**
 * Port: one-file encrypted vault backups. A backup holds the key file (the wrapped data keys) and the
 * database files, all encrypted under a key derived from the data key, so it opens only with the
 * passphrase of a user who was in the vault. Blocking; call from a worker thread.
 */
public interface BackupArchive {
    /** Writes {@code out} from the key file and a database snapshot zip. */
    void write(Path out, byte[] keyFile, Path snapshotZip, DataKey key, ProgressListener progress)
            throws ApplicationException;

    /** Decrypts and authenticates the whole backup with the data key; returns the number of database files. */
    int verify(Path backup, DataKey key) throws ApplicationException;

    /** The data key of the backup, if this user and passphrase open it. */
    DataKey unlock(Path backup, String userName, char[] passphrase) throws ApplicationException;

    /** Writes the key file and database files of the backup into {@code emptyDir}. */
    void restore(Path backup, DataKey key, Path emptyDir, ProgressListener progress) throws ApplicationException;
}
