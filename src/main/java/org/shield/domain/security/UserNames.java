package org.shield.domain.security;

import java.util.Locale;
import java.util.regex.Pattern;
import org.shield.domain.common.DomainRuleViolation;

/** User names: 3–64 characters of lower-case letters, digits, dot, dash, underscore; compared lower-case. */
public final class UserNames {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private UserNames() {
    }

    public static String normalise(String raw) {
        String n = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (!VALID.matcher(n).matches()) {
            throw new DomainRuleViolation("user.name.invalid");
        }
        return n;
    }
}
