package org.shield.infra.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.shield.application.common.UserMessage;

/** Translates user messages for the terminal, in the system language when we have it (English or Thai). */
final class CliMessages {
    private final ResourceBundle bundle;
    private final Locale locale;

    CliMessages(Locale locale) {
        this.locale = "th".equals(locale.getLanguage()) ? locale : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle("i18n.messages", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String text(UserMessage m) {
        return text(m.key(), m.args());
    }

    /** A code-list value as people read it ({@code enum.<Type>.<CONST>}); empty for null. */
    String label(Enum<?> value) {
        return value == null ? "" : text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
