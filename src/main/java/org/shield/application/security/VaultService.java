package org.shield.application.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Stream;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.ProgressListener;
import org.shield.application.common.StorageException;
import org.shield.application.common.UnlockThrottledException;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.common.WrongPassphraseException;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.security.PassphrasePolicy;
import org.shield.domain.security.UserNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vault's life: create with a first administrator, unlock (with a growing delay after repeated
 * failures), change a passphrase (re-wraps the data key, never re-encrypts), backup with a verify
 * step, and restore into a new directory. Blocking; call from a worker thread.
 */
public final class VaultService {
    private static final Logger LOG = LoggerFactory.getLogger(VaultService.class);
    /** The evidence store's folder inside a vault directory, carried by backups. */
    private static final String EVIDENCE_DIR = "evidence";

    private final VaultKeyStore keys;
    private final WorkspaceFactory workspaces;
    private final BackupArchive backups;
    private final Clock clock;
    private volatile java.util.concurrent.atomic.AtomicBoolean warmUpStop;

    public VaultService(VaultKeyStore keys, WorkspaceFactory workspaces, BackupArchive backups, Clock clock) {
        this.keys = keys;
        this.workspaces = workspaces;
        this.backups = backups;
        this.clock = clock;
    }

    /**
     * Prepares the database code while the user types a passphrase, so that unlocking and the first sync are
     * quick. Touches no vault; safe to skip. Blocking; run it on a worker thread when the unlock screen opens.
     * An unlock or a vault creation that begins meanwhile stops its optional last part, so that the key derivation
     * has the processor.
     */
    public void warmUp() {
        warmUp(() -> false);
    }

    /** {@link #warmUp()}, whose optional last part also stops when {@code cancelled} says so (the app is closing). */
    public void warmUp(java.util.function.BooleanSupplier cancelled) {
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        warmUpStop = stop;
        workspaces.warmUp(() -> stop.get() || cancelled.getAsBoolean());
    }

    /** Tells a warm-up still running that the processor is wanted now. */
    private void stopWarmUp() {
        java.util.concurrent.atomic.AtomicBoolean stop = warmUpStop;
        if (stop != null) {
            stop.set(true);
        }
    }

    public boolean exists(Path vaultDir) {
        return keys.exists(vaultDir);
    }

    /** Creates a vault in an empty or absent directory, with its first administrator, and opens it. */
    public Workspace create(Path vaultDir, String adminName, String unitCode, char[] passphrase)
            throws ApplicationException {
        stopWarmUp();
        String admin = userName(adminName);
        if (keys.exists(vaultDir)) {
            throw new ValidationException(new UserMessage("error.vaultExists"));
        }
        checkPolicy(passphrase, admin);
        String unit = unitCode == null || unitCode.isBlank() ? "ATU" : unitCode.strip();
        if (!unit.matches("[A-Za-z0-9]{2,16}")) {
            throw new ValidationException(new UserMessage("error.unitCodeInvalid"));
        }
        boolean dirExisted = Files.exists(vaultDir);
        DataKey key = keys.create(vaultDir, admin, passphrase);
        try {
            Workspace ws = workspaces.create(vaultDir, key, admin, unit);
            ws.recordSignIn(UnlockFailures.NONE);
            LOG.info("vault created");
            return ws;
        } catch (ApplicationException | RuntimeException e) {
            // a key file without its database would make the folder look like a vault nobody can open
            keys.discard(vaultDir);
            if (!dirExisted) {
                deleteTree(vaultDir);
            }
            throw e;
        }
    }

    /**
     * Opens the vault for this user. A wrong user name and a wrong passphrase fail the same way; after
     * {@link UnlockFailures#FREE_TRIES} failures in a row, tries before the delay has passed are refused
     * without checking the passphrase.
     */
    public Workspace unlock(Path vaultDir, String userName, char[] passphrase) throws ApplicationException {
        stopWarmUp();
        if (!keys.exists(vaultDir)) {
            throw new NotFoundException(new UserMessage("error.vaultMissing"));
        }
        UnlockFailures failures = keys.failures(vaultDir);
        long wait = failures.secondsToWait(clock.instant());
        if (wait > 0) {
            throw new UnlockThrottledException(wait);
        }
        DataKey key;
        String name;
        long t0 = System.nanoTime();
        try {
            name = UserNames.normalise(userName);
            key = keys.unwrap(vaultDir, name, passphrase);
        } catch (DomainRuleViolation | WrongPassphraseException e) {
            UnlockFailures next = failures.plusOne(clock.instant());
            keys.recordFailure(vaultDir, next);
            LOG.info("unlock failed; consecutive failures={}", next.count());
            throw new WrongPassphraseException(new UserMessage("error.wrongPassphrase"));
        }
        long t1 = System.nanoTime();
        Workspace ws = workspaces.open(vaultDir, key, name);
        try {
            ws.recordSignIn(failures);
        } catch (ApplicationException | RuntimeException e) {
            ws.close();
            throw e;
        }
        if (failures.count() > 0) {
            keys.clearFailures(vaultDir);
        }
        LOG.info("vault unlocked: key derivation {} ms, database open {} ms",
                (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        return ws;
    }

    /** Re-wraps the user's copy of the data key under a new passphrase. */
    public void changePassphrase(Path vaultDir, String userName, char[] current, char[] next)
            throws ApplicationException {
        String name = userName(userName);
        checkPolicy(next, name);
        if (Arrays.equals(current, next)) {
            throw new ValidationException(new UserMessage("passphrase.sameAsOld"));
        }
        keys.rewrap(vaultDir, name, current, next);
        LOG.info("passphrase changed");
    }

    /** Checks a passphrase against the policy; empty means acceptable. */
    public static java.util.Optional<UserMessage> policyProblem(char[] passphrase, String userName) {
        return PassphrasePolicy.check(passphrase, userName).map(k -> new UserMessage(k, PassphrasePolicy.MIN_LENGTH));
    }

    /**
     * Writes an encrypted one-file backup of an open vault (database and evidence blobs) and verifies it
     * (decrypts and authenticates every byte) before reporting success. A backup that fails verification
     * is deleted.
     */
    public void backup(Workspace ws, Path out, ProgressListener progress) throws ApplicationException {
        ws.access().require(org.shield.domain.security.Permission.VAULT_BACKUP, "Vault", null);
        if (Files.exists(out)) {
            throw new ValidationException(new UserMessage("error.backupExists"));
        }
        ws.audit().recordBackup(); // before any byte is written: no copy of the vault leaves unrecorded
        Path snapshot = ws.directory().resolve("backup-" + System.nanoTime() + ".tmp.zip");
        try {
            ws.snapshot(snapshot);
            // blobs are listed after the snapshot is taken, so every blob the snapshot refers to is included
            backups.write(out, keys.exportKeyFile(ws.directory()), snapshot, ws.directory().resolve(EVIDENCE_DIR),
                    ws.dataKey(), progress);
            backups.verify(out, ws.dataKey());
            LOG.info("backup written and verified");
        } catch (ApplicationException | RuntimeException e) {
            deleteQuietly(out);
            throw e;
        } finally {
            deleteQuietly(snapshot);
        }
    }

    /** Verifies a backup file with a user's passphrase: the key opens and every byte authenticates. */
    public int verifyBackup(Path backup, String userName, char[] passphrase) throws ApplicationException {
        requireFile(backup);
        DataKey key = backups.unlock(backup, userName(userName), passphrase);
        try {
            return backups.verify(backup, key);
        } finally {
            key.destroy();
        }
    }

    /**
     * Restores a backup into {@code newDir} (absent or empty), then opens it to prove it works and gives it a new
     * device tag ({@link Workspace#restoredCopy}). A restore that fails leaves no partial vault behind.
     */
    public void restore(Path backup, Path newDir, String userName, char[] passphrase, ProgressListener progress)
            throws ApplicationException {
        requireFile(backup);
        if (!isEmptyOrAbsent(newDir)) {
            throw new ValidationException(new UserMessage("error.restoreTargetNotEmpty"));
        }
        String name = userName(userName);
        DataKey key = backups.unlock(backup, name, passphrase);
        try {
            backups.verify(backup, key);
            backups.restore(backup, key, newDir, progress);
            try (Workspace ws = workspaces.open(newDir, key, name)) {
                ws.verify(ProgressListener.NONE);
                ws.restoredCopy();
            }
            LOG.info("backup restored and verified");
        } catch (ApplicationException | RuntimeException e) {
            deleteTree(newDir);
            throw e;
        } finally {
            key.destroy();
        }
    }

    private static void requireFile(Path p) throws NotFoundException {
        if (!Files.isRegularFile(p)) {
            throw new NotFoundException(new UserMessage("error.fileMissing"));
        }
    }

    private static String userName(String raw) throws ValidationException {
        try {
            return UserNames.normalise(raw);
        } catch (DomainRuleViolation e) {
            throw new ValidationException(new UserMessage(e.key()));
        }
    }

    private static void checkPolicy(char[] passphrase, String user) throws ValidationException {
        var problem = PassphrasePolicy.check(passphrase, user);
        if (problem.isPresent()) {
            throw new ValidationException(new UserMessage(problem.get(), PassphrasePolicy.MIN_LENGTH));
        }
    }

    private static boolean isEmptyOrAbsent(Path dir) throws StorageException {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new StorageException(new UserMessage("error.storage"), e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("could not delete a temporary file: {}", e.getClass().getSimpleName());
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(VaultService::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("could not clean a failed restore: {}", e.getClass().getSimpleName());
        }
    }
}
