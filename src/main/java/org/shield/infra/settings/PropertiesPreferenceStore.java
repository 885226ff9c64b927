package org.shield.infra.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.shield.application.common.StorageException;
import org.shield.application.common.UserMessage;
import org.shield.application.settings.PreferenceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Preferences in a plain properties file beside the vault ({@code preferences.properties}). Holds only
 * settings that identify nobody. A missing or unreadable file gives the defaults; a failed write is
 * logged and the value kept for this run.
 */
public final class PropertiesPreferenceStore implements PreferenceStore {
    private static final Logger LOG = LoggerFactory.getLogger(PropertiesPreferenceStore.class);
    private final Path file;
    private final Properties values = new Properties();

    public PropertiesPreferenceStore(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException e) {
                LOG.warn("preferences unreadable; using defaults");
            }
        }
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    @Override
    public synchronized void put(String key, String value) throws StorageException {
        String previous = values.getProperty(key);
        try {
            Files.createDirectories(file.getParent());
            values.setProperty(key, value);
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                values.store(out, "SHIELD Case Desk preferences (no personal data)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            if (previous == null) {
                values.remove(key);
            } else {
                values.setProperty(key, previous);
            }
            throw new StorageException(new UserMessage("error.preferencesNotSaved"), e);
        }
    }
}
