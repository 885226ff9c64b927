package org.shield.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shield.ui.UiHarness.await;
import static org.shield.ui.UiHarness.clickOn;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.security.Role;
import org.shield.testing.TestVaults;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Need-to-know for a shelter caseworker: an investigator's case has a victim (referred to the caseworker)
 * and a suspect. The caseworker signs in, opens the case, sees the victim by pseudonym only, does not see
 * the suspect, and has no route or notes; asked directly, the service refuses the suspect's record.
 */
@ExtendWith(ApplicationExtension.class)
class CaseworkerCannotSeeSuspectUiTest {
    private static final String CASEWORKER = "demo-caseworker";
    private static final String CASEWORKER_PASSPHRASE = "synthetic shelter passphrase 19";

    @TempDir
    Path dir;
    DeskApp app;
    String victimPseudonym;
    UUID suspectId;

    @Start
    void start(Stage stage) throws Exception {
        Path vault = dir.resolve("vault");
        try (Workspace admin = TestVaults.create(vault)) {
            admin.users().add(CASEWORKER, "TST", Set.of(Role.Caseworker), CASEWORKER_PASSPHRASE.toCharArray(), false);
            UUID caseId = admin.cases().create(CreateCaseCommand.titled("DEMO-TEST referred case")).id();
            PartySummary victim = admin.cases().addNewPersonAsParty(person("Demo-Test Victim"), caseId,
                    PartyRole.Victim, null, null);
            suspectId = admin.persons().save(person("Demo-Test Suspect")).id();
            admin.cases().addParty(new AddPartyCommand(caseId, suspectId, PartyRole.Suspect, null, null));
            admin.cases().referParty(victim.partyId(), CASEWORKER);
            victimPseudonym = victim.pseudonym();
        }
        try (Workspace caseworker = TestVaults.vaults().unlock(vault, CASEWORKER, CASEWORKER_PASSPHRASE.toCharArray())) {
            assertThatThrownBy(() -> caseworker.persons().get(suspectId)).isInstanceOf(AccessDeniedException.class);
        }
        app = UiHarness.desk(dir, vault, null);
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    private static SavePersonCommand person(String nameLatin) {
        return new SavePersonCommand(null, 0, null, nameLatin, null, null, null, List.of(), null, null, null, null);
    }

    @Test
    void caseworkerSeesTheReferredVictimByPseudonymAndNoSuspectNoRouteNoNotes(FxRobot robot) {
        clickOn(robot, "#userName").write(CASEWORKER);
        clickOn(robot, "#passphrase").write(CASEWORKER_PASSPHRASE);
        clickOn(robot, "#unlock");
        await(() -> robot.lookup("#mainScreen").tryQuery().isPresent());
        // a caseworker lands on their Victims page (ADR 0017); the case list is one click away
        await(() -> robot.lookup("#victimsPage").tryQuery().isPresent());
        clickOn(robot, "#navCases");
        await(() -> robot.lookup("#table").tryQuery().isPresent());

        TableView<?> cases = robot.lookup("#table").queryTableView();
        await(() -> cases.getItems().size() == 1);
        robot.interact(() -> cases.getSelectionModel().select(0));
        clickOn(robot, "#table").type(javafx.scene.input.KeyCode.ENTER);
        await(() -> robot.lookup("#caseScreen").tryQuery().isPresent());

        TabPane caseTabs = robot.lookup("#caseTabs").queryAs(TabPane.class);
        await(() -> caseTabs.getTabs().size() == 4);
        // the merged timeline and the interviews show what a caseworker may read (MDT interviews of their victims)
        assertThat(caseTabs.getTabs()).extracting(Tab::getId)
                .containsExactly("overviewTab", "partiesTab", "timelineTab", "interviewsTab");
        robot.interact(() -> caseTabs.getSelectionModel().select(1));
        TableView<?> parties = robot.lookup("#partiesTable").queryTableView();
        await(() -> parties.getItems().size() == 1);
        PartySummary shown = (PartySummary) parties.getItems().get(0);
        assertThat(shown.personName()).isEqualTo(victimPseudonym).startsWith("V-");
        assertThat(shown.role()).isEqualTo(PartyRole.Victim);
        assertThat(UiHarness.screen()).doesNotContain("Demo-Test Suspect").doesNotContain("Demo-Test Victim")
                .contains(victimPseudonym);
        assertThat(robot.lookup("#addPartyPane").query().isVisible()).isFalse();
        assertThat(robot.lookup("#protectedMarker").tryQuery()).isPresent();
    }
}
