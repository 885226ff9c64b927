package org.shield.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shield.ui.UiHarness.await;
import static org.shield.ui.UiHarness.clickOn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.common.UserMessage;
import org.shield.application.report.ReportKind;
import org.shield.application.report.ReportVerification;
import org.shield.application.security.Workspace;
import org.shield.testing.TestVaults;
import org.shield.ui.common.DialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A supervisor opens a case, opens the report dialog, previews the case summary (page pictures and the report
 * id on screen) and saves it; the saved file is a PDF the vault verifies as its own, unaltered. The system's
 * save dialog cannot be driven by a robot, so the test answers it with a file in its folder.
 */
@ExtendWith(ApplicationExtension.class)
class ReportDialogUiTest {
    /** Producing a report compiles the templates first: give it longer than a screen load. */
    private static final long PRODUCE_SECONDS = 180;

    @TempDir
    static Path dir;
    DeskApp app;

    /** Before the window: creating a vault takes longer than TestFX waits for a window's setup. */
    @BeforeAll
    static void vaultWithACase() throws Exception {
        try (Workspace admin = TestVaults.create(dir.resolve("vault"))) {
            VictimFixtures.caseWithVictim(admin, "DEMO-TEST case to report on");
        }
    }

    @Start
    void start(Stage stage) {
        app = UiHarness.desk(dir, dir.resolve("vault"), null, fx -> new SavesInto(fx, dir.resolve("court.pdf")));
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void supervisorPreviewsTheCaseSummaryAndSavesAPdfTheVaultVerifies(FxRobot robot) throws Exception {
        clickOn(robot, "#userName").write(TestVaults.ADMIN);
        clickOn(robot, "#passphrase").write(TestVaults.PASSPHRASE);
        clickOn(robot, "#unlock");
        await(() -> robot.lookup("#mainScreen").tryQuery().isPresent());
        clickOn(robot, "#navCases");
        await(() -> robot.lookup("#table").tryQuery().isPresent());
        TableView<?> cases = robot.lookup("#table").queryTableView();
        await(() -> cases.getItems().size() == 1);
        robot.interact(() -> cases.getSelectionModel().select(0));
        clickOn(robot, "#table").type(javafx.scene.input.KeyCode.ENTER);
        await(() -> robot.lookup("#caseScreen").tryQuery().isPresent());

        clickOn(robot, "#printReport");
        await(() -> robot.lookup("#reportDialog").tryQuery().map(n -> n.getScene().getWindow().isShowing())
                .orElse(false));
        ComboBox<?> kind = robot.lookup("#reportKind").queryComboBox();
        assertThat(kind.getValue()).isEqualTo(ReportKind.CaseSummary);
        assertThat(robot.lookup("#reportSave").query().isDisabled()).as("nothing to save before a preview").isTrue();

        clickOn(robot, "#reportPreview");
        awaitLong(() -> robot.lookup("#reportPage1").tryQuery().map(n -> n.isVisible()
                && ((StackPane) n).getChildren().get(0) instanceof ImageView v && v.getImage() != null).orElse(false));
        String info = robot.lookup("#reportInfo").queryAs(Label.class).getText();
        assertThat(info).matches("Report RPT-\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4} · \\d+ pages");
        String reportId = info.substring("Report ".length(), info.indexOf(" · "));

        clickOn(robot, "#reportSave");
        Path saved = dir.resolve("court.pdf");
        await(() -> Files.exists(saved) && robot.lookup("#reportNotice").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertThat(Files.readAllBytes(saved)).startsWith('%', 'P', 'D', 'F');
        clickOn(robot, "#reportClose");
        await(() -> robot.lookup("#reportDialog").tryQuery().map(n -> !n.getScene().getWindow().isShowing())
                .orElse(true));

        robot.interact(app::stop);
        try (Workspace ws = TestVaults.unlock(dir.resolve("vault"))) {
            ReportVerification v = ws.reports().verify(Files.readAllBytes(saved));
            assertThat(v.outcome()).isEqualTo(ReportVerification.Outcome.Genuine);
            assertThat(v.reportId()).isEqualTo(reportId);
            assertThat(v.kind()).isEqualTo(ReportKind.CaseSummary.name());
        }
    }

    private static void awaitLong(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(PRODUCE_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no preview within " + PRODUCE_SECONDS + " s; screen:\n" + UiHarness.screen(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The desk's dialogs, except that the save dialog answers with {@code file} (as a user choosing it). */
    private record SavesInto(DialogService fx, Path file) implements DialogService {
        @Override
        public void showError(UserMessage message) {
            fx.showError(message);
        }

        @Override
        public void inform(UserMessage message) {
            fx.inform(message);
        }

        @Override
        public boolean confirm(UserMessage question, String actionKey) {
            return fx.confirm(question, actionKey);
        }

        @Override
        public Optional<Path> chooseSaveFile(String titleKey, String suggestedName, String filterKey, String pattern) {
            assertThat(suggestedName).startsWith("case-summary_").endsWith(".pdf");
            return Optional.of(file);
        }

        @Override
        public Optional<Path> chooseFolder(String titleKey) {
            return Optional.of(file.getParent());
        }
    }
}
