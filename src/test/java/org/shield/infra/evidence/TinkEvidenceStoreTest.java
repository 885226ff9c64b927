package org.shield.infra.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.OperationCancelledException;
import org.shield.application.common.ProgressListener;
import org.shield.application.common.StorageException;
import org.shield.application.common.VaultLockedException;
import org.shield.application.evidence.ContentCheck;
import org.shield.application.evidence.StoredContent;
import org.shield.application.security.DataKey;

/** The encrypted evidence blob store on real files: round trips, damage, cancel, and what lands on disk. */
class TinkEvidenceStoreTest {
    private static final String CANARY = "CANARY-EXHIBIT-SYNTHETIC-7f3a";
    private static final String CANARY_NAME = "exhibit-CANARY-FILENAME-91c2.jpg";

    @TempDir
    Path tmp;

    private Path vault() {
        return tmp.resolve("vault");
    }

    private Path evidenceDir() {
        return vault().resolve(TinkEvidenceStore.DIR);
    }

    private static DataKey key(int seed) {
        byte[] b = new byte[DataKey.LENGTH];
        new Random(seed).nextBytes(b);
        return new DataKey(b);
    }

    private TinkEvidenceStore store() {
        return new TinkEvidenceStore(vault(), key(1));
    }

    private Path randomFile(String name, int size) throws IOException {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return Files.write(tmp.resolve(name), b);
    }

    private static StoredContent put(TinkEvidenceStore s, Path f) throws ApplicationException {
        return s.store(f, false, ProgressListener.NONE, new CancellationToken());
    }

    private static String hash(String algorithm, byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(b));
    }

    private Path blobFile(StoredContent c) {
        return evidenceDir().resolve(c.blobId() + TinkEvidenceStore.SUFFIX);
    }

    private List<Path> evidenceFiles() throws IOException {
        try (Stream<Path> s = Files.walk(evidenceDir())) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    private static ContentCheck check(TinkEvidenceStore s, StoredContent c) throws ApplicationException {
        return s.check(c.blobId(), c.wrappedKey(), ProgressListener.NONE, new CancellationToken());
    }

    @Test
    void storedContentReadsBackTheSameBytesAndHashes() throws Exception {
        Path source = randomFile("in.bin", 2 * TinkEvidenceStore.CHUNK + 12345);
        byte[] original = Files.readAllBytes(source);
        TinkEvidenceStore s = store();

        StoredContent c = put(s, source);

        assertThat(c.blobId()).matches("[0-9a-f]{32}");
        assertThat(c.sizeBytes()).isEqualTo(original.length);
        assertThat(c.hashes().sha256()).isEqualTo(hash("SHA-256", original));
        assertThat(c.wrappedKey().length).isLessThanOrEqualTo(200);
        try (InputStream in = s.open(c.blobId(), c.wrappedKey())) {
            assertThat(in.readAllBytes()).isEqualTo(original);
        }
        assertThat(check(s, c)).isEqualTo(new ContentCheck(ContentCheck.Outcome.READ, c.hashes().sha256(),
                original.length));
    }

    @Test
    void md5AndSha1AreComputedOnlyWhenAsked() throws Exception {
        Path source = randomFile("in.bin", 300_000);
        byte[] original = Files.readAllBytes(source);
        TinkEvidenceStore s = store();

        StoredContent plain = s.store(source, false, ProgressListener.NONE, new CancellationToken());
        StoredContent extra = s.store(source, true, ProgressListener.NONE, new CancellationToken());

        assertThat(plain.hashes().md5()).isNull();
        assertThat(plain.hashes().sha1()).isNull();
        assertThat(extra.hashes().md5()).isEqualTo(hash("MD5", original));
        assertThat(extra.hashes().sha1()).isEqualTo(hash("SHA-1", original));
        assertThat(extra.hashes().sha256()).isEqualTo(hash("SHA-256", original));
    }

    @Test
    void anEmptyFileIsStoredAndReadBack() throws Exception {
        Path source = Files.createFile(tmp.resolve("empty.bin"));
        TinkEvidenceStore s = store();

        StoredContent c = put(s, source);

        assertThat(c.sizeBytes()).isZero();
        assertThat(c.hashes().sha256()).isEqualTo(hash("SHA-256", new byte[0]));
        try (InputStream in = s.open(c.blobId(), c.wrappedKey())) {
            assertThat(in.readAllBytes()).isEmpty();
        }
        assertThat(check(s, c).outcome()).isEqualTo(ContentCheck.Outcome.READ);
    }

    @Test
    void nothingOnDiskContainsThePlaintextOrTheFileName() throws Exception {
        byte[] canary = (CANARY + "\n").repeat(20_000).getBytes(StandardCharsets.US_ASCII);
        Path source = Files.write(tmp.resolve(CANARY_NAME), canary);
        TinkEvidenceStore s = store();

        StoredContent c = s.store(source, true, ProgressListener.NONE, new CancellationToken());

        List<Path> files = evidenceFiles();
        assertThat(files).containsExactly(blobFile(c));
        for (Path f : files) {
            assertThat(f.toString()).doesNotContain("CANARY");
            String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertThat(bytes).doesNotContain(CANARY).doesNotContain(CANARY_NAME).doesNotContain("CANARY");
        }
    }

    @Test
    void theEvidenceFolderAndBlobsAreOwnerOnly() throws Exception {
        TinkEvidenceStore s = store();
        StoredContent c = put(s, randomFile("in.bin", 1000));

        if (evidenceDir().getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(evidenceDir())))
                    .isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(blobFile(c))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void aByteFlippedInTheMiddleIsDamagedAndFailsTheReadingStream() throws Exception {
        TinkEvidenceStore s = store();
        StoredContent c = put(s, randomFile("in.bin", 3 * TinkEvidenceStore.CHUNK));
        try (RandomAccessFile f = new RandomAccessFile(blobFile(c).toFile(), "rw")) {
            long middle = f.length() / 2;
            f.seek(middle);
            int b = f.read();
            f.seek(middle);
            f.write(b ^ 0x01);
        }

        assertThat(check(s, c)).isEqualTo(ContentCheck.damaged());
        assertThatThrownBy(() -> {
            try (InputStream in = s.open(c.blobId(), c.wrappedKey())) {
                in.readAllBytes();
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void aTruncatedBlobIsDamaged() throws Exception {
        TinkEvidenceStore s = store();
        StoredContent c = put(s, randomFile("in.bin", 2 * TinkEvidenceStore.CHUNK + 7));
        try (RandomAccessFile f = new RandomAccessFile(blobFile(c).toFile(), "rw")) {
            f.setLength(f.length() - 100);
        }

        assertThat(check(s, c)).isEqualTo(ContentCheck.damaged());
    }

    @Test
    void aBlobCutAtASegmentBoundaryIsDamaged() throws Exception {
        TinkEvidenceStore s = store();
        StoredContent c = put(s, randomFile("in.bin", 3 * TinkEvidenceStore.CHUNK));
        try (RandomAccessFile f = new RandomAccessFile(blobFile(c).toFile(), "rw")) {
            f.setLength(1 << 20); // exactly the first ciphertext segment
        }

        assertThat(check(s, c)).isEqualTo(ContentCheck.damaged());
    }

    @Test
    void aMissingBlobIsReportedAsMissing() throws Exception {
        TinkEvidenceStore s = store();
        StoredContent c = put(s, randomFile("in.bin", 1000));
        Files.delete(blobFile(c));

        assertThat(check(s, c)).isEqualTo(ContentCheck.missing());
        assertThatThrownBy(() -> s.open(c.blobId(), c.wrappedKey())).isInstanceOf(StorageException.class)
                .extracting(e -> ((StorageException) e).userMessage().key()).isEqualTo("error.evidenceMissing");
    }

    @Test
    void aWrappedKeyFromAnotherDataKeyDoesNotOpen() throws Exception {
        Path source = randomFile("in.bin", 5000);
        StoredContent c = put(store(), source);
        TinkEvidenceStore other = new TinkEvidenceStore(vault(), key(2));

        assertThatThrownBy(() -> other.open(c.blobId(), c.wrappedKey())).isInstanceOf(StorageException.class)
                .extracting(e -> ((StorageException) e).userMessage().key()).isEqualTo("error.evidenceDamaged");
        assertThat(check(other, c)).isEqualTo(ContentCheck.damaged());
    }

    @Test
    void aWrappedKeyDoesNotOpenAnotherBlob() throws Exception {
        TinkEvidenceStore s = store();
        StoredContent a = put(s, randomFile("a.bin", 5000));
        StoredContent b = put(s, randomFile("b.bin", 6000));

        assertThatThrownBy(() -> s.open(b.blobId(), a.wrappedKey())).isInstanceOf(StorageException.class);
        assertThat(s.check(b.blobId(), a.wrappedKey(), ProgressListener.NONE, new CancellationToken()))
                .isEqualTo(ContentCheck.damaged());
    }

    @Test
    void cancellingDuringIntakeLeavesNothingBehind() throws Exception {
        Path source = randomFile("in.bin", 4 * TinkEvidenceStore.CHUNK);
        CancellationToken cancel = new CancellationToken();
        ProgressListener cancelAfterFirstChunk = (done, total) -> cancel.cancel();

        assertThatThrownBy(() -> store().store(source, true, cancelAfterFirstChunk, cancel))
                .isInstanceOf(OperationCancelledException.class);

        assertThat(evidenceFiles()).isEmpty();
    }

    @Test
    void progressIsReportedAboutOncePerChunkAndEndsAtTheSize() throws Exception {
        Path source = randomFile("in.bin", 3 * TinkEvidenceStore.CHUNK + 1);
        List<long[]> calls = new ArrayList<>();

        store().store(source, false, (done, total) -> calls.add(new long[] {done, total}), new CancellationToken());

        assertThat(calls).hasSizeBetween(1, 4);
        assertThat(calls.get(calls.size() - 1)).containsExactly(Files.size(source), Files.size(source));
    }

    @Test
    void anUnreadableSourceIsReportedAndLeavesNothing() throws Exception {
        TinkEvidenceStore s = store();
        Path missing = tmp.resolve("no-such-file.bin");

        assertThatThrownBy(() -> put(s, missing)).isInstanceOf(StorageException.class)
                .extracting(e -> ((StorageException) e).userMessage().key())
                .isEqualTo("error.evidenceSourceUnreadable");
        assertThat(Files.exists(evidenceDir()) ? evidenceFiles() : List.of()).isEmpty();
    }

    @Test
    void theSourceIsLeftUnchanged() throws Exception {
        Path source = randomFile("in.bin", TinkEvidenceStore.CHUNK + 99);
        FileTime past = FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(source, past);
        String before = hash("SHA-256", Files.readAllBytes(source));

        put(store(), source);

        assertThat(Files.getLastModifiedTime(source)).isEqualTo(past);
        assertThat(hash("SHA-256", Files.readAllBytes(source))).isEqualTo(before);
    }

    @Test
    void copyToWritesTheSameBytesAndReturnsTheirHash() throws Exception {
        Path source = randomFile("in.bin", 2 * TinkEvidenceStore.CHUNK + 5);
        TinkEvidenceStore s = store();
        StoredContent c = put(s, source);
        Path target = tmp.resolve("out.bin");

        ContentCheck r = s.copyTo(c.blobId(), c.wrappedKey(), target, ProgressListener.NONE, new CancellationToken());

        assertThat(Files.readAllBytes(target)).isEqualTo(Files.readAllBytes(source));
        assertThat(r).isEqualTo(new ContentCheck(ContentCheck.Outcome.READ, c.hashes().sha256(), c.sizeBytes()));
    }

    @Test
    void copyToRefusesAnExistingTarget() throws Exception {
        TinkEvidenceStore s = store();
        StoredContent c = put(s, randomFile("in.bin", 1000));
        Path target = Files.writeString(tmp.resolve("out.bin"), "already here");

        assertThatThrownBy(() -> s.copyTo(c.blobId(), c.wrappedKey(), target, ProgressListener.NONE,
                new CancellationToken())).isInstanceOf(StorageException.class)
                .extracting(e -> ((StorageException) e).userMessage().key()).isEqualTo("error.exportExists");
        assertThat(Files.readString(target)).isEqualTo("already here");
    }

    @Test
    void copyToOfADamagedBlobReportsDamageAndLeavesNoFile() throws Exception {
        TinkEvidenceStore s = store();
        StoredContent c = put(s, randomFile("in.bin", 3 * TinkEvidenceStore.CHUNK));
        try (RandomAccessFile f = new RandomAccessFile(blobFile(c).toFile(), "rw")) {
            // read, then write back at the same place: read() moves on, so writing straight after it would replace
            // the next byte with this one's flip, which is no change at all once in 256 runs
            long at = f.length() - 10;
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(0x55 ^ b);
        }
        Path target = tmp.resolve("out.bin");

        ContentCheck r = s.copyTo(c.blobId(), c.wrappedKey(), target, ProgressListener.NONE, new CancellationToken());

        assertThat(r).isEqualTo(ContentCheck.damaged());
        assertThat(target).doesNotExist();
    }

    @Test
    void cancellingACopyRemovesThePartialFile() throws Exception {
        TinkEvidenceStore s = store();
        StoredContent c = put(s, randomFile("in.bin", 3 * TinkEvidenceStore.CHUNK));
        Path target = tmp.resolve("out.bin");
        CancellationToken cancel = new CancellationToken();

        assertThatThrownBy(() -> s.copyTo(c.blobId(), c.wrappedKey(), target, (done, total) -> cancel.cancel(),
                cancel)).isInstanceOf(OperationCancelledException.class);
        assertThat(target).doesNotExist();
    }

    @Test
    void discardRemovesTheBlob() throws Exception {
        TinkEvidenceStore s = store();
        StoredContent c = put(s, randomFile("in.bin", 1000));

        s.discard(c.blobId());

        assertThat(evidenceFiles()).isEmpty();
        assertThat(check(s, c)).isEqualTo(ContentCheck.missing());
    }

    @Test
    void blobIdsThatAreNotOursAreRejectedBeforeAnyFileIsTouched() throws Exception {
        TinkEvidenceStore s = store();
        byte[] anyKey = new byte[61];
        for (String bad : List.of("../keys", "../../etc/passwd", "ABCDEF0123456789ABCDEF0123456789",
                "0123456789abcdef0123456789abcde", "0123456789abcdef0123456789abcdef/..", "")) {
            assertThatThrownBy(() -> s.open(bad, anyKey)).isInstanceOf(IllegalArgumentException.class);
            // a verification run reports an altered record as damaged instead of stopping
            assertThat(s.check(bad, anyKey, ProgressListener.NONE, new CancellationToken()).outcome())
                    .isEqualTo(ContentCheck.Outcome.DAMAGED);
            assertThat(s.copyTo(bad, anyKey, tmp.resolve("t"), ProgressListener.NONE, new CancellationToken())
                    .outcome()).isEqualTo(ContentCheck.Outcome.DAMAGED);
            assertThat(tmp.resolve("t")).doesNotExist();
            assertThatThrownBy(() -> s.discard(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aLockedVaultRefusesIntake() throws Exception {
        DataKey k = key(3);
        TinkEvidenceStore s = new TinkEvidenceStore(vault(), k);
        k.destroy();

        assertThatThrownBy(() -> put(s, randomFile("in.bin", 1000))).isInstanceOf(VaultLockedException.class);
    }

    @Test
    void contentFromAStreamIsStoredEncryptedAndHashedInTheSamePass() throws Exception {
        TinkEvidenceStore s = store();
        byte[] b = new byte[3 * TinkEvidenceStore.CHUNK + 17];
        new Random(5).nextBytes(b);

        StoredContent c = s.store(new java.io.ByteArrayInputStream(b), b.length, ProgressListener.NONE,
                new CancellationToken());

        assertThat(c.sizeBytes()).isEqualTo(b.length);
        assertThat(c.hashes().sha256()).isEqualTo(hash("SHA-256", b));
        try (InputStream in = s.open(c.blobId(), c.wrappedKey())) {
            assertThat(in.readAllBytes()).isEqualTo(b);
        }
        String onDisk = new String(Files.readAllBytes(blobFile(c)), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(onDisk).doesNotContain(new String(b, 0, 64, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void aStreamFailingForAnApplicationReasonFailsWithThatReasonAndLeavesNothing() throws Exception {
        TinkEvidenceStore s = store();
        org.shield.application.common.SyncException offline = new org.shield.application.common.SyncException(
                new org.shield.application.common.UserMessage("evidence.contentAtHq"));
        InputStream broken = new InputStream() {
            private int left = 5_000;

            @Override
            public int read() throws IOException {
                if (left-- > 0) {
                    return 7;
                }
                throw new IOException("link gone", offline);
            }
        };

        assertThatThrownBy(() -> s.store(broken, 10_000, ProgressListener.NONE, new CancellationToken()))
                .isSameAs(offline);
        assertThat(evidenceFiles()).isEmpty();
    }
}
