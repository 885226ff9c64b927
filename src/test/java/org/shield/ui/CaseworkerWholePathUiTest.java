package org.shield.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shield.ui.UiHarness.await;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.approval.ApprovalSummary;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.repatriation.FollowUpDetails;
import org.shield.application.screening.MdtDecisionDetails;
import org.shield.application.screening.ScreeningDetails;
import org.shield.application.security.Workspace;
import org.shield.application.victim.VictimSummary;
import org.shield.domain.approval.ApprovalKind;
import org.shield.domain.approval.ApprovalState;
import org.shield.domain.care.ConsentForm;
import org.shield.domain.care.ConsentPurpose;
import org.shield.domain.care.ServiceType;
import org.shield.domain.care.SupportPlanType;
import org.shield.domain.care.VictimStage;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.repatriation.RepatriationStatus;
import org.shield.domain.screening.Answer;
import org.shield.domain.screening.TraffickingStatus;
import org.shield.domain.security.Role;
import org.shield.testing.TestVaults;
import org.shield.ui.common.Paragraph;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A shelter caseworker's whole path through the real desk, one victim from referral to the first follow-up after
 * the return home: admission to a shelter, a screening, an MDT decision that the supervisor approves (signing in
 * as themselves in between), a care plan with a service delivered, the consent to return, the return planned and
 * handed over more than three months ago, and the 3-month follow-up shown as overdue with the stage "Follow-up
 * due". Every step is typed and clicked in the screens; the vault is read at the end.
 *
 * <p>Dates: each step is recorded on a past day (every pane allows past days and refuses future ones), in order,
 * so that the handover is 100 days ago and its 3-month follow-up is already due whatever today is.
 */
@ExtendWith(ApplicationExtension.class)
class CaseworkerWholePathUiTest {
    private static final String CASEWORKER = "demo-wholepath-cw";
    private static final String CASEWORKER_PASSPHRASE = "synthetic whole path passphrase 31";
    private static final String SHELTER = "DEMO Wholepath Shelter";
    /** Keys are still typed one by one (with the events each sends), without TestFX's default pause between them. */
    private static final int TYPING_DELAY_MS = 1;

    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate ADMITTED = TODAY.minusDays(120);
    private static final LocalDate SCREENED = TODAY.minusDays(118);
    private static final LocalDate DECIDED = TODAY.minusDays(115);
    private static final LocalDate PLAN_STARTED = TODAY.minusDays(112);
    private static final LocalDate SERVICE_DELIVERED = TODAY.minusDays(110);
    private static final LocalDate CONSENT_GIVEN = TODAY.minusDays(105);
    private static final LocalDate HANDED_OVER = TODAY.minusDays(100);

    @TempDir
    Path dir;
    Path vault;
    DeskApp app;
    UUID caseId;
    UUID victim;
    String pseudonym;

    @Start
    void start(Stage stage) throws Exception {
        vault = dir.resolve("vault");
        try (Workspace admin = TestVaults.create(vault)) {
            admin.users().add(CASEWORKER, "TST", Set.of(Role.Caseworker), CASEWORKER_PASSPHRASE.toCharArray(), false);
            caseId = admin.cases().create(CreateCaseCommand.titled("DEMO-TEST whole path case")).id();
            victim = admin.persons().save(SavePersonCommand.newPerson(null, "Demo-Wholepath Victim")).id();
            var party = admin.cases().addParty(new AddPartyCommand(caseId, victim, PartyRole.Victim, null, null));
            admin.cases().referParty(party.partyId(), CASEWORKER);
            VictimFixtures.shelter(admin, SHELTER);
            pseudonym = admin.victims().list(null).stream().filter(v -> v.personId().equals(victim)).findFirst()
                    .orElseThrow().pseudonym();
        }
        app = UiHarness.desk(dir, vault, null);
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void aCaseworkerTakesAVictimFromAdmissionToAFollowUpDueAfterTheReturnHome(FxRobot robot) throws Exception {
        // 1. the caseworker lands on their victims; the referred victim is listed by pseudonym, not yet screened
        signIn(robot, CASEWORKER, CASEWORKER_PASSPHRASE);
        openVictimFromList(robot, "Not screened");
        await(() -> "Not screened".equals(text(robot, "#stageBadge")));
        assertThat(UiHarness.screen()).doesNotContain("Demo-Wholepath Victim");

        // 2. shelter: admitted 120 days ago; the 15-day reflection period has ended
        openTab(robot, "#shelterTab");
        choose(robot, "#admitShelter", SHELTER + ", DEMO town");
        typeDate(robot, "#admitDate", ADMITTED);
        click(robot, "#admitRoom").write("DEMO room 3", TYPING_DELAY_MS);
        click(robot, "#admitButton");
        TableView<?> stays = (TableView<?>) shown(robot, "#staysTable");
        await(() -> stays.getItems().size() == 1);
        await(() -> paragraph(robot, "#reflectionBanner").contains("ended on"));
        assertThat(paragraph(robot, "#reflectionBanner")).contains("15 days");
        assertThat(UiHarness.screen()).contains(SHELTER).contains("DEMO room 3");

        // 3. screening: three indicators Yes, the rest Unknown; the summary for the MDT shows
        openTab(robot, "#screeningTab");
        click(robot, "#newScreening");
        shown(robot, "#answer_ILO11_DECEPTION");
        await(() -> !present(robot, "#busy"));
        typeDate(robot, "#assessedOn", SCREENED);
        // the answers are set on their fields (as ScreeningShelterViewsUiTest does): each answer regrows the summary
        // above the checklist, and a click in an answer's drop-down list could land after the row had moved
        answer(robot, "#answer_ILO11_DECEPTION", Answer.Yes);
        answer(robot, "#answer_ILO11_WITHHOLDING_OF_WAGES", Answer.Yes);
        answer(robot, "#answer_ILO11_RETENTION_OF_IDENTITY_DOCUMENTS", Answer.Yes);
        click(robot, "#answerRestUnknown");
        @SuppressWarnings("unchecked")
        ComboBox<Answer> isolation = (ComboBox<Answer>) shown(robot, "#answer_ILO11_ISOLATION");
        assertThat(isolation.getValue()).isEqualTo(Answer.Unknown);
        click(robot, "#saveScreening");
        ListView<?> history = (ListView<?>) shown(robot, "#screeningHistory");
        await(() -> history.getItems().size() == 1 && !present(robot, "#saveScreening"));
        String summary = UiHarness.screen();
        assertThat(summary).contains("not a verdict").contains("ILO forced-labour indicators present (3)")
                .contains("Deception").contains("Withholding of wages").contains("Retention of identity documents");

        // 4. MDT: "victim of trafficking", weighing that screening, sent for the supervisor's approval
        openTab(robot, "#mdtTab");
        click(robot, "#recordDecision");
        shown(robot, "#mdtStatus");
        @SuppressWarnings("unchecked")
        ComboBox<ScreeningDetails> weighed = (ComboBox<ScreeningDetails>) shown(robot, "#mdtScreening");
        assertThat(weighed.getValue()).as("the latest screening is the one the MDT weighs").isNotNull();
        choose(robot, "#mdtStatus", "Victim of trafficking");
        choose(robot, "#mdtOrg", "NGO");
        typeDate(robot, "#mdtDate", DECIDED);
        click(robot, "#mdtMembers").write("DEMO MDT of three", TYPING_DELAY_MS);
        click(robot, "#mdtReasons").write("DEMO deceived, unpaid", TYPING_DELAY_MS);
        click(robot, "#mdtDialogAction");
        TableView<?> decisions = (TableView<?>) shown(robot, "#decisionsTable");
        await(() -> decisions.getItems().size() == 1 && present(robot, "#pendingInfo"));
        assertThat(UiHarness.screen()).contains("Waiting for approval");
        assertThat(((MdtDecisionDetails) decisions.getItems().get(0)).state()).isEqualTo(ApprovalState.Pending);

        // 5. the supervisor signs in, lands on Approvals with the decision waiting, and approves it
        lockAndSignOut(robot);
        signIn(robot, TestVaults.ADMIN, TestVaults.PASSPHRASE);
        await(() -> present(robot, "#pendingTable")
                && ((TableView<?>) shown(robot, "#pendingTable")).getItems().size() == 1);
        assertThat(robot.lookup("#navApprovals").queryAs(ToggleButton.class).isSelected()).isTrue();
        TableView<?> pending = (TableView<?>) shown(robot, "#pendingTable");
        assertThat(((ApprovalSummary) pending.getItems().get(0)).kind()).isEqualTo(ApprovalKind.MdtDecision);
        assertThat(((ApprovalSummary) pending.getItems().get(0)).requestedBy()).isEqualTo(CASEWORKER);
        clickOnCell(robot, "#pendingTable", ((ApprovalSummary) pending.getItems().get(0)).caseNumber());
        click(robot, "#approve");
        await(() -> pending.getItems().isEmpty());

        // ... and the caseworker, back again, finds the decision approved and current
        lockAndSignOut(robot);
        signIn(robot, CASEWORKER, CASEWORKER_PASSPHRASE);
        openVictimFromList(robot, "In care");
        openTab(robot, "#mdtTab");
        await(() -> text(robot, "#currentStatus").startsWith("Current status: Victim of trafficking"));
        assertThat(text(robot, "#currentStatus")).contains("approved");
        assertThat(present(robot, "#pendingInfo")).isFalse();
        assertThat(UiHarness.screen()).contains("Approved");

        // 6. care plan, and a medical service delivered under it
        openTab(robot, "#carePlanTab");
        click(robot, "#newPlan");
        choose(robot, "#type", "Health");
        typeDate(robot, "#startedOn", PLAN_STARTED);
        click(robot, "#objectives").write("DEMO recover", TYPING_DELAY_MS);
        click(robot, "#actions").write("DEMO clinic visits", TYPING_DELAY_MS);
        click(robot, "#savePlan");
        ListView<?> plans = (ListView<?>) shown(robot, "#planList");
        await(() -> plans.getItems().size() == 1 && plans.getSelectionModel().getSelectedItem() != null);
        choose(robot, "#serviceType", "Medical");
        typeDate(robot, "#deliveredOn", SERVICE_DELIVERED);
        click(robot, "#providedBy").write("DEMO clinic nurse", TYPING_DELAY_MS);
        click(robot, "#serviceNote").write("DEMO check", TYPING_DELAY_MS);
        click(robot, "#recordService");
        ListView<?> services = (ListView<?>) shown(robot, "#serviceList");
        await(() -> services.getItems().size() == 1);
        assertThat(UiHarness.screen()).contains("Medical · ").contains("DEMO clinic nurse");

        // 7. consent to return home, signed
        openTab(robot, "#consentTab");
        click(robot, "#recordConsent");
        shown(robot, "#consentPurpose");
        choose(robot, "#consentPurpose", "Return home");
        typeDate(robot, "#consentDate", CONSENT_GIVEN);
        choose(robot, "#consentForm", "Signed");
        click(robot, "#consentDialogAction");
        TableView<?> consents = (TableView<?>) shown(robot, "#consentsTable");
        await(() -> consents.getItems().size() == 1);

        // 8. the return: planned with that consent, handed over 100 days ago; the 3-month follow-up is overdue
        openTab(robot, "#returnTab");
        shown(robot, "#consentOk");
        assertThat(paragraph(robot, "#consentOk")).startsWith("Consent to return home given on");
        click(robot, "#country").write("MM", TYPING_DELAY_MS);
        click(robot, "#place").write("DEMO village", TYPING_DELAY_MS);
        click(robot, "#planReturn");
        shown(robot, "#handoverOn");
        assertThat(text(robot, "#status")).isEqualTo("Planned");
        typeDate(robot, "#handoverOn", HANDED_OVER);
        click(robot, "#handoverPlace").write("DEMO border point", TYPING_DELAY_MS);
        click(robot, "#handedOverBy").write("DEMO caseworker", TYPING_DELAY_MS);
        click(robot, "#handedOverTo").write("DEMO officer", TYPING_DELAY_MS);
        click(robot, "#handOver");
        TableView<?> followUps = (TableView<?>) shown(robot, "#followUps");
        await(() -> followUps.getItems().size() == 3);
        assertThat(text(robot, "#status")).isEqualTo("Handed over");
        FollowUpDetails threeMonths = (FollowUpDetails) followUps.getItems().get(0);
        assertThat(threeMonths.months()).isEqualTo(3);
        assertThat(threeMonths.dueOn()).isEqualTo(HANDED_OVER.plusMonths(3));
        assertThat(threeMonths.overdue()).isTrue();
        reveal(robot, followUps);
        assertThat(UiHarness.screen()).contains("OVERDUE");

        // the overview follows what the tabs saved: the stage is "Follow-up due"
        openTab(robot, "#overviewTab");
        await(() -> "Follow-up due".equals(text(robot, "#stageBadge")));
        assertThat(text(robot, "#valueStage")).isEqualTo("Follow-up due");

        robot.interact(app::stop);
        try (Workspace supervisor = TestVaults.unlock(vault)) {
            VictimSummary shown = supervisor.victims().list(null).stream().filter(v -> v.personId().equals(victim))
                    .findFirst().orElseThrow();
            assertThat(shown.stage()).isEqualTo(VictimStage.FollowUp);
            assertThat(shown.pseudonym()).isEqualTo(pseudonym);
        }
        try (Workspace cw = TestVaults.vaults().unlock(vault, CASEWORKER, CASEWORKER_PASSPHRASE.toCharArray())) {
            assertThat(cw.victims().list(null)).singleElement()
                    .satisfies(v -> assertThat(v.stage()).isEqualTo(VictimStage.FollowUp));
            assertThat(cw.care().stays(caseId, victim)).singleElement().satisfies(s -> {
                assertThat(s.shelterName()).isEqualTo(SHELTER);
                assertThat(s.admittedOn()).isEqualTo(ADMITTED);
            });
            assertThat(cw.screening().history(caseId, victim)).singleElement().satisfies(s -> {
                assertThat(s.assessedOn()).isEqualTo(SCREENED);
                assertThat(s.answers()).filteredOn(a -> a.answer() == Answer.Yes).hasSize(3);
                assertThat(s.answers()).filteredOn(a -> a.answer() == Answer.Unknown).isNotEmpty();
            });
            assertThat(cw.screening().decisions(caseId, victim)).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo(TraffickingStatus.ActualVictimOfTrafficking);
                assertThat(d.decidedOn()).isEqualTo(DECIDED);
                assertThat(d.state()).isEqualTo(ApprovalState.Approved);
                assertThat(d.screeningId()).isNotNull();
            });
            var plan = cw.carePlans().plans(caseId, victim);
            assertThat(plan).singleElement().satisfies(p -> {
                assertThat(p.type()).isEqualTo(SupportPlanType.Health);
                assertThat(p.startedOn()).isEqualTo(PLAN_STARTED);
            });
            assertThat(cw.carePlans().services(plan.get(0).id())).singleElement().satisfies(s -> {
                assertThat(s.type()).isEqualTo(ServiceType.Medical);
                assertThat(s.deliveredOn()).isEqualTo(SERVICE_DELIVERED);
                assertThat(s.providedBy()).isEqualTo("DEMO clinic nurse");
            });
            assertThat(cw.care().consents(caseId, victim)).singleElement().satisfies(c -> {
                assertThat(c.purpose()).isEqualTo(ConsentPurpose.ReturnHome);
                assertThat(c.form()).isEqualTo(ConsentForm.Signed);
                assertThat(c.givenOn()).isEqualTo(CONSENT_GIVEN);
            });
            assertThat(cw.repatriation().current(caseId, victim)).hasValueSatisfying(r -> {
                assertThat(r.status()).isEqualTo(RepatriationStatus.HandedOver);
                assertThat(r.plan().country()).isEqualTo("MM");
                assertThat(r.handedOverOn()).isEqualTo(HANDED_OVER);
            });
            assertThat(cw.repatriation().followUps(caseId, victim)).extracting(FollowUpDetails::months)
                    .containsExactly(3, 6, 12);
        }
    }

    // ---- steps ----

    private void signIn(FxRobot robot, String user, String passphrase) {
        click(robot, "#userName").write(user, TYPING_DELAY_MS);
        click(robot, "#passphrase").write(passphrase, TYPING_DELAY_MS);
        click(robot, "#unlock");
        shown(robot, "#mainScreen");
    }

    private void lockAndSignOut(FxRobot robot) {
        click(robot, "#lock");
        shown(robot, "#unlockScreen");
        click(robot, "#signOut");
        await(() -> present(robot, "#userName") && ((javafx.scene.control.TextField) shown(robot, "#userName"))
                .isEditable());
    }

    /** On the Victims page (where a caseworker lands): the victim by pseudonym in {@code stage}; opens them. */
    private void openVictimFromList(FxRobot robot, String stage) {
        await(() -> present(robot, "#victimsTable")
                && ((TableView<?>) shown(robot, "#victimsTable")).getItems().size() == 1);
        assertThat(robot.lookup("#navVictims").queryAs(ToggleButton.class).isSelected())
                .as("a caseworker opens the app on their victims").isTrue();
        TableView<?> list = (TableView<?>) shown(robot, "#victimsTable");
        VictimSummary row = (VictimSummary) list.getItems().get(0);
        assertThat(row.pseudonym()).isEqualTo(pseudonym).startsWith("V-");
        assertThat(cellTexts(robot, "#victimsTable")).contains(pseudonym, stage);
        clickOnCell(robot, "#victimsTable", pseudonym);
        click(robot, "#openVictim");
        await(() -> present(robot, "#victimScreen") && text(robot, "#victimScreen #heading").contains(pseudonym));
    }

    /**
     * Clicks a tab of the open victim's record on its header; a header beyond the tab strip's visible end (eleven
     * tabs do not fit) is reached as a keyboard user does, with the arrow keys from the tab shown.
     */
    private static void openTab(FxRobot robot, String tabId) {
        TabPane tabs = robot.lookup("#victimTabs").queryAs(TabPane.class);
        Node header = robot.lookup(".tab-header-area " + tabId).query();
        if (inStrip(tabs, header)) {
            robot.clickOn(header);
        } else {
            String selected = "#" + tabs.getSelectionModel().getSelectedItem().getId();
            robot.clickOn((Node) robot.lookup(".tab-header-area " + selected).query());
            int from = tabs.getSelectionModel().getSelectedIndex();
            int to = tabs.getTabs().indexOf(tabs.getTabs().stream().filter(t -> tabId.equals("#" + t.getId()))
                    .findFirst().orElseThrow());
            for (int i = from; i != to; i += to > from ? 1 : -1) {
                robot.type(to > from ? KeyCode.RIGHT : KeyCode.LEFT);
            }
        }
        await(() -> tabId.equals("#" + tabs.getSelectionModel().getSelectedItem().getId()));
    }

    /** True when the tab's header is within the visible part of the tab strip (before its overflow button). */
    private static boolean inStrip(TabPane tabs, Node header) {
        Bounds h = header.localToScreen(header.getBoundsInLocal());
        Node area = tabs.lookup(".tab-header-area");
        Node buttons = tabs.lookup(".control-buttons-tab");
        double end = buttons != null && buttons.isVisible() ? buttons.localToScreen(buttons.getBoundsInLocal()).getMinX()
                : area.localToScreen(area.getBoundsInLocal()).getMaxX();
        return h.getMinX() >= area.localToScreen(area.getBoundsInLocal()).getMinX() && h.getMaxX() <= end;
    }

    /** Opens a combo box and clicks the entry shown as {@code shown}. */
    private static void choose(FxRobot robot, String comboId, String shown) {
        ComboBox<?> combo = (ComboBox<?>) shown(robot, comboId);
        await(() -> !combo.getItems().isEmpty());
        reveal(robot, combo);
        robot.clickOn(combo);
        await(combo::isShowing);
        await(() -> popupCell(robot, combo, shown) != null);
        // the popup may still move once laid out (above the field near the screen's bottom): click where it settled
        Bounds before;
        Bounds after = popupCell(robot, combo, shown).localToScreen(popupCell(robot, combo, shown).getBoundsInLocal());
        do {
            before = after;
            robot.sleep(50);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            Node c = popupCell(robot, combo, shown);
            after = c.localToScreen(c.getBoundsInLocal());
        } while (!before.equals(after));
        Node cell = popupCell(robot, combo, shown);
        robot.clickOn(cell);
        try {
            await(() -> !combo.isShowing() && combo.getValue() != null && combo.lookupAll("*").stream()
                    .anyMatch(n -> n instanceof Labeled l && shown.equals(l.getText())));
        } catch (AssertionError e) {
            throw new AssertionError(comboId + " showing=" + combo.isShowing() + " value=" + combo.getValue()
                    + " inScene=" + (combo.getScene() != null) + " same=" + (combo == robot.lookup(comboId).query())
                    + " texts=" + combo.lookupAll("*").stream().filter(n -> n instanceof Labeled)
                            .map(n -> ((Labeled) n).getText()).toList(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void answer(FxRobot robot, String comboId, Answer a) {
        ComboBox<Answer> combo = (ComboBox<Answer>) shown(robot, comboId);
        robot.interact(() -> combo.setValue(a));
        assertThat(combo.getValue()).isEqualTo(a);
    }

    /** The entry of the open combo box's list shown as {@code shown} (not the combo's own button cell). */
    private static Node popupCell(FxRobot robot, ComboBox<?> combo, String shown) {
        return robot.lookup(".list-cell").match((Labeled l) -> shown.equals(l.getText()) && treeVisible(l)
                && !isInside(l, combo)).tryQuery().orElse(null);
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Types a date (ISO, as the date fields accept) and leaves the field, as a user would. */
    private static void typeDate(FxRobot robot, String pickerId, LocalDate day) {
        DatePicker picker = (DatePicker) shown(robot, pickerId);
        reveal(robot, picker);
        robot.clickOn(picker.getEditor());
        robot.push(KeyCode.CONTROL, KeyCode.A).write(day.toString(), TYPING_DELAY_MS).push(KeyCode.TAB);
        await(() -> day.equals(picker.getValue()));
    }

    private static void clickOnCell(FxRobot robot, String tableId, String cellText) {
        Node cell = robot.lookup(tableId + " .table-cell").match((Labeled l) -> cellText.equals(l.getText())).query();
        reveal(robot, cell);
        robot.clickOn(cell);
        TableView<?> table = robot.lookup(tableId).queryTableView();
        await(() -> table.getSelectionModel().getSelectedItem() != null);
    }

    private static List<String> cellTexts(FxRobot robot, String tableId) {
        return robot.lookup(tableId + " .table-cell").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                .filter(t -> t != null && !t.isEmpty()).toList();
    }

    private static void reveal(FxRobot robot, Node node) {
        UiHarness.scrollIntoView(robot, node);
    }

    /**
     * The node with this id that is on screen: the victim record's tabs keep every pane in the scene (hidden), and
     * two panes may use the same id (the care plan's and the return's "savePlan").
     */
    private static Node shown(FxRobot robot, String id) {
        await(() -> robot.lookup(id).match(CaseworkerWholePathUiTest::treeVisible).tryQuery().isPresent());
        return robot.lookup(id).match(CaseworkerWholePathUiTest::treeVisible).query();
    }

    private static boolean treeVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
    }

    private static boolean present(FxRobot robot, String id) {
        return robot.lookup(id).match(CaseworkerWholePathUiTest::treeVisible).tryQuery().isPresent();
    }

    /** Clicks the node with this id once it is on screen (scrolled into view first). */
    private static org.testfx.api.FxRobotInterface click(FxRobot robot, String id) {
        Node n = shown(robot, id);
        reveal(robot, n);
        return robot.clickOn(n);
    }

    private static String text(FxRobot robot, String id) {
        return ((Labeled) shown(robot, id)).getText();
    }

    private static String paragraph(FxRobot robot, String id) {
        return ((Paragraph) shown(robot, id)).getText();
    }
}
