package org.shield.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.StorageException;
import org.shield.application.common.UnlockThrottledException;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.common.WrongPassphraseException;

/** The vault's rules with in-memory fakes: no files, no database, no key derivation. */
class VaultServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final char[] GOOD = "synthetic passphrase one".toCharArray();

    @TempDir
    Path tmp;

    /** Keeps users and failure counts in maps; counts how often a passphrase was checked. */
    static final class FakeKeys implements VaultKeyStore {
        final Map<String, String> users = new HashMap<>();
        UnlockFailures failures = UnlockFailures.NONE;
        int unwraps;
        int discards;
        boolean exists;

        @Override
        public boolean exists(Path vaultDir) {
            return exists;
        }

        @Override
        public DataKey create(Path vaultDir, String userName, char[] passphrase) throws StorageException {
            try {
                Files.createDirectories(vaultDir); // as the real key store does
            } catch (java.io.IOException e) {
                throw new StorageException(new UserMessage("error.storage"), e);
            }
            exists = true;
            users.put(userName, new String(passphrase));
            return new DataKey(new byte[DataKey.LENGTH]);
        }

        @Override
        public DataKey unwrap(Path vaultDir, String userName, char[] passphrase) throws WrongPassphraseException {
            unwraps++;
            if (!new String(passphrase).equals(users.get(userName))) {
                throw new WrongPassphraseException(new UserMessage("error.wrongPassphrase"));
            }
            return new DataKey(new byte[DataKey.LENGTH]);
        }

        @Override
        public void addUser(Path vaultDir, DataKey key, String userName, char[] passphrase) {
            users.put(userName, new String(passphrase));
        }

        @Override
        public void replaceUser(Path vaultDir, DataKey key, String userName, char[] passphrase) {
            users.put(userName, new String(passphrase));
        }

        @Override
        public void removeUser(Path vaultDir, String userName) {
            users.remove(userName);
        }

        @Override
        public void rewrap(Path vaultDir, String userName, char[] current, char[] next) throws WrongPassphraseException {
            unwrap(vaultDir, userName, current);
            users.put(userName, new String(next));
        }

        @Override
        public UnlockFailures failures(Path vaultDir) {
            return failures;
        }

        @Override
        public void recordFailure(Path vaultDir, UnlockFailures updated) {
            failures = updated;
        }

        @Override
        public void clearFailures(Path vaultDir) {
            failures = UnlockFailures.NONE;
        }

        @Override
        public void discard(Path vaultDir) {
            discards++;
            exists = false;
        }

        @Override
        public void destroy(Path vaultDir) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] exportKeyFile(Path vaultDir) {
            return new byte[0];
        }
    }

    /** Opens nothing; can be told to fail. */
    static final class FakeWorkspaces implements WorkspaceFactory {
        boolean failCreate;
        int opened;
        java.util.function.BooleanSupplier warmUpStop;

        @Override
        public void warmUp(java.util.function.BooleanSupplier stop) {
            warmUpStop = stop;
        }

        @Override
        public Workspace create(Path vaultDir, DataKey key, String adminName, String unitCode)
                throws ApplicationException {
            if (failCreate) {
                throw new StorageException(new UserMessage("error.diskFull"));
            }
            opened++;
            return new SignInRecorder();
        }

        @Override
        public Workspace open(Path vaultDir, DataKey key, String userName) {
            opened++;
            return new SignInRecorder();
        }
    }

    /** A workspace that only remembers the sign-in it was asked to record. */
    static final class SignInRecorder implements Workspace {
        static UnlockFailures lastRecorded;

        @Override
        public void recordSignIn(UnlockFailures failuresBefore) {
            lastRecorded = failuresBefore;
        }

        @Override
        public org.shield.application.common.CurrentUser user() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path directory() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.shield.application.casefile.CaseService cases() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.shield.application.party.PersonService persons() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.shield.application.party.OrganisationService organisations() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.shield.application.access.AccessControl access() {
            throw new UnsupportedOperationException();
        }

        @Override
        public UserService users() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.shield.application.approval.ApprovalService approvals() {
            throw new UnsupportedOperationException();
        }

        @Override
        public AuditService audit() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.shield.application.interview.InterviewService interviews() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.shield.application.evidence.EvidenceService evidence() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.shield.application.timeline.TimelineService timeline() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.shield.application.screening.ScreeningService screening() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.shield.application.care.CareService care() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.shield.application.victim.VictimService victims() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.shield.application.care.CarePlanService carePlans() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.shield.application.repatriation.LegalSupportService legal() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.shield.application.repatriation.RepatriationService repatriation() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.shield.application.care.CareNoteService careNotes() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.shield.application.report.ReportService reports() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.shield.application.sync.SyncService sync() {
            throw new UnsupportedOperationException();
        }

        @Override
        public VerifyReport verify(org.shield.application.common.ProgressListener progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void restoredCopy() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void snapshot(Path zip) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DataKey dataKey() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
            // nothing is open
        }
    }

    private final FakeKeys keys = new FakeKeys();
    private final FakeWorkspaces workspaces = new FakeWorkspaces();
    private final VaultService vaults = new VaultService(keys, workspaces, null, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anUnlockOrACreationTellsTheWarmUpToStop() throws Exception {
        vaults.warmUp();
        assertThat(workspaces.warmUpStop.getAsBoolean()).isFalse();
        keys.exists = true;
        keys.users.put("chief", new String(GOOD));
        vaults.unlock(tmp.resolve("v"), "chief", GOOD);
        assertThat(workspaces.warmUpStop.getAsBoolean()).isTrue();

        vaults.warmUp(); // the unlock screen again, after a lock: a new warm-up runs to its end unless stopped
        assertThat(workspaces.warmUpStop.getAsBoolean()).isFalse();
        keys.exists = false;
        vaults.create(tmp.resolve("w"), "chief", "ATU", GOOD);
        assertThat(workspaces.warmUpStop.getAsBoolean()).isTrue();
    }

    @Test
    void closingTheAppAlsoStopsTheWarmUp() {
        java.util.concurrent.atomic.AtomicBoolean closing = new java.util.concurrent.atomic.AtomicBoolean();
        vaults.warmUp(closing::get);
        assertThat(workspaces.warmUpStop.getAsBoolean()).isFalse();
        closing.set(true);
        assertThat(workspaces.warmUpStop.getAsBoolean()).isTrue();
    }

    @Test
    void createRefusesAWeakPassphraseBeforeTouchingAnything() {
        assertThatThrownBy(() -> vaults.create(tmp.resolve("v"), "chief", "ATU", "short".toCharArray()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).userMessage())
                        .isEqualTo(new UserMessage("passphrase.tooShort", 12)));
        assertThat(keys.exists).isFalse();
    }

    @Test
    void createRefusesAFolderThatIsAlreadyAVault() {
        keys.exists = true;
        assertThatThrownBy(() -> vaults.create(tmp.resolve("v"), "chief", "ATU", GOOD))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aFailedCreateRemovesTheKeyFileAndTheFolderItMade() throws Exception {
        workspaces.failCreate = true;
        Path dir = tmp.resolve("new-vault");
        assertThatThrownBy(() -> vaults.create(dir, "chief", "ATU", GOOD)).isInstanceOf(StorageException.class);
        assertThat(keys.discards).isEqualTo(1);
        assertThat(keys.exists).isFalse();
        assertThat(dir).doesNotExist();
    }

    @Test
    void aFailedCreateInAnExistingFolderLeavesTheFolder() throws Exception {
        workspaces.failCreate = true;
        Path dir = Files.createDirectories(tmp.resolve("chosen-folder"));
        assertThatThrownBy(() -> vaults.create(dir, "chief", "ATU", GOOD)).isInstanceOf(StorageException.class);
        assertThat(keys.discards).isEqualTo(1);
        assertThat(dir).isDirectory();
    }

    @Test
    void unlockOfAMissingVaultSaysSo() {
        assertThatThrownBy(() -> vaults.unlock(tmp, "chief", GOOD)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aThrottledTryIsRefusedWithoutCheckingThePassphrase() throws Exception {
        keys.exists = true;
        keys.users.put("chief", new String(GOOD));
        keys.failures = new UnlockFailures(5, NOW.minusSeconds(1));
        assertThatThrownBy(() -> vaults.unlock(tmp, "chief", GOOD)).isInstanceOf(UnlockThrottledException.class);
        assertThat(keys.unwraps).isZero();
        assertThat(workspaces.opened).isZero();
    }

    @Test
    void anInvalidUserNameCountsAsAFailedUnlockLikeAnyOther() {
        keys.exists = true;
        assertThatThrownBy(() -> vaults.unlock(tmp, "NO SUCH USER!", GOOD)).isInstanceOf(WrongPassphraseException.class);
        assertThat(keys.failures.count()).isEqualTo(1);
    }

    @Test
    void aSuccessfulUnlockClearsTheFailures() throws Exception {
        keys.exists = true;
        keys.users.put("chief", new String(GOOD));
        keys.failures = new UnlockFailures(2, NOW.minusSeconds(60));
        vaults.unlock(tmp, "chief", GOOD);
        assertThat(keys.failures).isEqualTo(UnlockFailures.NONE);
        assertThat(workspaces.opened).isEqualTo(1);
    }

    @Test
    void theFailedUnlocksBeforeASignInAreHandedToTheAuditTrail() throws Exception {
        keys.exists = true;
        keys.users.put("chief", new String(GOOD));
        UnlockFailures before = new UnlockFailures(2, NOW.minusSeconds(60));
        keys.failures = before;
        vaults.unlock(tmp, "chief", GOOD);
        assertThat(SignInRecorder.lastRecorded).isEqualTo(before);
    }

    @Test
    void theNewPassphraseMustDifferAndFollowThePolicy() {
        keys.users.put("chief", new String(GOOD));
        assertThatThrownBy(() -> vaults.changePassphrase(tmp, "chief", GOOD, GOOD)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> vaults.changePassphrase(tmp, "chief", GOOD, "aaaaaaaaaaaaaaaa".toCharArray()))
                .isInstanceOf(ValidationException.class);
    }
}
