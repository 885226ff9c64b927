package org.shield.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shield.ui.UiHarness.await;
import static org.shield.ui.UiHarness.clickOn;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.evidence.AddExhibitCommand;
import org.shield.application.evidence.CustodyEventDetails;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.security.Workspace;
import org.shield.application.sync.Replica;
import org.shield.domain.evidence.CustodyAction;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.ExhibitSource;
import org.shield.domain.evidence.ExhibitType;
import org.shield.domain.security.Role;
import org.shield.testing.HqInProcess;
import org.shield.testing.Screenshots;
import org.shield.testing.TestVaults;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * An exhibit number chosen by hand on two laptops, settled in the real window (ADR 0012, "Relabelling"): the Sync
 * page's Held back tab names the other laptop's exhibit by its number and says how to settle it; the supervisor
 * relabels this laptop's exhibit from the Evidence tab (Record custody step… → Relabelled, with the new number and a
 * reason), and after the next sync nothing is held back. With {@code -Dshield.ui.shots=DIR} it saves the screens.
 * Synthetic data only.
 */
@ExtendWith(ApplicationExtension.class)
class RelabelUiTest {
    private static final String UNIT = "TST";
    @TempDir
    static Path dir;
    static HqInProcess hq;
    DeskApp app;

    @BeforeAll
    static void oneNumberChosenOnTwoLaptops() throws Exception {
        hq = new HqInProcess();
        Path vault = dir.resolve("vault");
        try (Workspace a = TestVaults.create(vault);
                Workspace b = hq.laptop(dir.resolve("laptop-b"), "demo.sup.b", Role.Supervisor, UNIT)) {
            a.sync().enrol(hq.url(), hq.code(TestVaults.ADMIN, Role.Supervisor, UNIT));
            UUID caseId = a.cases().create(new CreateCaseCommand("DEMO case with one seal number twice", null,
                    Set.of(), UNIT, null, null, "DEMO summary", null, Set.of())).id();
            a.sync().syncNow();
            b.sync().syncNow();
            for (Workspace ws : java.util.List.of(a, b)) {
                ws.evidence().add(new AddExhibitCommand(caseId, ExhibitType.Physical, "SEAL-42", "DEMO sealed bag",
                        ExhibitSource.NONE, null, ExhibitFlags.NONE, null, null, null, null, null, false),
                        ProgressListener.NONE, new CancellationToken());
            }
            b.sync().syncNow();
            a.sync().syncNow();
            assertThat(a.sync().heldBack(10)).extracting(Replica.Held::table).contains("exhibit");
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
        hq.close();
    }

    @Test
    void theHeldExhibitSaysHowToSettleItAndARelabelSettlesIt(FxRobot robot) throws Exception {
        clickOn(robot, "#userName").write(TestVaults.ADMIN);
        clickOn(robot, "#passphrase").write(TestVaults.PASSPHRASE);
        clickOn(robot, "#unlock");
        await(() -> robot.lookup("#syncStatus").tryQuery().isPresent());
        boolean thai = robot.lookup("#navCases").queryAs(javafx.scene.control.ToggleButton.class).getText()
                .equals("คดี");

        clickOn(robot, "#navSync");
        TableView<?> held = robot.lookup("#heldTable").queryTableView();
        await(() -> !held.getItems().isEmpty());
        selectTab(robot, "heldTab");
        String screen = UiHarness.screen();
        assertThat(screen).contains(thai ? "หมายเลขวัตถุพยาน SEAL-42" : "Exhibit number SEAL-42 is used here");
        shot(robot, "held-back");

        TableView<?> exhibits = evidenceOfTheCase(robot);
        await(() -> exhibits.getItems().size() == 1);
        robot.interact(() -> exhibits.getSelectionModel().select(0));
        await(() -> !robot.lookup("#recordCustody").queryButton().isDisabled());

        clickOn(robot, "#recordCustody");
        await(() -> robot.lookup("#custodyDialog").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<CustodyAction> action = robot.lookup("#custodyAction").queryAs(ComboBox.class);
        TextField newNumber = robot.lookup("#custodyNewNumber").queryAs(TextField.class);
        TextField storage = robot.lookup("#custodyStorage").queryAs(TextField.class);
        assertThat(newNumber.isVisible()).as("asked only for a relabel").isFalse();
        robot.interact(() -> action.getSelectionModel().select(CustodyAction.Relabelled));
        assertThat(newNumber.isVisible()).isTrue();
        assertThat(storage.isVisible()).as("a relabel does not move the exhibit").isFalse();
        robot.interact(() -> {
            newNumber.setText("SEAL-42A");
            robot.lookup("#custodyPurpose").queryAs(TextField.class).setText(
                    "DEMO SEAL-42 was also given on the other laptop");
        });
        Screenshots.saveIfAsked(robot, newNumber.getScene(), "relabel-dialog");
        clickOn(robot, "#custodyDialogAction");

        TableView<?> custody = robot.lookup("#custodyTable").queryTableView();
        await(() -> custody.getItems().stream().anyMatch(e -> ((CustodyEventDetails) e).action()
                == CustodyAction.Relabelled));
        await(() -> "SEAL-42A".equals(((ExhibitDetails) exhibits.getItems().get(0)).exhibitNumber()));
        assertThat(UiHarness.screen()).contains("SEAL-42 → SEAL-42A");
        shot(robot, "relabelled");

        clickOn(robot, "#navSync");
        clickOn(robot, "#syncNow");
        await(() -> held.getItems().isEmpty());
        // the case's screen, still open, read what the sync brought (MainViewModel.arrivedFromHq)
        TableView<?> after = evidenceOfTheCase(robot);
        await(() -> after.getItems().size() == 2);
        assertThat(after.getItems()).extracting(e -> ((ExhibitDetails) e).exhibitNumber())
                .containsExactlyInAnyOrder("SEAL-42", "SEAL-42A");
    }

    /** Opens the one case and its Evidence tab; the exhibits table. */
    private static TableView<?> evidenceOfTheCase(FxRobot robot) {
        clickOn(robot, "#navCases");
        TableView<?> cases = robot.lookup("#table").queryTableView();
        await(() -> cases.getItems().size() == 1);
        robot.interact(() -> cases.getSelectionModel().select(0));
        clickOn(robot, "#table").type(javafx.scene.input.KeyCode.ENTER);
        await(() -> robot.lookup("#caseScreen").tryQuery().isPresent());
        selectTab(robot, "evidenceTab");
        return robot.lookup("#exhibitsTable").queryTableView();
    }

    private static void selectTab(FxRobot robot, String id) {
        for (javafx.scene.Node n : robot.lookup(".tab-pane").queryAll()) {
            TabPane pane = (TabPane) n;
            for (Tab t : pane.getTabs()) {
                if (id.equals(t.getId())) {
                    robot.interact(() -> pane.getSelectionModel().select(t));
                    return;
                }
            }
        }
        throw new AssertionError("no tab " + id);
    }

    private void shot(FxRobot robot, String name) throws Exception {
        Screenshots.saveIfAsked(robot, robot.lookup("#mainScreen").query().getScene(), name);
    }
}
