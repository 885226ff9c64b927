package org.shield.domain.party;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for matching: case, diacritics and spacing are ignored, in Latin and Thai script.
 * Latin: NFKD then combining marks removed ("Nguyễn" matches "nguyen"). Thai: tone marks and the
 * other above-line signs (U+0E47–U+0E4E) are removed, vowels kept, so spellings that differ only in
 * tone marks still match. Burmese, Khmer, Lao and Chinese letters are kept as they are.
 * Everything that is not a letter or digit is dropped ("Somchai  J." matches "somchaij").
 */
public final class SearchFolding {
    private SearchFolding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String nfkd = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(nfkd.length());
        nfkd.codePoints().forEach(cp -> {
            if (cp >= 0x0E47 && cp <= 0x0E4E) {
                return; // Thai tone marks, maitaikhu, thanthakhat, nikhahit, yamakkan
            }
            int type = Character.getType(cp);
            boolean combining = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
            if (combining && cp < 0x0900) {
                return; // Latin, Greek, Cyrillic diacritics; marks of Indic-derived scripts are kept
            }
            if (Character.isLetterOrDigit(cp) || combining || type == Character.COMBINING_SPACING_MARK) {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Digits only: for phone and document numbers typed with spaces, dashes or a plus sign. */
    public static String digits(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(Character::isDigit)
                .forEach(cp -> out.append(Character.forDigit(Character.digit(cp, 10), 10)));
        return out.toString();
    }
}
