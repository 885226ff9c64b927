package org.shield.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GtkCheckTest {
    @TempDir
    Path libs;

    @Test
    void missingGtkIsOneLineSayingWhatToInstall() {
        var problem = GtkCheck.problem("Linux", List.of(libs.toString()), Map.of("DISPLAY", ":0"));
        assertThat(problem).get().asString().contains("apt-get install libgtk-3-0").doesNotContain("\n");
    }

    @Test
    void missingDisplayIsOneLine() throws Exception {
        Files.createFile(libs.resolve("libgtk-3.so.0"));
        assertThat(GtkCheck.problem("Linux", List.of(libs.toString()), Map.of())).get().asString()
                .startsWith("No graphical display found");
    }

    @Test
    void gtkAndDisplayPresentMeansNoProblem() throws Exception {
        Files.createFile(libs.resolve("libgtk-3.so.0"));
        assertThat(GtkCheck.problem("Linux", List.of(libs.toString()), Map.of("WAYLAND_DISPLAY", "wayland-0"))).isEmpty();
    }

    @Test
    void otherSystemsAreNotChecked() {
        assertThat(GtkCheck.problem("Windows 11", List.of(), Map.of())).isEmpty();
    }
}
