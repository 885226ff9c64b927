package org.shield.infra.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ProgressListener;
import org.shield.application.common.StorageException;
import org.shield.application.common.UnlockThrottledException;
import org.shield.application.common.ValidationException;
import org.shield.application.common.WrongPassphraseException;
import org.shield.application.security.VaultService;
import org.shield.application.security.Workspace;
import org.shield.bootstrap.Wiring;
import org.shield.testing.TestVaults;

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
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-28T10:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        VaultService vs = new Wiring(clock, Argon2Params.FAST).vaultService();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> vs.unlock(vault(), TestVaults.ADMIN, "wrong wrong wrong".toCharArray()))
                    .isInstanceOf(WrongPassphraseException.class);
        }
        // fourth try within the delay is refused without checking, even with the right passphrase
        assertThatThrownBy(() -> vs.unlock(vault(), TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray()))
                .isInstanceOf(UnlockThrottledException.class);
        now.set(now.get().plusSeconds(2));
        assertThatThrownBy(() -> vs.unlock(vault(), TestVaults.ADMIN, "wrong wrong wrong".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        assertThat(((UnlockThrottledException) catchApp(() -> vs.unlock(vault(), TestVaults.ADMIN,
                TestVaults.PASSPHRASE.toCharArray()))).retryAfterSeconds()).isEqualTo(2);
        now.set(now.get().plusSeconds(3));
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
