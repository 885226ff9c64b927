package org.shield.infra.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CaseNumbers;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ProgressListener;
import org.shield.application.common.StorageException;
import org.shield.application.common.UnlockThrottledException;
import org.shield.application.common.ValidationException;
import org.shield.application.common.WrongPassphraseException;
import org.shield.application.security.DataKey;
import org.shield.application.security.VaultService;
import org.shield.application.security.Workspace;
import org.shield.bootstrap.Wiring;
import org.shield.testing.TestVaults;
import org.shield.testing.MutableClock;

/** The vault's key file, unlock throttling, passphrase change, backups: real files, real crypto. */
class VaultLifecycleIT {
    @TempDir
    Path tmp;

    private Path vault() {
        return tmp.resolve("vault");
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    @Test
    void wrongPassphraseAndUnknownUserFailTheSameWay() throws Exception {
        TestVaults.create(vault()).close();
        VaultService vs = TestVaults.vaults();
        ApplicationException wrongPass = catchApp(() -> vs.unlock(vault(), TestVaults.ADMIN, "not the passphrase".toCharArray()));
        ApplicationException noUser = catchApp(() -> vs.unlock(vault(), "no-such-user", TestVaults.PASSPHRASE.toCharArray()));
        assertThat(wrongPass).isInstanceOf(WrongPassphraseException.class);
        assertThat(noUser).isInstanceOf(WrongPassphraseException.class);
        assertThat(noUser.userMessage()).isEqualTo(wrongPass.userMessage());
    }

    @Test
    void repeatedFailuresImposeAGrowingDelayAndSuccessResetsIt() throws Exception {
        TestVaults.create(vault()).close();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
        VaultService vs = new Wiring(clock, Argon2Params.FAST).vaultService();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> vs.unlock(vault(), TestVaults.ADMIN, "wrong wrong wrong".toCharArray()))
                    .isInstanceOf(WrongPassphraseException.class);
        }
        // fourth try within the delay is refused without checking, even with the right passphrase
        assertThatThrownBy(() -> vs.unlock(vault(), TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray()))
                .isInstanceOf(UnlockThrottledException.class);
        clock.advance(java.time.Duration.ofSeconds(2));
        assertThatThrownBy(() -> vs.unlock(vault(), TestVaults.ADMIN, "wrong wrong wrong".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        assertThat(((UnlockThrottledException) catchApp(() -> vs.unlock(vault(), TestVaults.ADMIN,
                TestVaults.PASSPHRASE.toCharArray()))).retryAfterSeconds()).isEqualTo(2);
        clock.advance(java.time.Duration.ofSeconds(3));
        vs.unlock(vault(), TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray()).close();
        assertThat(Files.exists(vault().resolve(FileVaultKeyStore.FAILURE_FILE))).isFalse();
    }

    @Test
    void changingThePassphraseRewrapsTheKeyWithoutTouchingTheDatabase() throws Exception {
        TestVaults.create(vault()).close();
        Path db = vault().resolve("db").resolve("shield.mv.db");
        String before = sha256(db);
        VaultService vs = TestVaults.vaults();
        vs.changePassphrase(vault(), TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray(),
                "a brand new synthetic phrase".toCharArray());
        assertThat(sha256(db)).isEqualTo(before);
        assertThatThrownBy(() -> vs.unlock(vault(), TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        vs.unlock(vault(), TestVaults.ADMIN, "a brand new synthetic phrase".toCharArray()).close();
    }

    @Test
    void passphraseChangeFollowsThePolicy() throws Exception {
        TestVaults.create(vault()).close();
        assertThatThrownBy(() -> TestVaults.vaults().changePassphrase(vault(), TestVaults.ADMIN,
                TestVaults.PASSPHRASE.toCharArray(), "short".toCharArray()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void keyFileHoldsNoUserNameAndIsNotWorldReadable() throws Exception {
        TestVaults.create(vault()).close();
        String keys = Files.readString(vault().resolve("keys.json"));
        assertThat(keys).doesNotContain(TestVaults.ADMIN).contains("argon2id");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(vault().resolve("keys.json")))).isEqualTo("rw-------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(vault()))).isEqualTo("rwx------");
    }

    @Test
    void backupVerifiesAndRestoresIntoANewDirectory() throws Exception {
        Path backup = tmp.resolve("vault.shieldbak");
        VaultService vs = TestVaults.vaults();
        String number;
        try (Workspace ws = TestVaults.create(vault())) {
            number = ws.cases().create(CreateCaseCommand.titled("DEMO backed up")).caseNumber();
            vs.backup(ws, backup, ProgressListener.NONE);
        }
        assertThat(vs.verifyBackup(backup, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray())).isPositive();
        Path restored = tmp.resolve("restored");
        vs.restore(backup, restored, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray(), ProgressListener.NONE);
        try (Workspace ws = vs.unlock(restored, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray())) {
            assertThat(ws.cases().getByNumber(number).title()).isEqualTo("DEMO backed up");
        }
    }

    @Test
    void aRestoredVaultNeverGivesAgainANumberItsOriginalGaveAfterTheBackup() throws Exception {
        Path backup = tmp.resolve("vault.shieldbak");
        VaultService vs = TestVaults.vaults();
        String before;
        String after;
        try (Workspace ws = TestVaults.create(vault())) {
            before = ws.cases().create(CreateCaseCommand.titled("DEMO before the backup")).caseNumber();
            vs.backup(ws, backup, ProgressListener.NONE);
            after = ws.cases().create(CreateCaseCommand.titled("DEMO after the backup")).caseNumber();
        }
        Path restored = tmp.resolve("restored");
        vs.restore(backup, restored, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray(), ProgressListener.NONE);
        try (Workspace ws = vs.unlock(restored, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray())) {
            String again = ws.cases().create(CreateCaseCommand.titled("DEMO after the restore")).caseNumber();

            assertThat(again).as("the original's later case had this number").isNotEqualTo(after);
            assertThat(CaseNumbers.deviceTagOf(again)).as("a new tag").isNotEqualTo(CaseNumbers.deviceTagOf(before));
            assertThat(ws.cases().getByNumber(before).title()).as("numbers given before stay")
                    .isEqualTo("DEMO before the backup");
        }
    }

    @Test
    void backupIsUselessWithoutAPassphraseOfAUserInIt() throws Exception {
        Path backup = tmp.resolve("vault.shieldbak");
        try (Workspace ws = TestVaults.create(vault())) {
            TestVaults.vaults().backup(ws, backup, ProgressListener.NONE);
        }
        assertThatThrownBy(() -> TestVaults.vaults().restore(backup, tmp.resolve("r"), TestVaults.ADMIN,
                "guessing the passphrase".toCharArray(), ProgressListener.NONE))
                .isInstanceOf(WrongPassphraseException.class);
        assertThat(Files.exists(tmp.resolve("r"))).isFalse();
    }

    @Test
    void alteredBackupIsRejectedAndLeavesNothingBehind() throws Exception {
        Path backup = tmp.resolve("vault.shieldbak");
        try (Workspace ws = TestVaults.create(vault())) {
            TestVaults.vaults().backup(ws, backup, ProgressListener.NONE);
        }
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length - 100] ^= 0x01;
        Files.write(backup, bytes);
        assertThatThrownBy(() -> TestVaults.vaults().restore(backup, tmp.resolve("r"), TestVaults.ADMIN,
                TestVaults.PASSPHRASE.toCharArray(), ProgressListener.NONE))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(((StorageException) e).userMessage().key()).isEqualTo("error.backupDamaged"));
        assertThat(Files.exists(tmp.resolve("r"))).isFalse();
    }

    @Test
    void restoreRefusesANonEmptyDirectory() throws Exception {
        Path backup = tmp.resolve("vault.shieldbak");
        try (Workspace ws = TestVaults.create(vault())) {
            TestVaults.vaults().backup(ws, backup, ProgressListener.NONE);
        }
        Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(tmp.resolve("busy").resolve("other.txt"), "synthetic");
        assertThatThrownBy(() -> TestVaults.vaults().restore(backup, tmp.resolve("busy"), TestVaults.ADMIN,
                TestVaults.PASSPHRASE.toCharArray(), ProgressListener.NONE))
                .isInstanceOf(ValidationException.class);
        assertThat(tmp.resolve("busy").resolve("other.txt")).exists();
    }

    @Test
    void aFileThatIsNotABackupSaysSo() throws Exception {
        Path junk = tmp.resolve("junk.bin");
        Files.writeString(junk, "this is not a backup at all, just synthetic text");
        assertThatThrownBy(() -> TestVaults.vaults().verifyBackup(junk, TestVaults.ADMIN,
                TestVaults.PASSPHRASE.toCharArray()))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(((StorageException) e).userMessage().key()).isEqualTo("error.notABackup"));
    }

    /** Two synthetic blobs (random bytes, evidence-store names) plus files a backup must leave out. */
    private static List<Path> syntheticEvidence(Path vaultDir) throws Exception {
        Path dir = Files.createDirectories(vaultDir.resolve("evidence"));
        SecureRandom random = new SecureRandom();
        List<Path> blobs = new ArrayList<>();
        for (String name : List.of("0123456789abcdef0123456789abcdef.blob", "fedcba9876543210fedcba9876543210.blob")) {
            byte[] bytes = new byte[200_000 + random.nextInt(1000)];
            random.nextBytes(bytes);
            blobs.add(Files.write(dir.resolve(name), bytes));
        }
        Files.write(dir.resolve("00000000000000000000000000000000.blob.part"), new byte[] {1, 2, 3});
        Files.writeString(dir.resolve("notes.txt"), "synthetic, not a blob");
        return blobs;
    }

    @Test
    void backupCarriesTheEvidenceBlobsAndRestorePutsThemBack() throws Exception {
        Path backup = tmp.resolve("vault.shieldbak");
        VaultService vs = TestVaults.vaults();
        List<Path> blobs;
        try (Workspace ws = TestVaults.create(vault())) {
            blobs = syntheticEvidence(ws.directory());
            vs.backup(ws, backup, ProgressListener.NONE);
        }
        Path restored = tmp.resolve("restored");
        vs.restore(backup, restored, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray(), ProgressListener.NONE);
        Path evidence = restored.resolve("evidence");
        try (Stream<Path> files = Files.list(evidence)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "0123456789abcdef0123456789abcdef.blob", "fedcba9876543210fedcba9876543210.blob");
        }
        for (Path blob : blobs) {
            assertThat(Files.readAllBytes(evidence.resolve(blob.getFileName()))).isEqualTo(Files.readAllBytes(blob));
        }
        if (evidence.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(evidence))).isEqualTo("rwx------");
        }
        // the database files and the key file are restored as before: the vault opens
        vs.unlock(restored, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray()).close();
        assertThat(vs.verifyBackup(backup, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray()))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void backupProgressCountsTheBlobs() throws Exception {
        Path backup = tmp.resolve("vault.shieldbak");
        AtomicLong last = new AtomicLong();
        AtomicLong total = new AtomicLong();
        long blobBytes;
        try (Workspace ws = TestVaults.create(vault())) {
            blobBytes = 0;
            for (Path b : syntheticEvidence(ws.directory())) {
                blobBytes += Files.size(b);
            }
            TestVaults.vaults().backup(ws, backup, (done, of) -> {
                last.set(done);
                total.set(of);
            });
        }
        assertThat(total.get()).isGreaterThan(blobBytes);
        assertThat(last.get()).isEqualTo(total.get());
    }

    @Test
    void aVersionOneBackupWithoutEvidenceStillRestores() throws Exception {
        Path backup = tmp.resolve("old.shieldbak");
        String number;
        try (Workspace ws = TestVaults.create(vault())) {
            number = ws.cases().create(CreateCaseCommand.titled("DEMO from an old backup")).caseNumber();
            Path snapshot = tmp.resolve("snapshot.zip");
            ws.snapshot(snapshot);
            writeBackup(backup, "SHIELD-BACKUP-1\n", Files.readAllBytes(vault().resolve("keys.json")),
                    ws.dataKey(), Files.readAllBytes(snapshot));
        }
        VaultService vs = TestVaults.vaults();
        assertThat(vs.verifyBackup(backup, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray())).isPositive();
        Path restored = tmp.resolve("restored");
        vs.restore(backup, restored, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray(), ProgressListener.NONE);
        assertThat(restored.resolve("evidence")).doesNotExist();
        try (Workspace ws = vs.unlock(restored, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray())) {
            assertThat(ws.cases().getByNumber(number).title()).isEqualTo("DEMO from an old backup");
        }
    }

    @Test
    void aHandWrittenVersionTwoBackupRestores() throws Exception {
        // the control for the test below: the hand-written layout itself is accepted
        Path backup = tmp.resolve("crafted.shieldbak");
        try (Workspace ws = TestVaults.create(vault())) {
            Path snapshot = tmp.resolve("snapshot.zip");
            ws.snapshot(snapshot);
            writeBackup(backup, "SHIELD-BACKUP-2\n", Files.readAllBytes(vault().resolve("keys.json")),
                    ws.dataKey(), v2Payload(snapshot, "evidence/0123456789abcdef0123456789abcdef.blob"));
        }
        Path restored = tmp.resolve("restored");
        TestVaults.vaults().restore(backup, restored, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray(),
                ProgressListener.NONE);
        assertThat(restored.resolve("evidence/0123456789abcdef0123456789abcdef.blob")).hasContent("synthetic");
    }

    @Test
    void aVersionTwoEntryOutsideDbAndEvidenceIsRejectedAndLeavesNothingBehind() throws Exception {
        for (String bad : List.of("evidence/../../escaped.blob", "evidence/0123456789ABCDEF0123456789ABCDEF.blob",
                "evidence/0123456789abcdef0123456789abcdef.blob.part", "db/../keys.json", "other/x", "shield.mv.db")) {
            Path backup = tmp.resolve("crafted-" + Math.abs(bad.hashCode()) + ".shieldbak");
            Path vaultDir = tmp.resolve("v-" + Math.abs(bad.hashCode()));
            try (Workspace ws = TestVaults.create(vaultDir)) {
                Path snapshot = tmp.resolve("snapshot-" + Math.abs(bad.hashCode()) + ".zip");
                ws.snapshot(snapshot);
                writeBackup(backup, "SHIELD-BACKUP-2\n", Files.readAllBytes(vaultDir.resolve("keys.json")),
                        ws.dataKey(), v2Payload(snapshot, bad));
            }
            Path restored = tmp.resolve("r-" + Math.abs(bad.hashCode()));
            assertThatThrownBy(() -> TestVaults.vaults().restore(backup, restored, TestVaults.ADMIN,
                    TestVaults.PASSPHRASE.toCharArray(), ProgressListener.NONE))
                    .as(bad).isInstanceOf(StorageException.class)
                    .satisfies(e -> assertThat(((StorageException) e).userMessage().key())
                            .isEqualTo("error.backupDamaged"));
            assertThat(restored).as(bad).doesNotExist();
            assertThat(tmp.resolve("escaped.blob")).doesNotExist();
        }
    }

    /** A version 2 payload: the snapshot's entries under {@code db/}, then one entry with the given name. */
    private static byte[] v2Payload(Path snapshotZip, String extraEntry) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
             ZipInputStream db = new ZipInputStream(Files.newInputStream(snapshotZip))) {
            ZipEntry e;
            while ((e = db.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry("db/" + e.getName()));
                db.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(extraEntry));
            zip.write("synthetic".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /**
     * Writes a backup file by hand, the layout ADR 0005 describes: magic, key file length and bytes, then the
     * payload under Tink's streaming AEAD with the key HMAC-SHA-256(data key, "backup-v1") and the magic plus
     * key file as associated data. Kept independent of TinkBackupArchive so old files stay readable.
     */
    private static void writeBackup(Path out, String magic, byte[] keyFile, DataKey key, byte[] payload)
            throws Exception {
        byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
        byte[] aad = new byte[m.length + keyFile.length];
        System.arraycopy(m, 0, aad, 0, m.length);
        System.arraycopy(keyFile, 0, aad, m.length, keyFile.length);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
        AesGcmHkdfStreaming streaming = new AesGcmHkdfStreaming(
                mac.doFinal("backup-v1".getBytes(StandardCharsets.US_ASCII)), "HmacSha256", 32, 1 << 20, 0);
        try (OutputStream file = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW)) {
            DataOutputStream header = new DataOutputStream(file);
            header.write(m);
            header.writeInt(keyFile.length);
            header.write(keyFile);
            header.flush();
            try (OutputStream enc = streaming.newEncryptingStream(file, aad)) {
                enc.write(payload);
            }
        }
    }

    private interface Call {
        Object run() throws ApplicationException;
    }

    private static ApplicationException catchApp(Call c) {
        try {
            Object r = c.run();
            if (r instanceof AutoCloseable ac) {
                try {
                    ac.close();
                } catch (Exception ignored) {
                    // closing a workspace does not fail here
                }
            }
        } catch (ApplicationException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }
}
