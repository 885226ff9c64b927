package org.shield.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shield.ui.UiHarness.await;
import static org.shield.ui.UiHarness.clickOn;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.interview.InterviewSummary;
import org.shield.application.interview.SaveInterviewCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.interview.Consent;
import org.shield.domain.interview.InterviewConditions;
import org.shield.domain.interview.InterviewKind;
import org.shield.domain.interview.InterviewState;
import org.shield.domain.interview.Statement;
import org.shield.testing.TestVaults;
import org.shield.ui.common.Paragraph;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * An investigator schedules a second interview of a victim: the register shows the earlier one first; they
 * record the consent and the statement, save, sign off (the content freezes and shows its SHA-256), and add
 * an addendum. Synthetic data only.
 */
@ExtendWith(ApplicationExtension.class)
class InterviewSignOffUiTest {
    @TempDir
    Path dir;
    DeskApp app;
    UUID caseId;

    @Start
    void start(Stage stage) throws Exception {
        Path vault = dir.resolve("vault");
        try (Workspace admin = TestVaults.create(vault)) {
            SyntheticAccounts.addInvestigator(admin);
        }
        try (Workspace inv = SyntheticAccounts.unlockInvestigator(vault)) {
            caseId = inv.cases().create(CreateCaseCommand.titled("DEMO-TEST interview case")).id();
            UUID victim = inv.cases().addNewPersonAsParty(new SavePersonCommand(null, 0, null, "Demo-Test Victim", null,
                    null, null, List.of(), null, null, null, null), caseId, PartyRole.Victim, null, null).personId();
            inv.interviews().save(new SaveInterviewCommand(null, 0, caseId, victim, InterviewKind.Victim,
                    InterviewConditions.empty(), Consent.NONE, Statement.NONE, 0));
        }
        app = UiHarness.desk(dir, vault, null);
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void investigatorSeesTheRegisterSchedulesSignsOffAndAddsAnAddendum(FxRobot robot) throws Exception {
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
        await(() -> caseTabs.getTabs().stream().anyMatch(t -> "interviewsTab".equals(t.getId()) && !t.isDisabled()));
        robot.interact(() -> caseTabs.getTabs().stream().filter(t -> "interviewsTab".equals(t.getId())).findFirst()
                .ifPresent(t -> caseTabs.getSelectionModel().select(t)));
        TableView<?> interviews = robot.lookup("#interviewsTable").queryTableView();
        await(() -> interviews.getItems().size() == 1);

        clickOn(robot, "#newInterview");
        await(() -> robot.lookup("#newInterviewDialog").tryQuery().isPresent());
        ComboBox<?> person = robot.lookup("#interviewPerson").queryComboBox();
        ComboBox<?> kind = robot.lookup("#interviewKind").queryComboBox();
        robot.interact(() -> {
            person.getSelectionModel().select(0);
            kind.getSelectionModel().select(InterviewKind.Victim.ordinal());
        });
        TableView<?> register = robot.lookup("#registerTable").queryTableView();
        await(() -> register.getItems().size() == 1);
        assertThat(robot.lookup("#registerCount").queryAs(Paragraph.class).getText()).contains("once before");
        clickOn(robot, "#newInterviewDialogAction");

        await(() -> robot.lookup("#interviewEditor").tryQuery().map(Node::isVisible).orElse(false));
        robot.interact(() -> {
            robot.lookup("#interviewDate").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 3, 1));
            robot.lookup("#consentAgreedYes").queryAs(RadioButton.class).fire();
            robot.lookup("#statementText").queryAs(TextArea.class).setText("DEMO-TEST synthetic statement");
        });
        clickOn(robot, "#saveInterview");
        Button signOff = robot.lookup("#signOffInterview").queryButton();
        await(() -> !signOff.isDisabled());
        clickOn(robot, "#signOffInterview");
        clickOn(robot, "#confirmAction");

        await(() -> robot.lookup("#signedBanner").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#signedBanner").queryAs(Paragraph.class).getText())
                .contains(SyntheticAccounts.INVESTIGATOR).contains("SHA-256");
        assertThat(robot.lookup("#statementText").queryAs(TextArea.class).isEditable()).isFalse();
        assertThat(robot.lookup("#consentAgreedYes").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#saveInterview").query().isVisible()).isFalse();

        clickOn(robot, "#addAddendum");
        await(() -> robot.lookup("#addendumDialogText").tryQuery().isPresent());
        clickOn(robot, "#addendumDialogText").write("DEMO-TEST addendum after sign-off");
        clickOn(robot, "#addendumDialogAction");
        await(() -> robot.lookup("#addendum0").tryQuery().isPresent());
        assertThat(UiHarness.screen()).contains("DEMO-TEST addendum after sign-off");

        robot.interact(app::stop);
        try (Workspace inv = SyntheticAccounts.unlockInvestigator(dir.resolve("vault"))) {
            List<InterviewSummary> stored = inv.interviews().list(caseId);
            assertThat(stored).hasSize(2).anySatisfy(i -> {
                assertThat(i.state()).isEqualTo(InterviewState.SignedOff);
                assertThat(i.addenda()).isEqualTo(1);
            });
        }
    }
}
