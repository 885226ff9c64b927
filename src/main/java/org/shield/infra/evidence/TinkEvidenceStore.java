package org.shield.infra.evidence;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.common.StorageException;
import org.shield.application.common.UserMessage;
import org.shield.application.common.VaultLockedException;
import org.shield.application.evidence.ContentCheck;
import org.shield.application.evidence.EvidenceStore;
import org.shield.application.evidence.StoredContent;
import org.shield.application.security.DataKey;
import org.shield.domain.evidence.ContentHashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evidence blobs as files {@code <vault>/evidence/<id>.blob}, each encrypted with Tink's streaming AEAD
 * (AES-256-GCM-HKDF, 1 MiB segments) under its own random content key; the content key is handed back
 * wrapped (AES-256-GCM) under a key derived from the vault's data key. The blob id is the associated data
 * of both, so a blob and a wrapped key cannot be swapped between records. See ADR 0010.
 *
 * <p>Memory use is flat: content moves in 1 MiB chunks through a small fixed pool of buffers. Blocking;
 * call from a worker thread. Thread-safe (no mutable state besides the random source).
 */
public final class TinkEvidenceStore implements EvidenceStore {
    /** The folder inside the vault directory that holds the blobs. */
    public static final String DIR = "evidence";

    static final String SUFFIX = ".blob";
    static final String PART_SUFFIX = ".blob.part";
    static final int CHUNK = 1 << 20;
    static final byte WRAP_VERSION = 1;

    private static final Logger LOG = LoggerFactory.getLogger(TinkEvidenceStore.class);
    private static final Pattern BLOB_ID = Pattern.compile("[0-9a-f]{32}");
    private static final byte[] KEK_INFO = "shield/evidence/kek/v1".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_LENGTH = 32;
    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final int SEGMENT = 1 << 20;
    private static final HexFormat HEX = HexFormat.of();

    private final Path dir;
    private final DataKey dataKey;
    private final SecureRandom random = new SecureRandom();

    public TinkEvidenceStore(Path vaultDir, DataKey dataKey) {
        this.dir = vaultDir.resolve(DIR);
        this.dataKey = dataKey;
    }

    /**
     * Gets AES-GCM compiled before the first exhibit is stored or read ({@link AesGcmWarmUp}); once per JVM, about
     * 0.2 s. The app calls it at the unlock screen, while the user types.
     */
    public static void warmUp() {
        AesGcmWarmUp.ensure();
    }

    @Override
    public StoredContent store(Path source, boolean extraHashes, ProgressListener progress, CancellationToken cancel)
            throws ApplicationException {
        AesGcmWarmUp.ensure();
        String id = newBlobId();
        Path part = dir.resolve(id + PART_SUFFIX);
        byte[] contentKey = new byte[KEY_LENGTH];
        random.nextBytes(contentKey);
        try {
            byte[] wrapped = wrap(contentKey, id);
            Digests digests = new Digests(extraHashes);
            long size;
            try (FileChannel in = openSource(source)) {
                long total = sizeOf(in);
                ensureDir();
                try (FileChannel out = FileChannel.open(part, Set.of(StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE), ownerOnlyFile())) {
                    size = IntakePipeline.run(in, out, streaming(contentKey), aad(id), digests, total, progress,
                            cancel);
                    out.force(true);
                }
            }
            commit(part, id);
            return new StoredContent(id, wrapped, size, digests.hashes());
        } catch (IOException e) {
            deleteQuietly(part);
            throw storeFailure(e);
        } catch (GeneralSecurityException e) {
            deleteQuietly(part);
            throw new StorageException(new UserMessage("error.storage"), e);
        } catch (ApplicationException | RuntimeException | Error e) {
            deleteQuietly(part);
            throw e;
        } finally {
            Arrays.fill(contentKey, (byte) 0);
        }
    }

    @Override
    public StoredContent store(InputStream source, long expectedSize, ProgressListener progress,
            CancellationToken cancel) throws ApplicationException {
        AesGcmWarmUp.ensure();
        String id = newBlobId();
        Path part = dir.resolve(id + PART_SUFFIX);
        byte[] contentKey = new byte[KEY_LENGTH];
        random.nextBytes(contentKey);
        try {
            byte[] wrapped = wrap(contentKey, id);
            MessageDigest sha256 = digest("SHA-256");
            long size = 0;
            ensureDir();
            try (FileChannel out = FileChannel.open(part, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), ownerOnlyFile())) {
                java.io.OutputStream file = new java.io.FilterOutputStream(java.nio.channels.Channels.newOutputStream(
                        out)) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // the channel is forced and closed below
                    }
                };
                try (java.io.OutputStream enc = streaming(contentKey).newEncryptingStream(file, aad(id))) {
                    byte[] buf = new byte[CHUNK];
                    while (true) {
                        cancel.throwIfCancelled();
                        int n = source.readNBytes(buf, 0, buf.length);
                        if (n <= 0) {
                            break;
                        }
                        sha256.update(buf, 0, n);
                        enc.write(buf, 0, n);
                        size += n;
                        progress.progress(size, Math.max(expectedSize, size));
                    }
                }
                out.force(true);
            }
            commit(part, id);
            return new StoredContent(id, wrapped, size, new ContentHashes(HEX.formatHex(sha256.digest()), null, null));
        } catch (IOException e) {
            deleteQuietly(part);
            if (e.getCause() instanceof ApplicationException reason) {
                throw reason; // the source's own failure (HQ not reached, say), not the store's
            }
            throw storeFailure(e);
        } catch (GeneralSecurityException e) {
            deleteQuietly(part);
            throw new StorageException(new UserMessage("error.storage"), e);
        } catch (ApplicationException | RuntimeException | Error e) {
            deleteQuietly(part);
            throw e;
        } finally {
            Arrays.fill(contentKey, (byte) 0);
        }
    }

    @Override
    public InputStream open(String blobId, byte[] wrappedKey) throws ApplicationException {
        Path blob = blobPath(blobId);
        AesGcmWarmUp.ensure();
        byte[] contentKey = unwrapOrDamaged(wrappedKey, blobId);
        InputStream file = null;
        try {
            file = Files.newInputStream(blob);
            return streaming(contentKey).newDecryptingStream(file, aad(blobId));
        } catch (NoSuchFileException e) {
            throw new StorageException(new UserMessage("error.evidenceMissing"), e);
        } catch (IOException | GeneralSecurityException e) {
            closeQuietly(file);
            throw new StorageException(new UserMessage("error.evidenceDamaged"), e);
        } finally {
            Arrays.fill(contentKey, (byte) 0);
        }
    }

    @Override
    public ContentCheck check(String blobId, byte[] wrappedKey, ProgressListener progress, CancellationToken cancel)
            throws ApplicationException {
        return decryptTo(blobId, wrappedKey, null, progress, cancel);
    }

    @Override
    public ContentCheck copyTo(String blobId, byte[] wrappedKey, Path target, ProgressListener progress,
            CancellationToken cancel) throws ApplicationException {
        return decryptTo(blobId, wrappedKey, target, progress, cancel);
    }

    @Override
    public void discard(String blobId) {
        Path blob = blobPath(blobId);
        try {
            Files.deleteIfExists(blob);
            Files.deleteIfExists(dir.resolve(blobId + PART_SUFFIX));
        } catch (IOException | RuntimeException e) {
            LOG.warn("evidence blob {} could not be discarded ({})", blobId, e.getClass().getSimpleName());
        }
    }

    /**
     * Decrypts a blob to the end, hashing the plaintext; with a target, also writes it there (and removes
     * the partial file on any failure). Damage is an outcome, not an exception.
     */
    private ContentCheck decryptTo(String blobId, byte[] wrappedKey, Path target, ProgressListener progress,
            CancellationToken cancel) throws ApplicationException {
        if (blobId == null || !BLOB_ID.matcher(blobId).matches()) {
            return ContentCheck.damaged(); // a record altered outside the app: report it, do not stop the run
        }
        Path blob = blobPath(blobId);
        if (!Files.isRegularFile(blob)) {
            return ContentCheck.missing();
        }
        AesGcmWarmUp.ensure();
        byte[] contentKey;
        try {
            contentKey = unwrap(wrappedKey, blobId);
        } catch (GeneralSecurityException e) {
            return ContentCheck.damaged();
        }
        FileChannel out = null;
        boolean complete = false;
        try {
            AesGcmHkdfStreaming aead = streaming(contentKey);
            long total = plaintextSize(aead, Files.size(blob));
            if (target != null) {
                out = openTarget(target);
            }
            MessageDigest sha256 = digest("SHA-256");
            byte[] buf = new byte[CHUNK];
            long done = 0;
            try (InputStream file = Files.newInputStream(blob);
                 InputStream in = aead.newDecryptingStream(file, aad(blobId))) {
                while (true) {
                    cancel.throwIfCancelled();
                    int n;
                    try {
                        n = in.readNBytes(buf, 0, buf.length);
                    } catch (IOException e) {
                        return ContentCheck.damaged();
                    }
                    if (n <= 0) {
                        break;
                    }
                    sha256.update(buf, 0, n);
                    if (out != null) {
                        writeFully(out, ByteBuffer.wrap(buf, 0, n));
                    }
                    done += n;
                    progress.progress(done, Math.max(total, done));
                }
            } catch (NoSuchFileException e) {
                return ContentCheck.missing();
            }
            if (out != null) {
                out.force(true);
            }
            complete = true;
            return new ContentCheck(ContentCheck.Outcome.READ, HEX.formatHex(sha256.digest()), done);
        } catch (GeneralSecurityException e) {
            return ContentCheck.damaged();
        } catch (IOException e) {
            throw target == null ? storeFailure(e) : targetFailure(e);
        } finally {
            Arrays.fill(contentKey, (byte) 0);
            closeQuietly(out);
            if (out != null && !complete) {
                deleteQuietly(target);
            }
        }
    }

    /** For progress only: segment 0 holds the header, and every segment ends with a 16-byte tag. */
    private static long plaintextSize(AesGcmHkdfStreaming aead, long ciphertextSize) {
        long segments = Math.max(1, (ciphertextSize + aead.getCiphertextSegmentSize() - 1)
                / aead.getCiphertextSegmentSize());
        return Math.max(0, ciphertextSize - aead.getHeaderLength() - segments * aead.getCiphertextOverhead());
    }

    // --- keys ---

    /** version || nonce || AES-256-GCM(content key) with the blob id as associated data: 61 bytes. */
    private byte[] wrap(byte[] contentKey, String blobId) throws ApplicationException {
        byte[] kek = kek();
        try {
            byte[] nonce = new byte[NONCE_LENGTH];
            random.nextBytes(nonce);
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            gcm.updateAAD(aad(blobId));
            byte[] sealed = gcm.doFinal(contentKey);
            byte[] wrapped = new byte[1 + NONCE_LENGTH + sealed.length];
            wrapped[0] = WRAP_VERSION;
            System.arraycopy(nonce, 0, wrapped, 1, NONCE_LENGTH);
            System.arraycopy(sealed, 0, wrapped, 1 + NONCE_LENGTH, sealed.length);
            return wrapped;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private byte[] unwrap(byte[] wrapped, String blobId) throws GeneralSecurityException, VaultLockedException {
        if (wrapped == null || wrapped.length != 1 + NONCE_LENGTH + KEY_LENGTH + TAG_BITS / 8
                || wrapped[0] != WRAP_VERSION) {
            throw new GeneralSecurityException("wrapped key malformed");
        }
        byte[] kek = kek();
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"),
                    new GCMParameterSpec(TAG_BITS, wrapped, 1, NONCE_LENGTH));
            gcm.updateAAD(aad(blobId));
            return gcm.doFinal(wrapped, 1 + NONCE_LENGTH, wrapped.length - 1 - NONCE_LENGTH);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private byte[] unwrapOrDamaged(byte[] wrapped, String blobId) throws ApplicationException {
        try {
            return unwrap(wrapped, blobId);
        } catch (GeneralSecurityException e) {
            throw new StorageException(new UserMessage("error.evidenceDamaged"), e);
        }
    }

    /** HKDF-SHA256(data key, info "shield/evidence/kek/v1"); derived per operation so locking the vault ends it. */
    private byte[] kek() throws VaultLockedException {
        byte[] ikm;
        try {
            ikm = dataKey.bytes();
        } catch (IllegalStateException e) {
            throw new VaultLockedException(new UserMessage("error.vaultLocked"), e);
        }
        try {
            HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
            hkdf.init(new HKDFParameters(ikm, null, KEK_INFO));
            byte[] kek = new byte[KEY_LENGTH];
            hkdf.generateBytes(kek, 0, kek.length);
            return kek;
        } finally {
            Arrays.fill(ikm, (byte) 0);
        }
    }

    private static AesGcmHkdfStreaming streaming(byte[] contentKey) throws GeneralSecurityException {
        return new AesGcmHkdfStreaming(contentKey, "HmacSha256", KEY_LENGTH, SEGMENT, 0);
    }

    private static byte[] aad(String blobId) {
        return blobId.getBytes(StandardCharsets.US_ASCII);
    }

    // --- files ---

    private String newBlobId() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return HEX.formatHex(b);
    }

    private Path blobPath(String blobId) {
        if (blobId == null || !BLOB_ID.matcher(blobId).matches()) {
            throw new IllegalArgumentException("invalid blob id");
        }
        return dir.resolve(blobId + SUFFIX);
    }

    private void ensureDir() throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            if (posix(dir)) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    private FileAttribute<?>[] ownerOnlyFile() {
        if (posix(dir)) {
            Set<PosixFilePermission> perms = PosixFilePermissions.fromString("rw-------");
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(perms)};
        }
        return new FileAttribute<?>[0];
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Makes the rename durable; not every platform can open a directory, and then the rename is as good as it gets. */
    private void syncDir() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            LOG.debug("evidence directory not synced ({})", e.getClass().getSimpleName());
        }
    }

    private static FileChannel openSource(Path source) throws StorageException {
        try {
            return FileChannel.open(source, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new StorageException(new UserMessage("error.evidenceSourceUnreadable"), e);
        }
    }

    private static long sizeOf(FileChannel in) throws StorageException {
        try {
            return in.size();
        } catch (IOException e) {
            throw new StorageException(new UserMessage("error.evidenceSourceUnreadable"), e);
        }
    }

    private static FileChannel openTarget(Path target) throws ApplicationException {
        try {
            return FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new StorageException(new UserMessage("error.exportExists"), e);
        } catch (IOException e) {
            throw targetFailure(e);
        }
    }

    static void writeFully(WritableByteChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " unavailable", e);
        }
    }

    static boolean diskFull(IOException e) {
        String m = e.getMessage();
        return m != null && m.contains("No space left");
    }

    private static StorageException storeFailure(IOException e) {
        if (e instanceof SourceReadException) {
            return new StorageException(new UserMessage("error.evidenceSourceUnreadable"), e.getCause());
        }
        return new StorageException(new UserMessage(diskFull(e) ? "error.diskFull" : "error.storage"), e);
    }

    private static StorageException targetFailure(IOException e) {
        return new StorageException(new UserMessage(diskFull(e) ? "error.diskFull" : "error.exportNotWritten"), e);
    }

    /** Moves a written and forced part file to its blob name, atomically where the file system can. */
    private void commit(Path part, String id) throws IOException {
        Path blob = dir.resolve(id + SUFFIX);
        try {
            Files.move(part, blob, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, blob);
        }
        syncDir();
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("partial evidence file not removed ({})", e.getClass().getSimpleName());
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.debug("close failed ({})", e.getClass().getSimpleName());
        }
    }

    /**
     * SHA-256 always, MD5 and SHA-1 when asked, fed the same plaintext in order. Split between the two
     * threads of {@link IntakePipeline} so their CPU time is about even (MD5 alone is about as slow as
     * SHA-256 and SHA-1 together here); each digest is only ever touched by one thread.
     */
    static final class Digests {
        private final MessageDigest sha256 = digest("SHA-256");
        private final MessageDigest md5;
        private final MessageDigest sha1;

        Digests(boolean extra) {
            md5 = extra ? digest("MD5") : null;
            sha1 = extra ? digest("SHA-1") : null;
        }

        void updateOnReader(byte[] b, int off, int len) {
            if (md5 != null) {
                md5.update(b, off, len);
            } else {
                sha256.update(b, off, len);
            }
        }

        void updateOnWriter(byte[] b, int off, int len) {
            if (md5 != null) {
                sha256.update(b, off, len);
                sha1.update(b, off, len);
            }
        }

        ContentHashes hashes() {
            return new ContentHashes(HEX.formatHex(sha256.digest()), md5 == null ? null : HEX.formatHex(md5.digest()),
                    sha1 == null ? null : HEX.formatHex(sha1.digest()));
        }
    }

    /** An IOException while reading the source (as opposed to writing the store), to pick the right message. */
    static final class SourceReadException extends IOException {
        private static final long serialVersionUID = 1L;

        SourceReadException(IOException cause) {
            super(cause.getClass().getSimpleName(), cause);
        }
    }
}
