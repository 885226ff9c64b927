package org.shield.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shield.ui.UiHarness.await;
import static org.shield.ui.UiHarness.clickOn;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shield.domain.casefile.PartyRole;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * First run, a new case, a new person added as victim, and that person found by alias in the search box
 * (listed by pseudonym) and opened through a reveal with a stated purpose.
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunToPersonSearchUiTest {
    private static final String PASSPHRASE = "river lantern quietly folds";

    @TempDir
    Path dir;
    DeskApp app;

    @Start
    void start(Stage stage) {
        app = UiHarness.desk(dir, dir.resolve("vault"), null);
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void firstRunThenCaseThenVictimThenFoundByAlias(FxRobot robot) {
        clickOn(robot, "#userName").write("ui.tester");
        clickOn(robot, "#unitCode").write("TST");
        clickOn(robot, "#passphrase").write(PASSPHRASE);
        clickOn(robot, "#confirmation").write(PASSPHRASE);
        clickOn(robot, "#create");
        await(() -> robot.lookup("#mainScreen").tryQuery().isPresent());

        clickOn(robot, "#newCase");
        await(() -> robot.lookup("#caseScreen").tryQuery().isPresent());
        clickOn(robot, "#title").write("DEMO-TEST case from the UI test");
        clickOn(robot, "#saveCase");
        TabPane caseTabs = robot.lookup("#caseTabs").queryAs(TabPane.class);
        await(() -> !caseTabs.getTabs().get(1).isDisable());
        assertThat(robot.lookup("#caseNumber").queryLabeled().getText()).startsWith("Case TST-");

        robot.interact(() -> caseTabs.getSelectionModel().select(1));
        clickOn(robot, "#partyNewPerson");
        clickOn(robot, "#partyNameLatin").write("Demo-Test Person");
        clickOn(robot, "#partyAlias").write("Canary-Alias");
        ComboBox<PartyRole> role = robot.lookup("#partyRole").queryComboBox();
        robot.interact(() -> role.getSelectionModel().select(PartyRole.Victim));
        clickOn(robot, "#addParty");
        TableView<?> parties = robot.lookup("#partiesTable").queryTableView();
        await(() -> parties.getItems().size() == 1);

        clickOn(robot, "#globalSearch").write("canary alias");
        await(() -> robot.lookup("#globalSearchResults").tryQuery()
                .map(n -> ((ListView<?>) n).getItems().size() == 1).orElse(false));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        // a victim is protected: opening goes through a reveal with a stated purpose
        await(() -> robot.lookup("#revealPurpose").tryQuery().isPresent());
        clickOn(robot, "#revealPurpose").write("DEMO-TEST checking the record from the UI test");
        clickOn(robot, "#revealDialogAction");
        await(() -> robot.lookup("#nameLatin").tryQuery().isPresent());
        assertThat(robot.lookup("#nameLatin").queryTextInputControl().getText()).isEqualTo("Demo-Test Person");
        assertThat(robot.lookup(".text-field").queryAllAs(TextField.class))
                .anyMatch(f -> "Canary-Alias".equals(f.getText()));
        assertThat(robot.lookup("#savePerson").queryAs(Button.class).isDisabled()).isTrue();
    }
}
