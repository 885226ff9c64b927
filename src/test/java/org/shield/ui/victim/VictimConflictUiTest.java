package org.shield.ui.victim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.party.SaveOrganisationCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.care.DepartureReason;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.party.OrganisationType;
import org.shield.testing.Screenshots;
import org.shield.testing.TwoLaptops;
import org.shield.ui.DeskFixture;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A victim's care record in the real window while one of their shelter stays is in conflict at HQ (issue 7): the
 * banner over the tabs names the kind of record, in the window's language ({@code -Dshield.ui.lang=th}); with
 * {@code -Dshield.ui.shots=DIR} it saves a screenshot. Synthetic data only.
 */
@ExtendWith(ApplicationExtension.class)
class VictimConflictUiTest {
    @TempDir
    static Path dir;
    static TwoLaptops two;
    static UUID caseId;
    static UUID victim;

    @BeforeAll
    static void aShelterStayLeftOnTwoLaptopsOnDifferentDays() throws Exception {
        two = TwoLaptops.start(dir);
        Workspace a = two.a();
        Workspace b = two.b();
        caseId = a.cases().create(new CreateCaseCommand("DEMO case of a sheltered victim", null, Set.of(),
                TwoLaptops.UNIT, null, null, "DEMO summary", null, Set.of())).id();
        victim = a.cases().addNewPersonAsParty(SavePersonCommand.newPerson(null, "Demo-Test Victim"), caseId,
                PartyRole.Victim, null, null).personId();
        UUID shelter = a.organisations().save(new SaveOrganisationCommand(null, 0, "DEMO shelter",
                OrganisationType.NGO, "DEMO town", "TH")).id();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID stay = a.care().admit(caseId, victim, shelter, today.minusDays(10), "DEMO bed 1").id();
        a.sync().syncNow();
        b.sync().syncNow();
        for (Workspace ws : new Workspace[] {a, b}) {
            ws.care().leave(stay, ws.care().stays(caseId, victim).get(0).version(),
                    today.minusDays(ws == a ? 2 : 1), DepartureReason.ReturnedToFamily, null);
        }
        a.sync().syncNow();
        b.sync().syncNow();
        a.sync().syncNow();
    }

    @AfterAll
    static void stopHq() {
        two.close();
    }

    private boolean thai;
    private Messages m;
    private Scene scene;

    @Start
    void start(Stage stage) {
        thai = "th".equals(System.getProperty("shield.ui.lang", "en"));
        DeskFixture desk = DeskFixture.over(two.a());
        VictimCareViewModel vm = new VictimCareViewModel(desk.context, desk.navigator, caseId, victim);
        m = new Messages(thai ? Locale.forLanguageTag("th-TH") : Locale.ENGLISH, thai);
        VictimCareView view = new VictimCareView(vm, new ViewLoader(m));
        vm.loadAll();
        org.shield.ui.common.Theme.loadFonts();
        scene = new Scene(view.root(), 1100, 720);
        scene.getStylesheets().add(org.shield.ui.common.Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theBannerOverTheTabsNamesTheShelterStayAndItsFieldInConflict(FxRobot robot) throws Exception {
        Paragraph banner = robot.lookup("#syncConflict").queryAs(Paragraph.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).contains((thai ? "การพักในสถานคุ้มครอง" : "Shelter stay") + " ("
                + org.shield.ui.sync.SyncTexts.field("shelter_stay", "left_on", m) + ")")
                .doesNotContain("shelter_stay").doesNotContain("left_on").doesNotContain("left on");
        Screenshots.saveIfAsked(robot, scene, "victim-conflict");
    }

}
