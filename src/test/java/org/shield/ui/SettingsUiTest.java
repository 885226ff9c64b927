package org.shield.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shield.ui.UiHarness.await;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shield.testing.TestVaults;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Switching to Thai rebuilds the window in Thai and keeps the records open with their unsaved edits. */
@ExtendWith(ApplicationExtension.class)
class SettingsUiTest {
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
    void switchingToThaiRebuildsTheWindowAndKeepsOpenEdits(FxRobot robot) {
        robot.clickOn("#userName").write(TestVaults.ADMIN);
        robot.clickOn("#passphrase").write(TestVaults.PASSPHRASE);
        robot.clickOn("#unlock");
        await(() -> robot.lookup("#newCase").tryQuery().isPresent());
        robot.clickOn("#newCase");
        await(() -> robot.lookup("#title").tryQuery().isPresent());
        robot.clickOn("#title").write("DEMO-TEST still here after the switch");

        robot.clickOn("#navSettings");
        ComboBox<Locale> language = robot.lookup("#language").queryComboBox();
        robot.interact(() -> language.getSelectionModel().select(Locale.forLanguageTag("th")));
        robot.clickOn("#buddhistEra");
        robot.clickOn("#savePreferences");

        await(() -> "คดี".equals(robot.lookup("#navCases").queryAs(ToggleButton.class).getText()));
        assertThat(robot.lookup("#buddhistEra").queryAs(CheckBox.class).isSelected()).isTrue();
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).hasSize(2);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertThat(robot.lookup("#title").queryTextInputControl().getText())
                .isEqualTo("DEMO-TEST still here after the switch");
        assertThat(robot.lookup("#saveCase").queryButton().getText()).isEqualTo("บันทึกคดี (_V)");
    }
}
