package org.shield.ui.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shield.ui.DeskFixture;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The three care panes as a host would put them in a victim's tabs: their layouts load, the caseworker writes a
 * note with the keyboard and mouse, and an investigator's notes pane shows only the caseworkers-only notice.
 */
@ExtendWith(ApplicationExtension.class)
class CarePanesUiTest {
    @TempDir
    static Path dir;
    DeskFixture caseworker;
    DeskFixture investigator;

    @Start
    void start(Stage stage) throws Exception {
        CareFixture care = CareFixture.create(dir.resolve("vault-" + System.nanoTime()));
        caseworker = care.as(CareFixture.CASEWORKER);
        ViewLoader loader = new ViewLoader(new Messages(Locale.ENGLISH, false));
        var notes = new CareNotesViewModel(caseworker.context, care.caseId, care.victim);
        var plans = new CarePlanViewModel(caseworker.context, care.caseId, care.victim);
        var assessments = new AssessmentsViewModel(caseworker.context, care.caseId, care.victim);
        Tab notesTab = new Tab("notes", new CareNotesView(notes, loader).root());
        Tab plansTab = new Tab("plans", new CarePlanView(plans, loader).root());
        Tab assessmentsTab = new Tab("assessments", new AssessmentsView(assessments, loader).root());
        notes.load();
        plans.load();
        assessments.load();
        Scene scene = new Scene(new TabPane(notesTab, plansTab, assessmentsTab), 900, 700);
        scene.getStylesheets().add(org.shield.ui.common.Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
        this.care = care;
        this.loader = loader;
    }

    CareFixture care;
    ViewLoader loader;

    @Stop
    void stop() {
        if (caseworker != null) {
            caseworker.close();
        }
        if (investigator != null) {
            investigator.close();
        }
    }

    @Test
    void theCaseworkerWritesANoteAndAnInvestigatorSeesOnlyTheNotice(FxRobot robot) throws Exception {
        robot.clickOn("#noteBody").write("DEMO-TEST first counselling session");
        robot.clickOn("#write");
        assertThat(robot.lookup("#notesList").queryListView().getItems()).hasSize(1);

        // one open vault at a time: the investigator's pane is checked in its own window
        robot.interact(() -> caseworker.close());
        caseworker = null;
        investigator = care.as(CareFixture.INVESTIGATOR);
        var denied = new CareNotesViewModel(investigator.context, care.caseId, care.victim);
        Paragraph[] notice = new Paragraph[1];
        robot.interact(() -> {
            var view = new CareNotesView(denied, loader);
            denied.load();
            Stage other = new Stage();
            Scene scene = new Scene(view.root(), 600, 400);
            scene.getStylesheets().add(org.shield.ui.common.Theme.stylesheet());
            other.setScene(scene);
            other.show();
            notice[0] = (Paragraph) view.root().lookup("#deniedNotice");
        });
        assertThat(denied.deniedProperty().get()).isTrue();
        assertThat(notice[0].isVisible()).isTrue();
        assertThat(notice[0].getText()).contains("visible to caseworkers only");
        assertThat(denied.notes()).isEmpty();
    }
}
