package org.shield.infra.vault;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.shield.application.common.StorageException;
import org.shield.application.common.UserMessage;
import org.shield.application.common.WrongPassphraseException;
import org.shield.application.security.DataKey;
import org.shield.application.security.UnlockFailures;
import org.shield.application.security.VaultKeyStore;

/**
 * The key file in the vault directory. Writes are atomic (temporary file, fsync, rename) so a crash
 * never leaves a half-written key file, which would lock everyone out.
 */
public final class FileVaultKeyStore implements VaultKeyStore {
    static final String KEY_FILE = "keys.json";
    static final String FAILURE_FILE = "unlock-state.json";

    private final SecureRandom random = new SecureRandom();
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final PassphraseKeyWrap keyWrap;
    private final Clock clock;

    public FileVaultKeyStore(Argon2Params params, Clock clock) {
        this.keyWrap = new PassphraseKeyWrap(params);
        this.clock = clock;
    }

    @Override
    public boolean exists(Path vaultDir) {
        return Files.isRegularFile(vaultDir.resolve(KEY_FILE));
    }

    @Override
    public DataKey create(Path vaultDir, String userName, char[] passphrase) throws StorageException {
        if (exists(vaultDir)) {
            throw new StorageException(new UserMessage("error.vaultExists"));
        }
        byte[] raw = new byte[DataKey.LENGTH];
        random.nextBytes(raw);
        DataKey key = new DataKey(raw);
        Arrays.fill(raw, (byte) 0);
        KeyFile kf = new KeyFile();
        kf.vaultId = UUID.randomUUID().toString();
        kf.nameSalt = b64(randomBytes(16));
        kf.users.add(wrap(kf, key, userName, passphrase));
        try {
            Files.createDirectories(vaultDir);
            ownerOnly(vaultDir, "rwx------");
        } catch (IOException e) {
            throw storage(e);
        }
        write(vaultDir.resolve(KEY_FILE), kf);
        return key;
    }

    @Override
    public DataKey unwrap(Path vaultDir, String userName, char[] passphrase)
            throws WrongPassphraseException, StorageException {
        KeyFile kf = read(vaultDir);
        return unwrap(kf, userName, passphrase);
    }

    /** Unwraps from a key file already read (also used for backups, which carry their own copy). */
    DataKey unwrap(KeyFile kf, String userName, char[] passphrase) throws WrongPassphraseException {
        Optional<KeyFile.Entry> entry = find(kf, userName);
        if (entry.isEmpty()) {
            // same work as for a real user, so timing does not reveal which names exist
            keyWrap.wasteUnwrap(passphrase);
            throw new WrongPassphraseException(new UserMessage("error.wrongPassphrase"));
        }
        KeyFile.Entry e = entry.get();
        return PassphraseKeyWrap.unwrap(e, passphrase, aad(kf, e.nameHash));
    }

    @Override
    public void addUser(Path vaultDir, DataKey key, String userName, char[] passphrase) throws StorageException {
        KeyFile kf = read(vaultDir);
        if (find(kf, userName).isPresent()) {
            throw new StorageException(new UserMessage("error.userExists"));
        }
        kf.users.add(wrap(kf, key, userName, passphrase));
        write(vaultDir.resolve(KEY_FILE), kf);
    }

    @Override
    public void replaceUser(Path vaultDir, DataKey key, String userName, char[] passphrase) throws StorageException {
        KeyFile kf = read(vaultDir);
        Optional<KeyFile.Entry> old = find(kf, userName);
        old.ifPresent(kf.users::remove);
        kf.users.add(wrap(kf, key, userName, passphrase));
        write(vaultDir.resolve(KEY_FILE), kf);
    }

    @Override
    public void removeUser(Path vaultDir, String userName) throws StorageException {
        KeyFile kf = read(vaultDir);
        Optional<KeyFile.Entry> old = find(kf, userName);
        if (old.isPresent()) {
            kf.users.remove(old.get());
            write(vaultDir.resolve(KEY_FILE), kf);
        }
    }

    @Override
    public void rewrap(Path vaultDir, String userName, char[] current, char[] next)
            throws WrongPassphraseException, StorageException {
        KeyFile kf = read(vaultDir);
        DataKey key = unwrap(kf, userName, current);
        try {
            KeyFile.Entry fresh = wrap(kf, key, userName, next);
            KeyFile.Entry old = find(kf, userName).orElseThrow();
            fresh.createdAt = old.createdAt;
            kf.users.set(kf.users.indexOf(old), fresh);
            write(vaultDir.resolve(KEY_FILE), kf);
        } finally {
            key.destroy();
        }
    }

    @Override
    public UnlockFailures failures(Path vaultDir) throws StorageException {
        Path f = vaultDir.resolve(FAILURE_FILE);
        if (!Files.exists(f)) {
            return UnlockFailures.NONE;
        }
        try {
            FailureState s = json.readValue(f.toFile(), FailureState.class);
            return new UnlockFailures(s.count, s.last == null ? null : Instant.parse(s.last));
        } catch (IOException | RuntimeException e) {
            // a damaged counter must not lock the vault for ever; start counting again
            return UnlockFailures.NONE;
        }
    }

    @Override
    public void recordFailure(Path vaultDir, UnlockFailures updated) throws StorageException {
        FailureState s = new FailureState();
        s.count = updated.count();
        s.last = updated.last() == null ? null : updated.last().toString();
        write(vaultDir.resolve(FAILURE_FILE), s);
    }

    @Override
    public void clearFailures(Path vaultDir) throws StorageException {
        try {
            Files.deleteIfExists(vaultDir.resolve(FAILURE_FILE));
        } catch (IOException e) {
            throw storage(e);
        }
    }

    @Override
    public void discard(Path vaultDir) {
        try {
            Files.deleteIfExists(vaultDir.resolve(KEY_FILE));
            Files.deleteIfExists(vaultDir.resolve(FAILURE_FILE));
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(FileVaultKeyStore.class)
                    .warn("could not remove the key file of a failed vault creation: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void destroy(Path vaultDir) throws StorageException {
        Path file = vaultDir.resolve(KEY_FILE);
        try {
            if (Files.exists(file)) {
                byte[] noise = new byte[(int) Math.max(Files.size(file), 4096)];
                new java.security.SecureRandom().nextBytes(noise);
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.write(ByteBuffer.wrap(noise));
                    ch.force(true);
                }
            }
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(KEY_FILE + ".tmp"));
        } catch (IOException e) {
            throw storage(e);
        }
    }

    @Override
    public byte[] exportKeyFile(Path vaultDir) throws StorageException {
        try {
            return Files.readAllBytes(vaultDir.resolve(KEY_FILE));
        } catch (IOException e) {
            throw storage(e);
        }
    }

    /** Parses key-file bytes (from a vault or a backup); damaged content is a clear error. */
    KeyFile parse(byte[] bytes) throws StorageException {
        try {
            KeyFile kf = json.readValue(bytes, KeyFile.class);
            if (kf.format != 1 || kf.vaultId == null || kf.nameSalt == null || kf.users == null) {
                throw new StorageException(new UserMessage("error.keyFileDamaged"));
            }
            return kf;
        } catch (IOException e) {
            throw new StorageException(new UserMessage("error.keyFileDamaged"), e);
        }
    }

    private KeyFile read(Path vaultDir) throws StorageException {
        Path f = vaultDir.resolve(KEY_FILE);
        if (!Files.exists(f)) {
            throw new StorageException(new UserMessage("error.vaultMissing"));
        }
        try {
            return parse(Files.readAllBytes(f));
        } catch (IOException e) {
            throw storage(e);
        }
    }

    private KeyFile.Entry wrap(KeyFile kf, DataKey key, String userName, char[] passphrase) throws StorageException {
        KeyFile.Entry e = new KeyFile.Entry();
        e.nameHash = nameHash(kf, userName);
        keyWrap.wrap(e, key, passphrase, aad(kf, e.nameHash));
        String now = clock.instant().toString();
        e.createdAt = now;
        e.changedAt = now;
        return e;
    }

    private static byte[] aad(KeyFile kf, String nameHash) {
        return ("shield-key-v1|" + kf.vaultId + "|" + nameHash).getBytes(StandardCharsets.US_ASCII);
    }

    private Optional<KeyFile.Entry> find(KeyFile kf, String userName) {
        String h = nameHash(kf, userName);
        return kf.users.stream().filter(u -> MessageDigest.isEqual(
                h.getBytes(StandardCharsets.US_ASCII), u.nameHash.getBytes(StandardCharsets.US_ASCII))).findFirst();
    }

    private static String nameHash(KeyFile kf, String userName) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(Base64.getDecoder().decode(kf.nameSalt));
            md.update(userName.getBytes(StandardCharsets.UTF_8));
            return b64(md.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }

    private void write(Path target, Object value) throws StorageException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            byte[] bytes = json.writeValueAsBytes(value);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ownerOnly(tmp, "rw-------");
                ch.write(ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw storage(e);
        }
    }

    /** On POSIX systems, only the owner may read the vault (other systems rely on the profile folder's ACL). */
    static void ownerOnly(Path p, String perms) throws IOException {
        if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString(perms));
        }
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    static StorageException storage(IOException e) {
        String m = e.getMessage();
        if (m != null && m.contains("No space left")) {
            return new StorageException(new UserMessage("error.diskFull"), e);
        }
        return new StorageException(new UserMessage("error.storage"), e);
    }

    /** Consecutive failed unlocks, as stored. */
    public static final class FailureState {
        public int count;
        public String last;
    }

}
