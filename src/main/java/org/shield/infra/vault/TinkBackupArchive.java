package org.shield.infra.vault;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ProgressListener;
import org.shield.application.common.StorageException;
import org.shield.application.common.UserMessage;
import org.shield.application.security.BackupArchive;
import org.shield.application.security.DataKey;

/**
 * One-file backups: a small header with the vault's key file (wrapped keys only), then the database
 * snapshot zip encrypted with Tink's streaming AEAD (AES-256-GCM-HKDF, 1 MiB segments) under a key
 * derived from the data key. The key file is bound to the payload as associated data, so neither can
 * be swapped. Memory use is flat whatever the size.
 */
public final class TinkBackupArchive implements BackupArchive {
    private static final byte[] MAGIC = "SHIELD-BACKUP-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int SEGMENT = 1 << 20;
    private static final int MAX_KEY_FILE = 1 << 20;
    private static final String DB_DIR = "db";

    private final FileVaultKeyStore keyStore;

    public TinkBackupArchive(FileVaultKeyStore keyStore) {
        this.keyStore = keyStore;
    }

    @Override
    public void write(Path out, byte[] keyFile, Path snapshotZip, DataKey key, ProgressListener progress)
            throws ApplicationException {
        try {
            long total = Files.size(snapshotZip);
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE))) {
                DataOutputStream header = new DataOutputStream(file);
                header.write(MAGIC);
                header.writeInt(keyFile.length);
                header.write(keyFile);
                header.flush();
                try (OutputStream enc = streaming(key).newEncryptingStream(nonClosing(file), aad(keyFile));
                     InputStream in = Files.newInputStream(snapshotZip)) {
                    byte[] buf = new byte[64 * 1024];
                    long done = 0;
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        enc.write(buf, 0, n);
                        done += n;
                        progress.progress(done, total);
                    }
                }
            }
            try (var ch = java.nio.channels.FileChannel.open(out, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        } catch (IOException e) {
            throw FileVaultKeyStore.storage(e);
        } catch (GeneralSecurityException e) {
            throw new StorageException(new UserMessage("error.storage"), e);
        }
    }

    @Override
    public int verify(Path backup, DataKey key) throws ApplicationException {
        return readPayload(backup, key, null, ProgressListener.NONE);
    }

    @Override
    public DataKey unlock(Path backup, String userName, char[] passphrase) throws ApplicationException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(backup)))) {
            byte[] keyFile = readHeader(in);
            return keyStore.unwrap(keyStore.parse(keyFile), userName, passphrase);
        } catch (IOException e) {
            throw damaged(e);
        }
    }

    @Override
    public void restore(Path backup, DataKey key, Path emptyDir, ProgressListener progress)
            throws ApplicationException {
        readPayload(backup, key, emptyDir, progress);
    }

    /** Decrypts the payload; with a target directory, also writes the key file and database files there. */
    private int readPayload(Path backup, DataKey key, Path target, ProgressListener progress)
            throws ApplicationException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(backup)))) {
            byte[] keyFile = readHeader(in);
            long total = Files.size(backup);
            int files = 0;
            if (target != null) {
                Files.createDirectories(target.resolve(DB_DIR));
                FileVaultKeyStore.ownerOnly(target, "rwx------");
            }
            try (InputStream dec = streaming(key).newDecryptingStream(in, aad(keyFile));
                 ZipInputStream zip = new ZipInputStream(dec)) {
                ZipEntry e;
                byte[] buf = new byte[64 * 1024];
                long done = 0;
                while ((e = zip.getNextEntry()) != null) {
                    String name = e.getName();
                    if (e.isDirectory() || !name.matches("[A-Za-z0-9._-]+")) {
                        throw new StorageException(new UserMessage("error.backupDamaged"));
                    }
                    OutputStream sink = target == null ? OutputStream.nullOutputStream()
                            : Files.newOutputStream(target.resolve(DB_DIR).resolve(name), StandardOpenOption.CREATE_NEW);
                    try (sink) {
                        int n;
                        while ((n = zip.read(buf)) > 0) {
                            sink.write(buf, 0, n);
                            done += n;
                            progress.progress(Math.min(done, total), total);
                        }
                    }
                    files++;
                }
                // drain: the final segment's tag is checked only when the stream is read to its end
                while (dec.read(buf) > 0) {
                    done++;
                }
            }
            if (files == 0) {
                throw new StorageException(new UserMessage("error.backupDamaged"));
            }
            if (target != null) {
                Files.write(target.resolve(FileVaultKeyStore.KEY_FILE), keyFile, StandardOpenOption.CREATE_NEW);
            }
            return files;
        } catch (ApplicationException e) {
            throw e;
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("No space left")) {
                throw FileVaultKeyStore.storage(e);
            }
            throw damaged(e);
        } catch (GeneralSecurityException e) {
            throw damaged(e);
        }
    }

    private static byte[] readHeader(DataInputStream in) throws IOException, StorageException {
        byte[] magic = new byte[MAGIC.length];
        in.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new StorageException(new UserMessage("error.notABackup"));
        }
        int len = in.readInt();
        if (len <= 0 || len > MAX_KEY_FILE) {
            throw new StorageException(new UserMessage("error.backupDamaged"));
        }
        byte[] keyFile = new byte[len];
        in.readFully(keyFile);
        return keyFile;
    }

    private static byte[] aad(byte[] keyFile) {
        byte[] aad = Arrays.copyOf(MAGIC, MAGIC.length + keyFile.length);
        System.arraycopy(keyFile, 0, aad, MAGIC.length, keyFile.length);
        return aad;
    }

    private static AesGcmHkdfStreaming streaming(DataKey key) throws GeneralSecurityException {
        byte[] raw = key.bytes();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(raw, "HmacSHA256"));
            byte[] ikm = mac.doFinal("backup-v1".getBytes(StandardCharsets.US_ASCII));
            return new AesGcmHkdfStreaming(ikm, "HmacSha256", 32, SEGMENT, 0);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static StorageException damaged(Exception e) {
        return new StorageException(new UserMessage("error.backupDamaged"), e);
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }
}
