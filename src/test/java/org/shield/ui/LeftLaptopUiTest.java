package org.shield.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shield.ui.UiHarness.await;
import static org.shield.ui.UiHarness.clickOn;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.security.Role;
import org.shield.testing.HqInProcess;
import org.shield.testing.Screenshots;
import org.shield.testing.TestVaults;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Need-to-know on screen (ADR 0107, "An open record that left the laptop closes"): an investigator has a case open
 * in the real window when the supervisor leading it takes them off its team; after Sync now the case has left the
 * laptop, its tab closes and a dialog says why. With {@code -Dshield.ui.shots=DIR} it saves the screens. Synthetic
 * data only.
 */
@ExtendWith(ApplicationExtension.class)
class LeftLaptopUiTest {
    private static final String UNIT = "TST";
    private static final String INVESTIGATOR = "demo.inv";
    @TempDir
    static Path dir;
    static HqInProcess hq;
    static Workspace lead;
    static UUID caseId;
    DeskApp app;

    @BeforeAll
    static void anInvestigatorOnTheTeamOfACase() throws Exception {
        hq = new HqInProcess();
        lead = hq.laptop(dir.resolve("laptop-lead"), "demo.sup", Role.Supervisor, UNIT, INVESTIGATOR,
                Role.Investigator);
        caseId = lead.cases().create(new CreateCaseCommand("DEMO case the investigator is taken off", null, Set.of(),
                UNIT, null, null, "DEMO summary", null, Set.of())).id();
        lead.cases().assignTeam(caseId, lead.cases().get(caseId).version(), null, Set.of(INVESTIGATOR));
        lead.sync().syncNow();
        try (Workspace inv = hq.laptop(dir.resolve("vault"), INVESTIGATOR, Role.Investigator, UNIT)) {
            inv.sync().syncNow();
            assertThat(inv.cases().count()).isEqualTo(1);
        }
    }

    @Start
    void start(Stage stage) {
        Locale language = Locale.forLanguageTag(System.getProperty("shield.ui.lang", "en"));
        app = UiHarness.desk(dir, dir.resolve("vault"), null, java.util.function.UnaryOperator.identity(), language);
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @AfterAll
    static void stopHq() {
        lead.close();
        hq.close();
    }

    @Test
    void theOpenCaseClosesAndADialogSaysWhy(FxRobot robot) throws Exception {
        clickOn(robot, "#userName").write(INVESTIGATOR);
        clickOn(robot, "#passphrase").write(TestVaults.PASSPHRASE);
        clickOn(robot, "#unlock");
        await(() -> robot.lookup("#syncStatus").tryQuery().isPresent());
        boolean thai = robot.lookup("#navCases").queryAs(javafx.scene.control.ToggleButton.class).getText()
                .equals("คดี");
        TableView<?> cases = robot.lookup("#table").queryTableView();
        await(() -> cases.getItems().size() == 1);
        robot.interact(() -> cases.getSelectionModel().select(0));
        clickOn(robot, "#table").type(javafx.scene.input.KeyCode.ENTER);
        await(() -> robot.lookup("#caseScreen").tryQuery().isPresent());
        shot(robot, "case-open");
        String number = lead.cases().get(caseId).caseNumber();

        lead.cases().assignTeam(caseId, lead.cases().get(caseId).version(), null, Set.of());
        lead.sync().syncNow();
        clickOn(robot, "#syncNow");

        // looked up on the FX thread: the tab is being closed while the dialog opens
        await(() -> UiHarness.dialogShown(robot));
        assertThat(robot.lookup("#caseScreen").tryQuery()).as("the tab closed").isEmpty();
        String said = robot.lookup(".dialog-pane").lookup(".paragraph").queryAs(org.shield.ui.common.Paragraph.class)
                .getText();
        assertThat(said).startsWith(number).contains(thai ? "ไม่อยู่ในเครื่องนี้แล้ว" : "is no longer on this laptop");
        Screenshots.saveIfAsked(robot, robot.lookup(".dialog-pane").query().getScene(), "left-laptop-dialog");
        assertThat(cases.getItems()).as("nor in the case list").isEmpty();
    }

    private void shot(FxRobot robot, String name) throws Exception {
        Screenshots.saveIfAsked(robot, robot.lookup("#mainScreen").query().getScene(), name);
    }
}
