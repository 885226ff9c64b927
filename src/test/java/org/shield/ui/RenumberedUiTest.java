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
 * A case number given twice (ADR 0002, "A number given twice"), seen in the real window: this laptop's vault was
 * copied by hand, the copy opened a case and synced, and this laptop opened one under the same number before its
 * next sync. The automatic sync after sign-in gives this laptop's case a new number, and a dialog says which,
 * and what to correct. With {@code -Dshield.ui.shots=DIR} it saves the dialog. Synthetic data only.
 */
@ExtendWith(ApplicationExtension.class)
class RenumberedUiTest {
    private static final String UNIT = "TST";
    private static final String USER = "demo.sup";
    @TempDir
    static Path dir;
    static HqInProcess hq;
    static String given;
    static UUID mine;
    DeskApp app;

    @BeforeAll
    static void aCopyOfThisVaultGaveTheSameNumberFirst() throws Exception {
        hq = new HqInProcess();
        Path vault = dir.resolve("vault");
        Path copy = dir.resolve("copy");
        try (Workspace ws = hq.laptop(vault, USER, Role.Supervisor, UNIT)) {
            newCase(ws, "DEMO case before the copy");
            ws.sync().syncNow();
        }
        TestVaults.copyByHand(vault, copy);
        try (Workspace ws = unlock(copy)) {
            given = ws.cases().get(newCase(ws, "DEMO case of the copy")).caseNumber();
            ws.sync().syncNow();
        }
        try (Workspace ws = unlock(vault)) {
            mine = newCase(ws, "DEMO case of this laptop");
            assertThat(ws.cases().get(mine).caseNumber()).isEqualTo(given);
        }
    }

    private static Workspace unlock(Path vault) throws Exception {
        return TestVaults.vaults().unlock(vault, USER, TestVaults.PASSPHRASE.toCharArray());
    }

    private static UUID newCase(Workspace ws, String title) throws Exception {
        return ws.cases().create(new CreateCaseCommand(title, null, Set.of(), UNIT, null, null, null, null,
                Set.of())).id();
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
        hq.close();
    }

    @Test
    void theSyncAfterSignInGivesThisLaptopsCaseANewNumberAndSaysSo(FxRobot robot) throws Exception {
        clickOn(robot, "#userName").write(USER);
        clickOn(robot, "#passphrase").write(TestVaults.PASSPHRASE);
        clickOn(robot, "#unlock");
        await(() -> robot.lookup("#syncStatus").tryQuery().isPresent());
        boolean thai = robot.lookup("#navCases").queryAs(javafx.scene.control.ToggleButton.class).getText()
                .equals("คดี");

        await(() -> UiHarness.dialogShown(robot)); // the automatic sync after sign-in
        String said = robot.lookup(".dialog-pane").lookup(".paragraph").queryAs(org.shield.ui.common.Paragraph.class)
                .getText();
        assertThat(said).contains(given).contains(thai ? "เปลี่ยนเป็น" : "is now")
                .contains(thai ? "โปรดแก้ไขป้ายหรือเอกสาร" : "Correct any label or paper");
        Screenshots.saveIfAsked(robot, robot.lookup(".dialog-pane").query().getScene(), "renumbered-dialog");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());

        TableView<?> cases = robot.lookup("#table").queryTableView();
        await(() -> cases.getItems().size() == 3);
        String now;
        try (Workspace ws = hq.laptop(dir.resolve("third"), "demo.sup.b", Role.Supervisor, UNIT)) {
            ws.sync().syncNow();
            now = ws.cases().get(mine).caseNumber();
        }
        assertThat(now).as("the new number reached HQ and another laptop").isNotEqualTo(given);
        assertThat(said).contains(now);
    }
}
