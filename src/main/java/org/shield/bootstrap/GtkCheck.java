package org.shield.bootstrap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Before JavaFX starts on Linux: is GTK 3 installed, and is there a display? Without them JavaFX fails
 * with a long stack trace; we say in one line what to do instead.
 */
final class GtkCheck {
    private static final List<String> LIB_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
            "/usr/lib64", "/usr/lib", "/lib/x86_64-linux-gnu", "/lib64", "/lib");

    private GtkCheck() {
    }

    /** An English one-line problem, or empty when the window can open. */
    static Optional<String> problem() {
        if ("Monocle".equals(System.getProperty("glass.platform"))) {
            return Optional.empty();
        }
        return problem(System.getProperty("os.name", ""), LIB_DIRS, System.getenv());
    }

    static Optional<String> problem(String osName, List<String> libDirs, java.util.Map<String, String> env) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        boolean gtk3 = libDirs.stream().anyMatch(d -> Files.exists(Path.of(d, "libgtk-3.so.0")));
        if (!gtk3) {
            return Optional.of("SHIELD Case Desk needs GTK 3 to open its window. Install it with: "
                    + "sudo apt-get install libgtk-3-0 (Debian/Ubuntu) or sudo dnf install gtk3 (Fedora). "
                    + "The command-line tools work without it: java -jar shield.jar --help");
        }
        String display = env.get("DISPLAY");
        String wayland = env.get("WAYLAND_DISPLAY");
        if ((display == null || display.isBlank()) && (wayland == null || wayland.isBlank())) {
            return Optional.of("No graphical display found (DISPLAY is not set). Run SHIELD Case Desk in a desktop "
                    + "session, or use the command-line tools: java -jar shield.jar --help");
        }
        return Optional.empty();
    }
}
