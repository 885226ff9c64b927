package org.shield.domain.party;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.shield.domain.common.DomainRuleViolation;

/**
 * ISO 639 language codes: the two-letter ISO 639-1 codes and their three-letter ISO 639-2 forms as
 * the JDK knows them, plus the minority languages of the border regions that have only a
 * three-letter code (Shan, Karen, Hmong, Mon, Akha, Lahu, Karenni).
 */
public final class Languages {
    private static final Set<String> CODES = new HashSet<>();

    static {
        for (String two : Locale.getISOLanguages()) {
            CODES.add(two);
            try {
                CODES.add(Locale.forLanguageTag(two).getISO3Language());
            } catch (java.util.MissingResourceException e) {
                // no three-letter form known: the two-letter code alone is accepted
            }
        }
        CODES.addAll(Set.of("shn", "kar", "hmn", "mnw", "ahk", "lhu", "kyu"));
    }

    private Languages() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code.strip().toLowerCase(Locale.ROOT));
    }

    public static String required(String code) {
        if (!isValid(code)) {
            throw new DomainRuleViolation("language.invalid");
        }
        return code.strip().toLowerCase(Locale.ROOT);
    }
}
