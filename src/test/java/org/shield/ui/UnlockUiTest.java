package org.shield.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shield.ui.UiHarness.await;

import java.nio.file.Path;
import org.shield.ui.common.Paragraph;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shield.testing.TestVaults;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The unlock screen refuses a wrong passphrase with a clear message and no hint about the user. */
@ExtendWith(ApplicationExtension.class)
class UnlockUiTest {
    @TempDir
    Path dir;
    DeskApp app;

    @Start
    void start(Stage stage) throws Exception {
        TestVaults.create(dir.resolve("vault")).close();
        app = UiHarness.desk(dir, dir.resolve("vault"), null);
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void wrongPassphraseShowsTheMessageAndStaysLocked(FxRobot robot) {
        robot.clickOn("#userName").write(TestVaults.ADMIN);
        robot.clickOn("#passphrase").write("certainly not the passphrase");
        robot.clickOn("#unlock");

        Paragraph error = robot.from(robot.lookup("#unlockScreen").queryParent()).lookup("#error")
                .queryAs(Paragraph.class);
        await(error::isVisible);
        assertThat(error.getText()).isEqualTo("The user name or passphrase is not correct.");
        assertThat(robot.lookup("#passphrase").queryTextInputControl().getText()).isEmpty();
        assertThat(robot.lookup("#mainScreen").tryQuery()).isEmpty();
        assertThat(robot.window(0).getScene().getWindow()).isNotNull();
    }

    @Test
    void windowTitleNamesOnlyTheApp(FxRobot robot) {
        assertThat(((Stage) robot.window(0)).getTitle()).isEqualTo("SHIELD Case Desk");
    }
}
