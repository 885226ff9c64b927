package org.shield.bootstrap;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the app keeps its files per user: {@code ~/.shield} on Linux, {@code %APPDATA%\SHIELD} on
 * Windows, {@code ~/Library/Application Support/SHIELD} on macOS. The vault is {@code vault/} inside,
 * the demo vault {@code demo-vault/}, logs {@code logs/} (ids and counts only, never personal data).
 */
public final class DataDirectories {
    private DataDirectories() {
    }

    public static Path base() {
        String override = System.getenv("SHIELD_HOME");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "SHIELD");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "SHIELD");
        }
        return Path.of(home, ".shield");
    }

    public static Path defaultVault() {
        return base().resolve("vault");
    }

    public static Path demoVault() {
        return base().resolve("demo-vault");
    }

    public static Path logs() {
        String override = System.getProperty("shield.log.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String env = System.getenv("SHIELD_LOG_DIR");
        return env != null && !env.isBlank() ? Path.of(env) : base().resolve("logs");
    }
}
