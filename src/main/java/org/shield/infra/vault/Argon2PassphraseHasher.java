package org.shield.infra.vault;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.shield.application.sync.PassphraseHasher;

/**
 * Argon2id passphrase hashes, encoded {@code argon2id$<memoryKiB>$<iterations>$<parallelism>$<salt>$<hash>}
 * (base64), so that the cost can be raised later without invalidating stored hashes.
 */
public final class Argon2PassphraseHasher implements PassphraseHasher {
    private static final String PREFIX = "argon2id";
    private final Argon2Params params;
    private final SecureRandom random = new SecureRandom();

    public Argon2PassphraseHasher(Argon2Params params) {
        this.params = params;
    }

    @Override
    public String hash(char[] passphrase) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] hash = Argon2Kdf.derive(passphrase, salt, params);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return String.join("$", PREFIX, String.valueOf(params.memoryKiB()), String.valueOf(params.iterations()),
                String.valueOf(params.parallelism()), b64.encodeToString(salt), b64.encodeToString(hash));
    }

    @Override
    public boolean matches(char[] passphrase, String encoded) {
        String[] p = encoded == null ? new String[0] : encoded.split("\\$");
        if (p.length != 6 || !PREFIX.equals(p[0])) {
            return false;
        }
        try {
            Argon2Params stored = new Argon2Params(Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                    Integer.parseInt(p[3]));
            byte[] salt = Base64.getDecoder().decode(p[4]);
            byte[] expected = Base64.getDecoder().decode(p[5]);
            return MessageDigest.isEqual(expected, Argon2Kdf.derive(passphrase, salt, stored));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
