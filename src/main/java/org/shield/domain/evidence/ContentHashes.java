package org.shield.domain.evidence;

import java.util.Locale;
import org.shield.domain.common.DomainRuleViolation;

/** Hashes of an exhibit's content at intake, lower-case hex. SHA-256 always; MD5 and SHA-1 only when asked. */
public record ContentHashes(String sha256, String md5, String sha1) {
    public ContentHashes {
        sha256 = hex(sha256, 64);
        md5 = md5 == null ? null : hex(md5, 32);
        sha1 = sha1 == null ? null : hex(sha1, 40);
    }

    private static String hex(String s, int length) {
        String h = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        if (h.length() != length || !h.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            throw new DomainRuleViolation("exhibit.hash.invalid");
        }
        return h;
    }
}
