package org.shield.application.settings;

import java.time.Duration;
import java.util.Locale;
import org.shield.application.common.StorageException;

/**
 * Typed access to the user-interface preferences: language (English or Thai), idle time before
 * auto-lock (default 5 minutes, 1–120), and whether Thai dates show Buddhist-era years.
 * Thread-safe as long as the store is.
 */
public final class Preferences {
    public static final Duration DEFAULT_AUTO_LOCK = Duration.ofMinutes(5);
    public static final int MIN_AUTO_LOCK_MINUTES = 1;
    public static final int MAX_AUTO_LOCK_MINUTES = 120;
    private static final String LANGUAGE = "ui.language";
    private static final String AUTO_LOCK = "ui.autoLockMinutes";
    private static final String BUDDHIST_ERA = "ui.buddhistEra";

    private final PreferenceStore store;

    public Preferences(PreferenceStore store) {
        this.store = store;
    }

    /** {@code en} or {@code th}; defaults to Thai when the system language is Thai, else English. */
    public Locale language() {
        String tag = store.get(LANGUAGE).orElse("th".equals(Locale.getDefault().getLanguage()) ? "th" : "en");
        return "th".equals(tag) ? Locale.forLanguageTag("th") : Locale.ENGLISH;
    }

    public void setLanguage(Locale locale) throws StorageException {
        store.put(LANGUAGE, "th".equals(locale.getLanguage()) ? "th" : "en");
    }

    public Duration autoLockAfter() {
        try {
            int minutes = Integer.parseInt(store.get(AUTO_LOCK).orElse(""));
            return Duration.ofMinutes(Math.max(MIN_AUTO_LOCK_MINUTES, Math.min(MAX_AUTO_LOCK_MINUTES, minutes)));
        } catch (NumberFormatException e) {
            return DEFAULT_AUTO_LOCK;
        }
    }

    public void setAutoLockMinutes(int minutes) throws StorageException {
        if (minutes < MIN_AUTO_LOCK_MINUTES || minutes > MAX_AUTO_LOCK_MINUTES) {
            throw new IllegalArgumentException("auto-lock minutes out of range");
        }
        store.put(AUTO_LOCK, Integer.toString(minutes));
    }

    public boolean buddhistEra() {
        return Boolean.parseBoolean(store.get(BUDDHIST_ERA).orElse("false"));
    }

    public void setBuddhistEra(boolean on) throws StorageException {
        store.put(BUDDHIST_ERA, Boolean.toString(on));
    }
}
