package org.shield.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shield.ui.UiHarness.await;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shield.testing.TestVaults;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Idle time locks the desk: the content disappears at once and an unsaved edit survives the unlock. */
@ExtendWith(ApplicationExtension.class)
class AutoLockUiTest {
    private static final Duration IDLE = Duration.ofSeconds(5);
    private static final String UNSAVED = "DEMO-TEST unsaved Canary-Title";

    @TempDir
    Path dir;
    DeskApp app;
    Stage stage;

    @Start
    void start(Stage s) throws Exception {
        TestVaults.create(dir.resolve("vault")).close();
        stage = s;
        app = UiHarness.desk(dir, dir.resolve("vault"), IDLE);
        app.start(s);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void idleDeskHidesEverythingAndKeepsTheUnsavedEdit(FxRobot robot) {
        robot.clickOn("#userName").write(TestVaults.ADMIN);
        robot.clickOn("#passphrase").write(TestVaults.PASSPHRASE);
        robot.clickOn("#unlock");
        await(() -> robot.lookup("#newCase").tryQuery().isPresent());
        robot.clickOn("#newCase");
        await(() -> robot.lookup("#title").tryQuery().isPresent());
        robot.clickOn("#title").write(UNSAVED);

        await(() -> robot.lookup("#unlockScreen").tryQuery().isPresent());

        assertThat(robot.lookup("#mainScreen").tryQuery()).isEmpty();
        assertThat(anyNodeShows(UNSAVED)).isFalse();
        assertThat(stage.getTitle()).isEqualTo("SHIELD Case Desk");
        assertThat(robot.lookup("#userName").queryTextInputControl().getText()).isEqualTo(TestVaults.ADMIN);

        robot.clickOn("#passphrase").write(TestVaults.PASSPHRASE);
        robot.clickOn("#unlock");
        await(() -> robot.lookup("#mainScreen").tryQuery().isPresent());
        assertThat(robot.lookup("#title").queryTextInputControl().getText()).isEqualTo(UNSAVED);
    }

    private boolean anyNodeShows(String text) {
        return stage.getScene().getRoot().lookupAll("*").stream().anyMatch(n -> shows(n, text));
    }

    private static boolean shows(Node n, String text) {
        return n instanceof TextInputControl t && t.getText() != null && t.getText().contains(text)
                || n instanceof Labeled l && l.getText() != null && l.getText().contains(text)
                || n instanceof javafx.scene.text.Text t && t.getText() != null && t.getText().contains(text);
    }
}
