package org.shield.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shield.ui.UiHarness.await;
import static org.shield.ui.UiHarness.clickOn;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.evidence.CustodyEventDetails;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.security.Workspace;
import org.shield.domain.evidence.CustodyAction;
import org.shield.testing.TestVaults;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * An investigator opens their case, adds a large digital exhibit on the Evidence tab and sees the intake
 * progress, then transfers the exhibit to their supervisor and sees the chain of custody: collected,
 * transferred. The file chooser is bypassed by typing the path (a native chooser cannot run headless).
 */
@ExtendWith(ApplicationExtension.class)
class EvidenceCustodyUiTest {
    private static final int MB = 1024 * 1024;
    private static final int FILE_MB = 64;

    @TempDir
    Path dir;
    DeskApp app;
    Path exhibitFile;

    @Start
    void start(Stage stage) throws Exception {
        Path vault = dir.resolve("vault");
        try (Workspace admin = TestVaults.create(vault)) {
            SyntheticAccounts.addInvestigator(admin);
        }
        try (Workspace inv = SyntheticAccounts.unlockInvestigator(vault)) {
            inv.cases().create(CreateCaseCommand.titled("DEMO-TEST seized phone"));
        }
        exhibitFile = dir.resolve("phone-extraction.bin");
        byte[] block = new byte[MB];
        new Random(7).nextBytes(block);
        try (OutputStream out = Files.newOutputStream(exhibitFile)) {
            for (int i = 0; i < FILE_MB; i++) {
                block[i] = (byte) i; // each megabyte a little different
                out.write(block);
            }
        }
        app = UiHarness.desk(dir, vault, null);
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void investigatorAddsAnExhibitWithProgressAndTransfersIt(FxRobot robot) {
        clickOn(robot, "#userName").write(SyntheticAccounts.INVESTIGATOR);
        clickOn(robot, "#passphrase").write(SyntheticAccounts.INVESTIGATOR_PASSPHRASE);
        clickOn(robot, "#unlock");
        await(() -> robot.lookup("#mainScreen").tryQuery().isPresent());
        TableView<?> cases = robot.lookup("#table").queryTableView();
        await(() -> cases.getItems().size() == 1);
        robot.interact(() -> cases.getSelectionModel().select(0));
        clickOn(robot, "#table").type(javafx.scene.input.KeyCode.ENTER);
        await(() -> robot.lookup("#caseScreen").tryQuery().isPresent());

        TabPane caseTabs = robot.lookup("#caseTabs").queryAs(TabPane.class);
        await(() -> caseTabs.getTabs().stream().anyMatch(t -> "evidenceTab".equals(t.getId())));
        assertThat(caseTabs.getTabs()).extracting(Tab::getId).containsExactly("overviewTab", "partiesTab",
                "timelineTab", "routeTab", "interviewsTab", "evidenceTab", "notesTab");
        robot.interact(() -> caseTabs.getSelectionModel().select(caseTabs.getTabs().stream()
                .filter(t -> "evidenceTab".equals(t.getId())).findFirst().orElseThrow()));

        ProgressBar progress = robot.lookup("#workProgress").queryAs(ProgressBar.class);
        VBox workPane = robot.lookup("#workPane").queryAs(VBox.class);
        List<Double> seen = new CopyOnWriteArrayList<>();
        AtomicBoolean shown = new AtomicBoolean();
        robot.interact(() -> {
            progress.progressProperty().addListener((o, was, now) -> seen.add(now.doubleValue()));
            workPane.visibleProperty().addListener((o, was, now) -> shown.compareAndSet(false, now));
        });
        clickOn(robot, "#addExhibit");
        await(() -> robot.lookup("#addExhibitDialog").tryQuery().isPresent());
        TextField path = robot.lookup("#exhibitFilePath").queryAs(TextField.class);
        TextInputControl description = robot.lookup("#exhibitDescription").queryAs(TextInputControl.class);
        robot.interact(() -> {
            path.setText(exhibitFile.toString());
            description.setText("DEMO-TEST extraction of a seized phone");
        });
        clickOn(robot, "#addExhibitDialogAction");

        TableView<?> exhibits = robot.lookup("#exhibitsTable").queryTableView();
        await(() -> exhibits.getItems().size() == 1 && exhibits.getSelectionModel().getSelectedItem() != null);
        assertThat(shown).as("the progress pane was shown").isTrue();
        assertThat(seen).as("progress moved while the file was taken in").anyMatch(p -> p > 0 && p < 1);
        assertThat(workPane.isVisible()).as("and is put away afterwards").isFalse();
        ExhibitDetails added = (ExhibitDetails) exhibits.getItems().get(0);
        assertThat(added.sizeBytes()).isEqualTo((long) FILE_MB * MB);
        assertThat(added.custodian()).isEqualTo(SyntheticAccounts.INVESTIGATOR);
        assertThat(robot.lookup("#exhibitSha256").queryAs(TextField.class).getText()).isEqualTo(added.sha256());
        TableView<?> custody = robot.lookup("#custodyTable").queryTableView();
        await(() -> custody.getItems().size() == 1);

        clickOn(robot, "#transferExhibit");
        await(() -> robot.lookup("#custodyDialog").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<String> to = robot.lookup("#custodyRecipient").queryAs(ComboBox.class);
        TextField place = robot.lookup("#custodyPlace").queryAs(TextField.class);
        await(() -> to.getItems().contains(TestVaults.ADMIN));
        robot.interact(() -> {
            to.getSelectionModel().select(TestVaults.ADMIN);
            place.setText("DEMO evidence room 2");
        });
        clickOn(robot, "#custodyDialogAction");

        await(() -> custody.getItems().size() == 2);
        assertThat(custody.getItems()).extracting(e -> ((CustodyEventDetails) e).action())
                .containsExactly(CustodyAction.Collected, CustodyAction.Transferred);
        CustodyEventDetails transfer = (CustodyEventDetails) custody.getItems().get(1);
        assertThat(transfer.fromCustodian()).isEqualTo(SyntheticAccounts.INVESTIGATOR);
        assertThat(transfer.toCustodian()).isEqualTo(TestVaults.ADMIN);
        assertThat(transfer.place()).isEqualTo("DEMO evidence room 2");
        assertThat(UiHarness.screen()).contains("Collected").contains("Transferred");
        await(() -> TestVaults.ADMIN.equals(((ExhibitDetails) exhibits.getItems().get(0)).custodian()));
    }
}
