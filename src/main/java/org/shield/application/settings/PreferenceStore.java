package org.shield.application.settings;

import java.util.Optional;

/**
 * Port: a small plain-text store for preferences that identify nobody (language, auto-lock minutes,
 * calendar era). Needed before unlock (the unlock screen's language), so it lives outside the
 * encrypted database. Never put case or person data here.
 */
public interface PreferenceStore {
    Optional<String> get(String key);

    /** Stores the value durably; a failure says so rather than pretending the setting was kept. */
    void put(String key, String value) throws org.shield.application.common.StorageException;
}
