package org.shield.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The look: the bundled Thai font (Laksaman, which also covers Latin) loaded once at start, and the
 * application stylesheet.
 */
public final class Theme {
    public static final String FONT_FAMILY = "Laksaman";
    private static final Logger LOG = LoggerFactory.getLogger(Theme.class);
    private static final String[] FONTS = {"/fonts/thai/Laksaman.ttf", "/fonts/thai/Laksaman-Bold.ttf"};
    private static volatile boolean fontsLoaded;

    private Theme() {
    }

    /** Registers the bundled fonts with JavaFX; safe to call more than once. */
    public static synchronized void loadFonts() {
        if (fontsLoaded) {
            return;
        }
        for (String path : FONTS) {
            try (InputStream in = Theme.class.getResourceAsStream(path)) {
                if (in == null || Font.loadFont(in, 14) == null) {
                    LOG.warn("bundled font not loaded: {}", path);
                }
            } catch (IOException e) {
                LOG.warn("bundled font not readable: {}", path);
            }
        }
        fontsLoaded = true;
    }

    public static String stylesheet() {
        URL css = Theme.class.getResource("/org/shield/ui/desk.css");
        if (css == null) {
            throw new IllegalStateException("stylesheet missing");
        }
        return css.toExternalForm();
    }
}
