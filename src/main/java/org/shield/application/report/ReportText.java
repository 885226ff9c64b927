package org.shield.application.report;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A report's words in its language: the app's {@code i18n/messages} bundle, code-list labels
 * ({@code enum.<Type>.<CONST>}), and dates. Thai reports give Buddhist-era years, as Thai official
 * documents do; times carry their UTC offset so that a court reads them without guessing the zone.
 */
public final class ReportText {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public ReportText(Locale language, ZoneId zone) {
        this.locale = "th".equals(language.getLanguage()) ? Locale.forLanguageTag("th-TH") : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle("i18n.messages", locale, NO_FALLBACK);
        boolean thai = "th".equals(locale.getLanguage());
        var chrono = thai ? ThaiBuddhistChronology.INSTANCE : IsoChronology.INSTANCE;
        this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withChronology(chrono);
        this.dateTime = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'UTC'xxx", locale).withChronology(chrono)
                .withZone(zone);
    }

    public Locale locale() {
        return locale;
    }

    /** The bundle the templates read their labels from ({@code $R{key}}). */
    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Object[] a = args.clone();
        for (int i = 0; i < a.length; i++) {
            if (a[i] instanceof Enum<?> e) {
                a[i] = label(e);
            }
        }
        return new MessageFormat(pattern, locale).format(a);
    }

    /** A code-list value as people read it; empty for null. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return bundle.containsKey(key) ? bundle.getString(key) : value.name();
    }

    public String date(LocalDate d) {
        return d == null ? "" : date.format(d);
    }

    /** The calendar date of an instant in the report's time zone (for a dated signature block). */
    public String date(Instant t) {
        return t == null ? "" : date.format(t.atZone(dateTime.getZone()).toLocalDate());
    }

    public String dateTime(Instant t) {
        return t == null ? "" : dateTime.format(t);
    }

    public String yesNo(Boolean b) {
        return b == null ? "" : get(b ? "report.yes" : "report.no");
    }

    /** A country code with its name in the report's language, e.g. {@code MM · Myanmar}. */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return code + " · " + new Locale("", code).getDisplayCountry(locale);
    }
}
