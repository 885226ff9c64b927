package org.shield.application.evidence;

import java.io.InputStream;
import java.nio.file.Path;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;

/**
 * Exhibit content outside the database, in the vault directory beside the H2 file: each blob encrypted
 * with a streaming AEAD under its own random key, which is handed back only wrapped by the vault's data
 * key (stored with the exhibit record). Blob ids are random and say nothing about the content. Memory use
 * is flat whatever the size. Blocking; call from a worker thread.
 */
public interface EvidenceStore {
    /**
     * Streams {@code source} into a new blob in fixed-size chunks, computing SHA-256 (and MD5 and SHA-1
     * when {@code extraHashes}) in the same pass. The source is opened read-only and never modified. The
     * blob is durable (synced) when this returns. Cancelled or failed: nothing is left behind and
     * {@code OperationCancelledException} / {@code StorageException} (disk full, unreadable source) is thrown.
     */
    StoredContent store(Path source, boolean extraHashes, ProgressListener progress, CancellationToken cancel)
            throws ApplicationException;

    /**
     * Streams {@code source} (content from elsewhere, such as HQ; about {@code expectedSize} bytes, for progress) into
     * a new blob, computing its SHA-256 in the same pass, durable when this returns. Plaintext never touches the disk.
     * A source failing with an {@code IOException} caused by an {@link ApplicationException} fails with that
     * exception; nothing is left behind on any failure.
     */
    StoredContent store(InputStream source, long expectedSize, ProgressListener progress, CancellationToken cancel)
            throws ApplicationException;

    /**
     * The decrypted content for reading. A blob altered on disk fails with an {@code IOException} from
     * the stream at the altered chunk; a missing one with {@code StorageException} here.
     */
    InputStream open(String blobId, byte[] wrappedKey) throws ApplicationException;

    /** Decrypts the whole blob and hashes it again: what a re-verification compares with the intake hash. */
    ContentCheck check(String blobId, byte[] wrappedKey, ProgressListener progress, CancellationToken cancel)
            throws ApplicationException;

    /**
     * Writes the decrypted content to {@code target} (which must not exist) and returns the SHA-256 of what
     * was written. Cancelled or failed: the partial file is removed.
     */
    ContentCheck copyTo(String blobId, byte[] wrappedKey, Path target, ProgressListener progress,
            CancellationToken cancel) throws ApplicationException;

    /** Removes a blob that no record points to (the transaction that would have recorded it failed). */
    void discard(String blobId);
}
