package org.shield.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * Saves a UI test's scene as a PNG when the run asks for it with {@code -Dshield.ui.shots=DIR}, so a person can look
 * at what the test saw. The file is named {@code NAME-LANG.png}, LANG from {@code shield.ui.lang} (default en).
 * Without the property it does nothing. javafx-swing is not a dependency, so the pixels are copied by hand.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static void saveIfAsked(FxRobot robot, Scene scene, String name) throws IOException {
        String to = System.getProperty("shield.ui.shots");
        if (to == null) {
            return;
        }
        Path out = Path.of(to);
        Files.createDirectories(out);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        PixelReader pixels = image[0].getPixelReader();
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(buffered, "png",
                out.resolve(name + "-" + System.getProperty("shield.ui.lang", "en") + ".png").toFile());
    }
}
