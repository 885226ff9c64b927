package org.shield.infra.vault;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ProgressListener;
import org.shield.application.common.StorageException;
import org.shield.application.common.UserMessage;
import org.shield.application.security.BackupArchive;
import org.shield.application.security.DataKey;

/**
 * One-file backups: a small header with the vault's key file (wrapped keys only), then a zip encrypted
 * with Tink's streaming AEAD (AES-256-GCM-HKDF, 1 MiB segments) under a key derived from the data key.
 * The magic and the key file are bound to the payload as associated data, so none of them can be swapped.
 * <p>
 * Version 2 (written): the zip holds {@code db/<name>} (the database snapshot's entries, copied one by
 * one) and {@code evidence/<32 hex>.blob} (the evidence store's files, already encrypted, streamed from
 * disk). Version 1 (still read): the zip is the database snapshot itself, entries at the root.
 * Nothing is staged on disk and memory use is flat whatever the size (blobs may be many gigabytes).
 */
public final class TinkBackupArchive implements BackupArchive {
    private static final byte[] MAGIC_V1 = "SHIELD-BACKUP-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MAGIC_V2 = "SHIELD-BACKUP-2\n".getBytes(StandardCharsets.US_ASCII);
    private static final int SEGMENT = 1 << 20;
    private static final int MAX_KEY_FILE = 1 << 20;
    private static final String DB_DIR = "db";
    private static final String EVIDENCE_DIR = "evidence";
    private static final Pattern DB_FILE = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern BLOB_FILE = Pattern.compile("[0-9a-f]{32}\\.blob");
    private static final Pattern V2_ENTRY = Pattern.compile("(db|evidence)/([^/]+)");

    private final FileVaultKeyStore keyStore;

    public TinkBackupArchive(FileVaultKeyStore keyStore) {
        this.keyStore = keyStore;
    }

    @Override
    public void write(Path out, byte[] keyFile, Path snapshotZip, Path evidenceDir, DataKey key,
            ProgressListener progress) throws ApplicationException {
        try {
            List<Path> blobs = blobs(evidenceDir);
            long total = Files.size(snapshotZip);
            for (Path b : blobs) {
                total += sizeOrZero(b);
            }
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE))) {
                DataOutputStream header = new DataOutputStream(file);
                header.write(MAGIC_V2);
                header.writeInt(keyFile.length);
                header.write(keyFile);
                header.flush();
                try (ZipOutputStream zip = new ZipOutputStream(
                        streaming(key).newEncryptingStream(nonClosing(file), aad(MAGIC_V2, keyFile)))) {
                    byte[] buf = new byte[64 * 1024];
                    long done = 0;
                    try (CountingInputStream raw = new CountingInputStream(Files.newInputStream(snapshotZip));
                         ZipInputStream db = new ZipInputStream(new BufferedInputStream(raw, 64 * 1024))) {
                        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
                        ZipEntry e;
                        while ((e = db.getNextEntry()) != null) {
                            if (e.isDirectory() || !dbFileName(e.getName())) {
                                throw new StorageException(new UserMessage("error.storage"));
                            }
                            zip.putNextEntry(new ZipEntry(DB_DIR + "/" + e.getName()));
                            int n;
                            while ((n = db.read(buf)) > 0) {
                                zip.write(buf, 0, n);
                                progress.progress(Math.min(raw.count(), total), total);
                            }
                            zip.closeEntry();
                        }
                        done = raw.count();
                    }
                    // the blobs are ciphertext already: deflating them would cost time and save nothing
                    zip.setLevel(Deflater.NO_COMPRESSION);
                    for (Path blob : blobs) {
                        InputStream opened = openIfPresent(blob);
                        if (opened == null) {
                            continue;
                        }
                        try (InputStream in = opened) {
                            zip.putNextEntry(new ZipEntry(EVIDENCE_DIR + "/" + blob.getFileName()));
                            int n;
                            while ((n = in.read(buf)) > 0) {
                                zip.write(buf, 0, n);
                                done += n;
                                progress.progress(Math.min(done, total), total);
                            }
                        }
                        zip.closeEntry();
                    }
                }
                progress.progress(total, total);
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

    /**
     * A blob listed a moment ago may have been discarded since (the store removes only blobs no record
     * points to, so the database snapshot, taken before the listing, does not need it).
     */
    private static InputStream openIfPresent(Path blob) throws IOException {
        try {
            return Files.newInputStream(blob, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static long sizeOrZero(Path blob) throws IOException {
        try {
            return Files.size(blob);
        } catch (NoSuchFileException e) {
            return 0;
        }
    }

    /** The evidence store's finished blobs, by name; partial writes ({@code .part}) and anything else are left out. */
    private static List<Path> blobs(Path evidenceDir) throws IOException {
        if (evidenceDir == null || !Files.isDirectory(evidenceDir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(evidenceDir)) {
            return s.filter(p -> BLOB_FILE.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    @Override
    public int verify(Path backup, DataKey key) throws ApplicationException {
        return readPayload(backup, key, null, ProgressListener.NONE);
    }

    @Override
    public DataKey unlock(Path backup, String userName, char[] passphrase) throws ApplicationException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(backup)))) {
            Header h = readHeader(in);
            return keyStore.unwrap(keyStore.parse(h.keyFile()), userName, passphrase);
        } catch (IOException e) {
            throw damaged(e);
        }
    }

    @Override
    public void restore(Path backup, DataKey key, Path emptyDir, ProgressListener progress)
            throws ApplicationException {
        readPayload(backup, key, emptyDir, progress);
    }

    /**
     * Decrypts the payload and returns the number of files in it; with a target directory, also writes the
     * key file, the database files ({@code db/}) and the evidence blobs ({@code evidence/}) there.
     */
    private int readPayload(Path backup, DataKey key, Path target, ProgressListener progress)
            throws ApplicationException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(backup)))) {
            Header h = readHeader(in);
            long total = Files.size(backup);
            int files = 0;
            int dbFiles = 0;
            if (target != null) {
                Files.createDirectories(target.resolve(DB_DIR));
                FileVaultKeyStore.ownerOnly(target, "rwx------");
                FileVaultKeyStore.ownerOnly(target.resolve(DB_DIR), "rwx------");
            }
            try (InputStream dec = streaming(key).newDecryptingStream(in, aad(h.magic(), h.keyFile()));
                 ZipInputStream zip = new ZipInputStream(dec)) {
                ZipEntry e;
                byte[] buf = new byte[64 * 1024];
                long done = 0;
                while ((e = zip.getNextEntry()) != null) {
                    String[] place = e.isDirectory() ? null : place(h.version(), e.getName());
                    if (place == null) {
                        throw new StorageException(new UserMessage("error.backupDamaged"));
                    }
                    OutputStream sink = target == null ? OutputStream.nullOutputStream()
                            : Files.newOutputStream(dir(target, place[0]).resolve(place[1]),
                                    StandardOpenOption.CREATE_NEW);
                    try (sink) {
                        int n;
                        while ((n = zip.read(buf)) > 0) {
                            sink.write(buf, 0, n);
                            done += n;
                            progress.progress(Math.min(done, total), total);
                        }
                    }
                    files++;
                    if (DB_DIR.equals(place[0])) {
                        dbFiles++;
                    }
                }
                // drain: the final segment's tag is checked only when the stream is read to its end
                while (dec.read(buf) > 0) {
                    done++;
                }
            }
            if (dbFiles == 0) {
                throw new StorageException(new UserMessage("error.backupDamaged"));
            }
            if (target != null) {
                Files.write(target.resolve(FileVaultKeyStore.KEY_FILE), h.keyFile(), StandardOpenOption.CREATE_NEW);
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

    /**
     * Where an entry goes: {@code {folder, file name}}, or null for a name this version does not allow.
     * Version 1 holds database files at the root; version 2 {@code db/<file>} and {@code evidence/<blob>}.
     */
    private static String[] place(int version, String name) {
        if (version == 1) {
            return dbFileName(name) ? new String[] {DB_DIR, name} : null;
        }
        Matcher m = V2_ENTRY.matcher(name);
        if (!m.matches()) {
            return null;
        }
        String folder = m.group(1);
        String file = m.group(2);
        boolean ok = DB_DIR.equals(folder) ? dbFileName(file) : BLOB_FILE.matcher(file).matches();
        return ok ? new String[] {folder, file} : null;
    }

    private static boolean dbFileName(String name) {
        return DB_FILE.matcher(name).matches() && !name.equals(".") && !name.equals("..");
    }

    /** The restore target's sub-folder, created owner-only the first time it is needed. */
    private static Path dir(Path target, String folder) throws IOException {
        Path d = target.resolve(folder);
        if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectory(d);
            FileVaultKeyStore.ownerOnly(d, "rwx------");
        }
        return d;
    }

    private record Header(int version, byte[] magic, byte[] keyFile) {
    }

    private static Header readHeader(DataInputStream in) throws IOException, StorageException {
        byte[] magic = new byte[MAGIC_V2.length];
        in.readFully(magic);
        int version;
        if (Arrays.equals(magic, MAGIC_V2)) {
            version = 2;
        } else if (Arrays.equals(magic, MAGIC_V1)) {
            version = 1;
        } else {
            throw new StorageException(new UserMessage("error.notABackup"));
        }
        int len = in.readInt();
        if (len <= 0 || len > MAX_KEY_FILE) {
            throw new StorageException(new UserMessage("error.backupDamaged"));
        }
        byte[] keyFile = new byte[len];
        in.readFully(keyFile);
        return new Header(version, magic, keyFile);
    }

    private static byte[] aad(byte[] magic, byte[] keyFile) {
        byte[] aad = Arrays.copyOf(magic, magic.length + keyFile.length);
        System.arraycopy(keyFile, 0, aad, magic.length, keyFile.length);
        return aad;
    }

    private static AesGcmHkdfStreaming streaming(DataKey key) throws GeneralSecurityException {
        byte[] raw = key.bytes();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(raw, "HmacSHA256"));
            // the same derivation for both versions: the magic in the associated data keeps them apart
            byte[] ikm = mac.doFinal("backup-v1".getBytes(StandardCharsets.US_ASCII));
            return new AesGcmHkdfStreaming(ikm, "HmacSha256", 32, SEGMENT, 0);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static StorageException damaged(Exception e) {
        return new StorageException(new UserMessage("error.backupDamaged"), e);
    }

    /** Counts the bytes read, for progress over the compressed snapshot file. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            count += k;
            return k;
        }
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
