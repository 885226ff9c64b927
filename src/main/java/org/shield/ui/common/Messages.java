package org.shield.ui.common;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.Chronology;
import java.time.chrono.IsoChronology;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.shield.application.common.UserMessage;

/**
 * The UI's text: the {@code i18n/messages} bundle in one language, enum labels
 * ({@code enum.<EnumSimpleName>.<CONSTANT>}) and dates in the user's format, with Buddhist-era years
 * for Thai when that preference is on. Immutable: a language switch makes a new instance and the UI
 * is rebuilt with it. Safe to use from any thread.
 */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final int BUDDHIST_OFFSET = 543;
    private static final int BUDDHIST_YEAR_FLOOR = 2400;

    private final Locale locale;
    private final boolean buddhistEra;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter dateTimeFormat;

    public Messages(Locale locale, boolean buddhistEra) {
        this.locale = Objects.requireNonNull(locale);
        this.buddhistEra = buddhistEra && isThai(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        Chronology chrono = this.buddhistEra ? ThaiBuddhistChronology.INSTANCE : IsoChronology.INSTANCE;
        this.dateFormat = DateTimeFormatter.ofPattern("d MMM yyyy", locale).withChronology(chrono);
        this.dateTimeFormat = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale).withChronology(chrono)
                .withZone(ZoneId.systemDefault());
    }

    public static boolean isThai(Locale locale) {
        return "th".equals(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** True when dates show Buddhist-era years (Thai UI with the preference on). */
    public boolean buddhistEra() {
        return buddhistEra;
    }

    public Chronology chronology() {
        return buddhistEra ? ThaiBuddhistChronology.INSTANCE : IsoChronology.INSTANCE;
    }

    /**
     * The text for {@code key}, always through {@link MessageFormat} in this locale (the bundle's
     * convention: {@code ''} is an apostrophe). A missing key shows as {@code !key!}.
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(args == null ? new Object[0] : labelled(args));
    }

    /**
     * Code-list values among the arguments become their translated labels ({@code enum.<Type>.<CONST>}), and
     * {@link Labelled} ones their own words.
     */
    private Object[] labelled(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Enum<?> e) {
                out[i] = label(e);
            } else if (out[i] instanceof Labelled l) {
                out[i] = l.label(this);
            } else if (out[i] instanceof UserMessage m) { // a message within a message: a tab's title, say
                out[i] = format(m);
            }
        }
        return out;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * Translates a message from a service or a view model; {@code null} gives an empty string. Enum
     * arguments are shown by their labels.
     */
    public String format(UserMessage message) {
        return message == null ? "" : get(message.key(), message.args());
    }

    /** The label of a code-list value, e.g. {@code enum.CaseStatus.Active}; empty for {@code null}. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return bundle.containsKey(key) ? bundle.getString(key) : value.name();
    }

    /** A country code with its name in this language, e.g. {@code TH · Thailand}. */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : code + " · " + name;
    }

    /** A language code with its name in this language, e.g. {@code my · Burmese}. */
    public String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale(code).getDisplayLanguage(locale);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : code + " · " + name;
    }

    public String date(LocalDate date) {
        return date == null ? "" : dateFormat.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTimeFormat.format(instant);
    }

    /**
     * Reads a date typed by the user: ISO ({@code 2026-03-01}), the display format, or d/M/yyyy. In the
     * Thai UI a year above 2400 is a Buddhist-era year (543 years ahead). {@code null} when unreadable.
     */
    public LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE,
            dateFormat.withChronology(IsoChronology.INSTANCE), DateTimeFormatter.ofPattern("d/M/yyyy", locale)}) {
            try {
                LocalDate d = LocalDate.parse(t, f);
                return isThai(locale) && d.getYear() > BUDDHIST_YEAR_FLOOR ? d.minusYears(BUDDHIST_OFFSET) : d;
            } catch (DateTimeParseException e) {
                // not this format; try the next
            }
        }
        return null;
    }
}
