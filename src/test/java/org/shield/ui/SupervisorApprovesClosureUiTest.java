package org.shield.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shield.ui.UiHarness.await;
import static org.shield.ui.UiHarness.clickOn;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.CaseStatus;
import org.shield.testing.TestVaults;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * An investigator asked for a case to be closed; the supervisor signs in, lands on Approvals with the
 * request waiting, approves it, and the case is closed.
 */
@ExtendWith(ApplicationExtension.class)
class SupervisorApprovesClosureUiTest {
    @TempDir
    Path dir;
    DeskApp app;
    UUID caseId;

    @Start
    void start(Stage stage) throws Exception {
        caseId = SyntheticAccounts.vaultWithClosureRequest(dir.resolve("vault"));
        app = UiHarness.desk(dir, dir.resolve("vault"), null);
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void supervisorApprovesAWaitingClosureAndTheCaseIsClosed(FxRobot robot) throws Exception {
        clickOn(robot, "#userName").write(TestVaults.ADMIN);
        clickOn(robot, "#passphrase").write(TestVaults.PASSPHRASE);
        clickOn(robot, "#unlock");

        await(() -> robot.lookup("#pendingTable").tryQuery().map(n -> n.isVisible()
                && ((TableView<?>) n).getItems().size() == 1).orElse(false));
        assertThat(robot.lookup("#navApprovals").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#navApprovals").queryAs(ToggleButton.class).getText()).isEqualTo("Approvals (1)");
        TableView<?> pending = robot.lookup("#pendingTable").queryTableView();
        robot.interact(() -> pending.getSelectionModel().select(0));

        clickOn(robot, "#approve");

        await(() -> pending.getItems().isEmpty()
                && "Approvals".equals(robot.lookup("#navApprovals").queryAs(ToggleButton.class).getText()));
        robot.interact(app::stop);
        try (Workspace ws = TestVaults.unlock(dir.resolve("vault"))) {
            assertThat(ws.cases().get(caseId).status()).isEqualTo(CaseStatus.Closed);
        }
    }
}
