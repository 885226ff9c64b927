package org.shield.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.shield.bootstrap.Launcher;

/**
 * What installer/build-installer.sh relies on, checked in the fast unit-test run so that a rename
 * breaks here rather than in the installer build (which only CI runs).
 */
class PackagingContractTest {

    private static final Path BUILD_SCRIPT = Path.of("installer", "build-installer.sh");

    @Test
    void installerMainClassIsTheLauncher() throws IOException {
        String script = Files.readString(BUILD_SCRIPT, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^MAIN_CLASS=(\\S+)$").matcher(script);
        assertThat(m.find()).as("MAIN_CLASS= line in %s", BUILD_SCRIPT).isTrue();
        assertThat(m.group(1)).isEqualTo(Launcher.class.getName());
    }

    @Test
    void launcherDoesNotExtendJavaFxApplication() {
        // A class-path launch of a main class that extends Application fails with
        // "JavaFX runtime components are missing"; the jar and the jpackage launcher need a plain main.
        for (Class<?> c = Launcher.class; c != null; c = c.getSuperclass()) {
            assertThat(c.getName()).isNotEqualTo("javafx.application.Application");
        }
    }

    @Test
    void installerIconIsA256PixelPng() throws IOException {
        String script = Files.readString(BUILD_SCRIPT, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^ICON=src/main/resources/(\\S+\\.png)$").matcher(script);
        assertThat(m.find()).as("ICON= line in %s", BUILD_SCRIPT).isTrue();
        BufferedImage icon = read("/" + m.group(1));
        assertThat(icon.getWidth()).isEqualTo(256);
        assertThat(icon.getHeight()).isEqualTo(256);
        assertThat(icon.getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void windowIconSizesAreOnTheClassPath() throws IOException {
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            BufferedImage icon = read("/icons/shield-case-desk-" + size + ".png");
            assertThat(icon.getWidth()).as("width of the %d px icon", size).isEqualTo(size);
            assertThat(icon.getHeight()).as("height of the %d px icon", size).isEqualTo(size);
        }
    }

    private static BufferedImage read(String resource) throws IOException {
        try (InputStream in = PackagingContractTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("resource %s", resource).isNotNull();
            BufferedImage image = ImageIO.read(in);
            assertThat(image).as("%s decodes as an image", resource).isNotNull();
            return image;
        }
    }
}
