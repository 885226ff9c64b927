package org.shield.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shield.ui.UiHarness.await;
import static org.shield.ui.UiHarness.clickOn;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shield.domain.screening.Answer;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;
import org.shield.ui.screening.MdtDecisionView;
import org.shield.ui.screening.MdtDecisionViewModel;
import org.shield.ui.screening.ScreeningView;
import org.shield.ui.screening.ScreeningViewModel;
import org.shield.ui.shelter.ConsentsView;
import org.shield.ui.shelter.ConsentsViewModel;
import org.shield.ui.shelter.MyTasksView;
import org.shield.ui.shelter.MyTasksViewModel;
import org.shield.ui.shelter.ShelterStaysView;
import org.shield.ui.shelter.ShelterStaysViewModel;
import org.shield.ui.shelter.VictimTasksView;
import org.shield.ui.shelter.VictimTasksViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The screening and shelter-care panes in JavaFX over a real vault: every layout loads with the ids other
 * screens and tests rely on, and a screening is filled in and saved.
 */
@ExtendWith(ApplicationExtension.class)
class ScreeningShelterViewsUiTest {
    private static final List<String> IDS = List.of("#newScreening", "#saveScreening", "#screeningHistory",
            "#recordDecision", "#decisionsTable", "#reflectionBanner", "#staysTable", "#admitButton", "#leaveStay",
            "#transferStay", "#recordConsent", "#withdrawConsent", "#consentsTable", "#victimTasksTable", "#addTask",
            "#completeTask", "#myTasksTable", "#overdueOnly");

    @TempDir
    Path dir;
    DeskFixture desk;
    ScreeningViewModel screening;
    TabPane tabs;

    @Start
    void start(Stage stage) throws Exception {
        desk = DeskFixture.create(dir.resolve("vault"));
        UUID[] ids = VictimFixtures.caseWithVictim(desk.workspace, "DEMO-TEST screening ui");
        VictimFixtures.shelter(desk.workspace, "DEMO UI Shelter");
        ViewLoader loader = new ViewLoader(new Messages(Locale.ENGLISH, false));
        screening = new ScreeningViewModel(desk.context, ids[0], ids[1]);
        var mdt = new MdtDecisionViewModel(desk.context, ids[0], ids[1]);
        var stays = new ShelterStaysViewModel(desk.context, ids[0], ids[1]);
        var consents = new ConsentsViewModel(desk.context, ids[0], ids[1]);
        var tasks = new VictimTasksViewModel(desk.context, ids[0], ids[1]);
        var mine = new MyTasksViewModel(desk.context);
        tabs = new TabPane(new Tab("screening", new ScreeningView(screening, loader).root()),
                new Tab("mdt", new MdtDecisionView(mdt, loader).root()),
                new Tab("stays", new ShelterStaysView(stays, loader).root()),
                new Tab("consents", new ConsentsView(consents, loader).root()),
                new Tab("tasks", new VictimTasksView(tasks, loader).root()),
                new Tab("mine", new MyTasksView(mine, loader).root()));
        screening.load();
        mdt.load();
        stays.load();
        consents.load();
        tasks.load();
        mine.load();
        Scene scene = new Scene(tabs, 1200, 800);
        scene.getStylesheets().add(org.shield.ui.common.Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Stop
    void stop() {
        desk.close();
    }

    @Test
    void everyPaneLoadsWithItsControls(FxRobot robot) {
        for (String id : IDS) {
            assertThat(robot.lookup(id).tryQuery()).as(id).isPresent();
        }
        assertThat(robot.lookup("#reflectionBanner").queryAs(Paragraph.class).getText())
                .contains("first admission");
    }

    @Test
    void aScreeningIsFilledInAndSaved(FxRobot robot) {
        clickOn(robot, "#newScreening");
        await(() -> robot.lookup("#answer_ILO11_DECEPTION").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Answer> deception = robot.lookup("#answer_ILO11_DECEPTION").queryAs(ComboBox.class);
        robot.interact(() -> deception.setValue(Answer.Yes));
        clickOn(robot, "#note_ILO11_DECEPTION").write("DEMO promised a factory job");

        AtomicReference<String> summary = new AtomicReference<>("");
        robot.interact(() -> summary.set(text(robot.lookup("#groundsSummary").query())));
        assertThat(summary.get()).contains("not a verdict").contains("Deception");

        clickOn(robot, "#saveScreening");
        await(() -> screening.history().size() == 1);
        ListView<?> history = robot.lookup("#screeningHistory").queryAs(ListView.class);
        assertThat(history.getItems()).hasSize(1);
        assertThat(screening.history().get(0).answers()).singleElement()
                .satisfies(a -> assertThat(a.note()).isEqualTo("DEMO promised a factory job"));
        assertThat(robot.lookup("#editorActions").tryQuery().map(Node::isVisible).orElse(true))
                .as("the form closes once saved").isFalse();
    }

    @Test
    void aVictimIsAdmittedAndLeavesThroughTheDialog(FxRobot robot) {
        robot.interact(() -> tabs.getSelectionModel().select(2));
        @SuppressWarnings("unchecked")
        ComboBox<org.shield.application.party.OrganisationDetails> shelter = robot.lookup("#admitShelter")
                .queryAs(ComboBox.class);
        await(() -> !shelter.getItems().isEmpty());
        robot.interact(() -> shelter.setValue(shelter.getItems().stream()
                .filter(o -> o.name().equals("DEMO UI Shelter")).findFirst().orElseThrow()));
        clickOn(robot, "#admitButton");
        await(() -> robot.lookup("#reflectionBanner").queryAs(Paragraph.class).getText().contains("days left"));
        assertThat(robot.lookup("#staysTable").queryTableView().getItems()).hasSize(1);

        clickOn(robot, "#leaveStay");
        await(() -> robot.lookup("#leaveReason").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<org.shield.domain.care.DepartureReason> reason = robot.lookup("#leaveReason").queryAs(ComboBox.class);
        robot.interact(() -> reason.setValue(org.shield.domain.care.DepartureReason.Repatriated));
        clickOn(robot, "#leaveDialogAction");
        await(() -> robot.lookup("#leaveDialog").tryQuery().isEmpty());
        await(() -> robot.lookup("#leaveStay").query().isDisabled());
        assertThat(robot.lookup("#staysTable").queryTableView().getItems()).hasSize(1);
    }

    @Test
    void anMdtDecisionIsRecordedThroughTheDialogAndShownAsWaiting(FxRobot robot) {
        robot.interact(() -> tabs.getSelectionModel().select(1));
        clickOn(robot, "#recordDecision");
        await(() -> robot.lookup("#mdtStatus").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<org.shield.domain.screening.TraffickingStatus> status = robot.lookup("#mdtStatus")
                .queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<org.shield.domain.screening.DecisionMakingOrg> orgType = robot.lookup("#mdtOrg").queryAs(ComboBox.class);
        robot.interact(() -> {
            status.setValue(org.shield.domain.screening.TraffickingStatus.PossibleVictimOfTrafficking);
            orgType.setValue(org.shield.domain.screening.DecisionMakingOrg.NGO);
        });
        clickOn(robot, "#mdtMembers").write("DEMO three members");
        clickOn(robot, "#mdtReasons").write("DEMO deceptive recruitment");
        clickOn(robot, "#mdtDialogAction");
        await(() -> robot.lookup("#decisionsTable").queryTableView().getItems().size() == 1);
        assertThat(robot.lookup("#recordDecision").query().isDisabled()).as("one pending at a time").isTrue();
        assertThat(robot.lookup("#pendingInfo").query().isVisible()).isTrue();
    }

    @Test
    void aConsentIsRecordedAndWithdrawnThroughTheDialogs(FxRobot robot) {
        robot.interact(() -> tabs.getSelectionModel().select(3));
        clickOn(robot, "#recordConsent");
        await(() -> robot.lookup("#consentPurpose").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<org.shield.domain.care.ConsentPurpose> purpose = robot.lookup("#consentPurpose")
                .queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<org.shield.domain.care.ConsentForm> form = robot.lookup("#consentForm").queryAs(ComboBox.class);
        robot.interact(() -> {
            purpose.setValue(org.shield.domain.care.ConsentPurpose.ReturnHome);
            form.setValue(org.shield.domain.care.ConsentForm.VerbalWithWitness);
        });
        clickOn(robot, "#consentWitness").write("DEMO shelter nurse");
        clickOn(robot, "#consentDialogAction");
        var table = robot.lookup("#consentsTable").queryTableView();
        await(() -> table.getItems().size() == 1);

        robot.interact(() -> table.getSelectionModel().select(0));
        clickOn(robot, "#withdrawConsent");
        await(() -> robot.lookup("#withdrawExplanation").tryQuery().isPresent());
        clickOn(robot, "#withdrawDialogAction");
        await(() -> ((org.shield.application.care.ConsentDetails) table.getItems().get(0)).withdrawnOn() != null);
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        if (node instanceof Paragraph p) {
            out.append(p.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(c -> out.append(text(c)));
        }
        return out.toString();
    }
}
