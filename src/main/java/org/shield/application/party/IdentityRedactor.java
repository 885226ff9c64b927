package org.shield.application.party;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes protected identities from free text before it is printed: every name, alias, and each word of
 * them of three letters or more, every identity-document number and every contact value (phones also in
 * national format, with any spacing or dashes) of the protected persons it was made for. A whole name or
 * alias becomes the person's pseudonym in brackets; a single word of it and a number become the
 * replacement text. Latin-script terms match as
 * whole words, ignoring case; Thai and other scripts without spaces between words match anywhere.
 * Over-removal is accepted: a leak is not. The terms themselves never leave this object ({@link #toString}
 * shows a count). Immutable and thread-safe.
 */
public final class IdentityRedactor {
    /** A redactor for a text with no protected person in it. */
    public static final IdentityRedactor NONE = new IdentityRedactor(List.of());

    private static final int MIN_WORD = 3;
    /**
     * Words of a name that are not the person: honorifics (Thai, Burmese, English) and the marker every
     * synthetic demo and test name carries. The whole name still matches with them.
     */
    private static final java.util.Set<String> NOT_A_NAME = java.util.Set.of("mr", "mrs", "ms", "miss", "mister",
            "daw", "maung", "nai", "นาย", "นาง", "นางสาว", "เด็กชาย", "เด็กหญิง", "demo");
    private static final int MIN_DIGITS = 6;

    private final List<Rule> rules;

    private record Rule(Pattern pattern, String replacement) {
    }

    private IdentityRedactor(List<Rule> rules) {
        this.rules = rules;
    }

    /** Builds the rules for one protected person's terms. */
    static final class Collector {
        private final List<Rule> rules = new ArrayList<>();
        private final List<String[]> names = new ArrayList<>();
        private final String wordReplacement;

        /**
         * {@code wordReplacement} stands for a single word of a name: only a whole name becomes the pseudonym,
         * since a shared word (a family name, a common given name) in someone else's name must not tie that
         * person to the victim's pseudonym.
         */
        Collector(String wordReplacement) {
            this.wordReplacement = wordReplacement;
        }

        void name(String name, String pseudonym) {
            if (name == null || name.isBlank()) {
                return;
            }
            String n = name.strip();
            names.add(new String[] {n, "[" + pseudonym + "]"});
            for (String word : n.split("[\\s\\p{Punct}]+")) {
                if (word.codePointCount(0, word.length()) >= MIN_WORD
                        && !NOT_A_NAME.contains(word.toLowerCase(Locale.ROOT))) {
                    names.add(new String[] {word, wordReplacement});
                }
            }
        }

        void number(String value, String replacement) {
            if (value == null) {
                return;
            }
            String compact = value.replaceAll("[^\\p{L}\\p{N}]", "");
            if (compact.length() < MIN_DIGITS && !compact.chars().anyMatch(Character::isLetter)) {
                return;
            }
            rules.add(new Rule(separated(compact), replacement));
            if (value.strip().startsWith("+")) {
                // the same phone written in national format: a leading 0 instead of a 1-3 digit country code
                for (int cc = 1; cc <= 3 && compact.length() - cc >= MIN_DIGITS + 1; cc++) {
                    rules.add(new Rule(separated("0" + compact.substring(cc)), replacement));
                }
            }
        }

        void text(String value, String replacement) {
            if (value != null && !value.isBlank() && value.strip().length() >= MIN_WORD) {
                rules.add(new Rule(literal(value.strip()), replacement));
            }
        }

        IdentityRedactor build() {
            List<Rule> all = new ArrayList<>();
            names.sort(Comparator.comparingInt((String[] a) -> a[0].length()).reversed());
            for (String[] n : names) {
                all.add(new Rule(literal(n[0]), n[1]));
            }
            all.addAll(rules);
            return new IdentityRedactor(List.copyOf(all));
        }

        private static Pattern literal(String term) {
            String q = Pattern.quote(term);
            boolean latin = term.codePoints().filter(Character::isLetter)
                    .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
            String p = latin ? "(?<![\\p{L}\\p{N}])" + q + "(?![\\p{L}\\p{N}])" : q;
            return Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        private static Pattern separated(String compact) {
            StringBuilder p = new StringBuilder("(?<![\\p{L}\\p{N}+])\\+?");
            int[] cps = compact.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                if (i > 0) {
                    p.append("[\\s\\-./()]*");
                }
                p.append(Pattern.quote(new String(Character.toChars(cps[i]))));
            }
            p.append("(?![\\p{L}\\p{N}])");
            return Pattern.compile(p.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    /** The text with every protected term removed; null stays null. */
    public String redact(String text) {
        if (text == null || text.isEmpty() || rules.isEmpty()) {
            return text;
        }
        String out = text;
        for (Rule r : rules) {
            Matcher m = r.pattern.matcher(out);
            if (m.find()) {
                out = m.replaceAll(Matcher.quoteReplacement(r.replacement));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "IdentityRedactor[%d rules]", rules.size());
    }
}
