package org.shield.domain.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The passphrase rule for local users: at least 12 characters, not the user name, not one character
 * repeated or a simple run, not one of the most common passphrases. Returns the message key of the
 * first rule broken, so the caller can show it in the user's language.
 */
public final class PassphrasePolicy {
    public static final int MIN_LENGTH = 12;

    private static final Set<String> COMMON = Set.of(
            "password1234", "password12345", "password123456", "passwordpassword", "123456789012",
            "1234567890123", "12345678901234", "qwertyuiop12", "qwertyuiopasdf", "iloveyou1234",
            "letmein12345", "welcome12345", "adminadmin12", "administrator", "changeme1234",
            "correcthorsebatterystaple", "trustno112345", "abcdefghijkl", "abc123abc123", "passw0rd1234",
            "football1234", "monkey123456", "sunshine1234", "princess1234", "qwerty123456",
            "1q2w3e4r5t6y", "zaq12wsxcde3", "shield123456", "shieldshield", "thailand1234",
            "bangkok12345", "police123456", "p@ssw0rd1234", "superman1234", "starwars1234");

    private PassphrasePolicy() {
    }

    /** The message key of the first broken rule, or empty when the passphrase is acceptable. */
    public static Optional<String> check(char[] passphrase, String userName) {
        String p = new String(passphrase);
        if (p.codePointCount(0, p.length()) < MIN_LENGTH) {
            return Optional.of("passphrase.tooShort");
        }
        String lower = p.toLowerCase(Locale.ROOT);
        String compact = lower.replaceAll("\\s+", "");
        if (userName != null && !userName.isBlank()) {
            String user = userName.strip().toLowerCase(Locale.ROOT);
            if (compact.contains(user.replaceAll("\\s+", "")) && user.length() >= 3) {
                return Optional.of("passphrase.containsUserName");
            }
        }
        if (compact.codePoints().distinct().count() <= 2) {
            return Optional.of("passphrase.repeated");
        }
        if (isSimpleRun(compact) || isRepeatedBlock(compact)) {
            return Optional.of("passphrase.repeated");
        }
        if (COMMON.contains(compact)) {
            return Optional.of("passphrase.common");
        }
        return Optional.empty();
    }

    private static boolean isSimpleRun(String s) {
        int[] cps = s.codePoints().toArray();
        int step = cps[1] - cps[0];
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < cps.length; i++) {
            if (cps[i] - cps[i - 1] != step) {
                return false;
            }
        }
        return true;
    }

    /** "abcabcabcabc", "ab12ab12ab12": a block of up to four characters repeated to fill the length. */
    private static boolean isRepeatedBlock(String s) {
        for (int block = 1; block <= 4 && block < s.length(); block++) {
            String unit = s.substring(0, block);
            if (unit.repeat(s.length() / block + 1).startsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
