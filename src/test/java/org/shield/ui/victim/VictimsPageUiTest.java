package org.shield.ui.victim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.party.SaveOrganisationCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.domain.casefile.ExploitationType;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.party.OrganisationType;
import org.shield.ui.DeskFixture;
import org.shield.ui.common.Messages;
import org.shield.ui.common.ViewLoader;
import org.shield.ui.shelter.MyTasksView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The supervisor's Victims page on screen, in Thai: four charts, clicking a bar lists the victims behind it,
 * "show all" brings the rest back, and opening a row opens that victim's care record.
 */
@ExtendWith(ApplicationExtension.class)
class VictimsPageUiTest {
    @TempDir
    static Path dir;
    DeskFixture f;
    VictimsViewModel vm;
    UUID caseId;
    UUID sheltered;

    @Start
    void start(Stage stage) throws Exception {
        f = DeskFixture.create(dir.resolve("vault-" + System.nanoTime()));
        var ws = f.workspace;
        caseId = ws.cases().create(new CreateCaseCommand("DEMO page case", null,
                Set.of(ExploitationType.ForcedCriminalityOnlineScam), "TST", null, null, null, null, Set.of())).id();
        sheltered = ws.persons().save(new SavePersonCommand(null, 0, null, "Demo-Page One", null, null, 22, List.of(),
                Set.of("KH"), Set.of(), List.of(), List.of())).id();
        UUID other = ws.persons().save(SavePersonCommand.newPerson(null, "Demo-Page Two")).id();
        ws.cases().addParty(new AddPartyCommand(caseId, sheltered, PartyRole.Victim, null, null));
        ws.cases().addParty(new AddPartyCommand(caseId, other, PartyRole.PossibleVictim, null, null));
        UUID shelter = ws.organisations().save(new SaveOrganisationCommand(null, 0, "DEMO Page Shelter",
                OrganisationType.NGO, "DEMO town", "TH")).id();
        ws.care().admit(caseId, sheltered, shelter, LocalDate.now(ZoneOffset.UTC), "DEMO bed 1");
        ws.care().addTask(caseId, sheltered, "DEMO overdue call", LocalDate.now(ZoneOffset.UTC).minusDays(2), null);

        ViewLoader loader = new ViewLoader(new Messages(Locale.forLanguageTag("th-TH"), false));
        vm = new VictimsViewModel(f.context, f.navigator);
        var view = new VictimsView(vm, loader, new MyTasksView(vm.tasks(), loader).root());
        vm.load();
        Scene scene = new Scene(view.root(), 1200, 900);
        scene.getStylesheets().add(org.shield.ui.common.Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Stop
    void stop() {
        f.close();
    }

    @Test
    void aBarListsTheVictimsBehindItAndARowOpensTheCareRecord(FxRobot robot) {
        TableView<?> table = robot.lookup("#victimsTable").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        assertThat(robot.lookup("#myTasksTable").queryTableView().getItems()).hasSize(1);
        assertThat(robot.lookup("#pageTitle").queryAs(Label.class).getText()).isEqualTo("ผู้เสียหายในหน่วยงานของคุณ");

        @SuppressWarnings("unchecked")
        BarChart<Number, String> shelters = robot.lookup("#shelterChart").queryAs(BarChart.class);
        assertThat(shelters.getTitle()).isEqualTo("ตามสถานคุ้มครอง");
        XYChart.Data<Number, String> bar = shelters.getData().get(0).getData().stream()
                .filter(d -> d.getYValue().equals("DEMO Page Shelter")).findFirst().orElseThrow();
        assertThat(bar.getXValue().intValue()).isEqualTo(1);
        robot.clickOn(bar.getNode());
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("#pickLabel").queryAs(Label.class).getText()).contains("DEMO Page Shelter");

        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#clearPick"); // in view: choosing a bar scrolls the list behind it into view
        assertThat(table.getItems()).hasSize(2);

        @SuppressWarnings("unchecked")
        BarChart<Number, String> stages = robot.lookup("#stageChart").queryAs(BarChart.class);
        assertThat(stages.getData().get(0).getData()).hasSize(8);

        robot.doubleClickOn(robot.from(table).lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertThat(f.navigator.calls).hasSize(1);
        assertThat(f.navigator.calls.get(0)).startsWith("victim:" + caseId + "/");
    }
}
