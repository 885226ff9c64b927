package org.shield.domain.party;

import java.util.Locale;
import java.util.Set;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them. */
public final class Countries {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code.strip().toUpperCase(Locale.ROOT));
    }

    /** Normalises to upper case; blank is {@code null}; an unknown code breaks the rule. */
    public static String optional(String code) {
        String c = Text.trimToNull(code);
        if (c == null) {
            return null;
        }
        return required(c);
    }

    public static String required(String code) {
        if (!isValid(code)) {
            throw new DomainRuleViolation("country.invalid");
        }
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
