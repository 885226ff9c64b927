package org.shield.ui.repatriation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.domain.casefile.PartyRole;
import org.shield.ui.DeskFixture;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The legal support and return panes load in Thai, show why a return cannot be planned, and disable it. */
@ExtendWith(ApplicationExtension.class)
class ReturnPanesUiTest {
    @TempDir
    static Path dir;
    static DeskFixture desk;
    static UUID caseId;
    static UUID person;

    @BeforeAll
    static void openVault() throws Exception {
        desk = DeskFixture.create(dir.resolve("vault"));
        caseId = desk.session.cases().create(CreateCaseCommand.titled("DEMO-TEST panes")).id();
        person = desk.session.persons().save(SavePersonCommand.newPerson(null, "Demo-UI Return")).id();
        desk.session.cases().addParty(new AddPartyCommand(caseId, person, PartyRole.Victim, null, null));
    }

    @AfterAll
    static void closeVault() {
        desk.close();
    }

    @Start
    void start(Stage stage) {
        ViewLoader loader = new ViewLoader(new Messages(Locale.forLanguageTag("th"), true));
        ReturnViewModel returnVm = new ReturnViewModel(desk.context, caseId, person);
        LegalSupportViewModel legalVm = new LegalSupportViewModel(desk.context, caseId, person);
        TabPane tabs = new TabPane(new Tab("return", new ReturnView(returnVm, loader).root()),
                new Tab("legal", new LegalSupportView(legalVm, loader).root()));
        returnVm.load();
        legalVm.load();
        Scene scene = new Scene(tabs, 1000, 800);
        scene.getStylesheets().add(getClass().getResource("/org/shield/ui/desk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void withoutConsentTheReturnPaneSaysWhyAndCannotPlan(FxRobot robot) {
        String consent = robot.lookup("#consent").queryAs(Paragraph.class).getText();
        assertThat(consent).contains("ยังไม่มีการบันทึกความยินยอม");
        robot.interact(() -> robot.lookup("#country").queryTextInputControl().setText("MM"));
        assertThat(robot.lookup("#planReturn").queryAs(Button.class).isDisabled()).isTrue();
    }
}
