package org.shield.domain.interview;

import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * What the person said: the statement in their own language and/or a translation, with the translator
 * named when there is a translation. Languages are ISO 639 codes as entered (e.g. {@code my}, {@code th}).
 */
public record Statement(String language, String text, String translationLanguage, String translation,
        String translator) {
    public static final int TEXT_MAX = 1_000_000;
    public static final Statement NONE = new Statement(null, null, null, null, null);

    public Statement {
        language = Text.optional(language, "interview.statementLanguage", 20);
        text = Text.optional(text, "interview.statement", TEXT_MAX);
        translationLanguage = Text.optional(translationLanguage, "interview.translationLanguage", 20);
        translation = Text.optional(translation, "interview.translation", TEXT_MAX);
        translator = Text.optional(translator, "interview.translator", 200);
    }

    public boolean isEmpty() {
        return text == null && translation == null;
    }

    /** A translation must say who translated it; checked at sign-off, not while typing. */
    void requireComplete() {
        if (isEmpty()) {
            throw new DomainRuleViolation("interview.statement.required");
        }
        if (translation != null && translator == null) {
            throw new DomainRuleViolation("interview.translator.required");
        }
    }
}
