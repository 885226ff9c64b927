package org.shield.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.UpdateCaseCommand;
import org.shield.application.common.UserMessage;
import org.shield.application.party.SaveOrganisationCommand;
import org.shield.application.security.Workspace;
import org.shield.application.sync.ConflictView;
import org.shield.application.sync.SyncProgress;
import org.shield.domain.party.OrganisationType;
import org.shield.domain.security.Role;
import org.shield.ui.DeskFixture;
import org.shield.ui.common.ScreenContext;
import org.shield.ui.common.Ticker;
import org.shield.testing.FaultProxy;
import org.shield.testing.HqInProcess;
import org.shield.testing.MutableClock;
import org.shield.testing.TestVaults;

/**
 * The link with HQ as the status bar and the Sync page show it (issue 7), over real vaults and an HQ in this JVM
 * reached through a socket proxy that can cut the line: offline and online, the automatic sync when HQ becomes
 * reachable and then every few minutes, Sync now with its progress, the sync log, enrolment from the page, and the
 * conflicts screen. Time is driven by hand. Synthetic data only.
 */
class SyncViewModelTest {
    private static final String UNIT = "TST";
    @TempDir
    Path tmp;
    private HqInProcess hq;
    private FaultProxy line;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final List<Runnable> ticks = new ArrayList<>();
    private final Ticker ticker = (period, tick) -> {
        ticks.add(tick);
        return () -> ticks.remove(tick);
    };
    private final List<DeskFixture> desks = new ArrayList<>();
    private int pulledCalls;

    @BeforeEach
    void start() throws Exception {
        hq = new HqInProcess();
        line = new FaultProxy(hq.url());
    }

    @AfterEach
    void stop() {
        desks.forEach(DeskFixture::close);
        line.close();
        hq.close();
    }

    private SyncViewModel over(Workspace ws) {
        DeskFixture desk = DeskFixture.over(ws);
        desks.add(desk);
        ScreenContext c = desk.context;
        ScreenContext timed = new ScreenContext(c.session(), c.tasks(), c.errors(), c.dialogs(), clock,
                c.reportPages(), c.reportPrinter());
        return new SyncViewModel(timed, ticker, () -> { }, () -> pulledCalls++);
    }

    /** Vaults whose sync gives up on an unreachable HQ after two quick tries. */
    private static org.shield.application.security.VaultService fast() {
        return new org.shield.bootstrap.Wiring(java.time.Clock.systemUTC(), org.shield.infra.vault.Argon2Params.FAST,
                new org.shield.application.sync.Backoff(2, Duration.ofMillis(10), Duration.ofMillis(20))).vaultService();
    }

    private DeskFixture desk(int i) {
        return desks.get(i);
    }

    private void tick() {
        new ArrayList<>(ticks).forEach(Runnable::run);
    }

    private void lineDown() {
        line.plan(n -> FaultProxy.Fault.DROP_BEFORE);
    }

    private void lineUp() {
        line.plan(n -> FaultProxy.Fault.NONE);
    }

    @Test
    void aVaultNotEnrolledSaysSoAndSyncNowExplainsInsteadOfFailing() throws Exception {
        SyncViewModel vm = over(TestVaults.create(tmp.resolve("vault")));

        vm.start();
        vm.syncNow();

        assertThat(vm.linkProperty().get()).isEqualTo(SyncViewModel.Link.NotEnrolled);
        assertThat(vm.problemProperty().get()).isEqualTo(new UserMessage("ui.sync.notEnrolled"));
        assertThat(desk(0).dialogs.errors()).isEmpty();
        assertThat(vm.log()).isEmpty();
    }

    @Test
    void enrollingFromThePageLooksForHqAndSyncsAtOnce() throws Exception {
        SyncViewModel vm = over(TestVaults.create(tmp.resolve("vault")));
        desk(0).session.cases().create(CreateCaseCommand.titled("DEMO case before enrolment"));
        vm.start();
        assertThat(vm.linkProperty().get()).isEqualTo(SyncViewModel.Link.NotEnrolled);

        vm.enrolAddressProperty().set("");
        vm.enrol();
        assertThat(vm.problemProperty().get()).isEqualTo(new UserMessage("ui.sync.enrol.missing"));

        vm.enrolAddressProperty().set(line.url().toString());
        vm.enrolCodeProperty().set(hq.code(TestVaults.ADMIN, Role.Supervisor, UNIT));
        vm.enrol();

        assertThat(vm.problemProperty().get()).isNull();
        assertThat(vm.linkProperty().get()).isEqualTo(SyncViewModel.Link.Online);
        assertThat(vm.pendingProperty().get()).as("everything waiting went at the first sync").isZero();
        assertThat(vm.lastSyncProperty().get()).isNotNull();
        assertThat(vm.log()).hasSize(1);
        assertThat(vm.log().get(0).done()).isTrue();
        assertThat(vm.log().get(0).pushed()).isPositive();
        assertThat(vm.enrolCodeProperty().get()).as("the one-time code is not kept on screen").isEmpty();
    }

    @Test
    void offlineThenHqReachableSyncsAutomaticallyAndThenEveryFewMinutes() throws Exception {
        Workspace ws = hq.laptop(fast(), line.url(), tmp.resolve("laptop"), "sup.a", Role.Supervisor, UNIT);
        SyncViewModel vm = over(ws);
        lineDown();
        ws.cases().create(CreateCaseCommand.titled("DEMO case made offline"));

        vm.start();
        assertThat(vm.linkProperty().get()).isEqualTo(SyncViewModel.Link.Offline);
        assertThat(vm.pendingProperty().get()).isPositive();
        assertThat(vm.log()).as("no sync is tried while HQ does not answer").isEmpty();
        assertThat(ticks).hasSize(1);

        lineUp();
        tick();
        assertThat(vm.linkProperty().get()).isEqualTo(SyncViewModel.Link.Online);
        assertThat(vm.log()).hasSize(1);
        assertThat(vm.pendingProperty().get()).isZero();
        assertThat(vm.syncingProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isNull();

        ws.cases().create(CreateCaseCommand.titled("DEMO second case"));
        vm.changedHere();
        assertThat(vm.pendingProperty().get()).isPositive();
        clock.advance(SyncViewModel.PROBE_EVERY);
        tick();
        assertThat(vm.log()).as("online, and the last sync was a moment ago: no new sync yet").hasSize(1);

        clock.advance(SyncViewModel.SYNC_EVERY);
        tick();
        assertThat(vm.log()).as("a sync every few minutes while HQ stays reachable").hasSize(2);
        assertThat(vm.pendingProperty().get()).isZero();
        assertThat(desk(0).dialogs.errors()).isEmpty();
    }

    @Test
    void automaticSyncsThatFailWhileHqAnswersAreTriedLessAndLessOften() throws Exception {
        Workspace ws = hq.laptop(fast(), line.url(), tmp.resolve("laptop"), "sup.a", Role.Supervisor, UNIT);
        SyncViewModel vm = over(ws);
        // HQ answers the probe but every sync request is lost on the way
        line.plan((n, r) -> r.pathAndQuery().contains("/health") ? FaultProxy.Fault.NONE
                : FaultProxy.Fault.DROP_BEFORE);

        vm.start();
        assertThat(vm.log()).as("the first look finds HQ and tries at once").hasSize(1);
        assertThat(vm.problemProperty().get()).isNotNull();
        assertThat(desk(0).dialogs.errors()).as("an automatic sync fails quietly").isEmpty();
        int[] waits = {30, 60, 120, 240, 300, 300};
        for (int wait : waits) {
            int before = vm.log().size();
            clock.advance(Duration.ofSeconds(wait).minusSeconds(30));
            tick();
            assertThat(vm.log()).as("not yet %d s after the last try", wait - 30).hasSize(before);
            clock.advance(Duration.ofSeconds(30));
            tick();
            assertThat(vm.log()).as("tried again %d s after the last", wait).hasSize(before + 1);
        }

        lineUp();
        clock.advance(SyncViewModel.SYNC_EVERY);
        tick();
        assertThat(vm.log().get(0).done()).isTrue();
        clock.advance(SyncViewModel.PROBE_EVERY);
        tick();
        assertThat(vm.log()).as("back to every few minutes after a sync that completed").hasSize(waits.length + 2);
    }

    @Test
    void syncNowReportsProgressAndAFailureWhileOfflineGoesToTheLogAndTheDialog() throws Exception {
        Path vault = tmp.resolve("vault");
        try (Workspace admin = TestVaults.create(vault)) {
            admin.sync().enrol(line.url(), hq.code(TestVaults.ADMIN, Role.Supervisor, UNIT));
            admin.cases().create(CreateCaseCommand.titled("DEMO case to send"));
        }
        SyncViewModel vm = over(fast().unlock(vault, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray()));
        List<SyncProgress> seen = new ArrayList<>();
        vm.progressProperty().addListener((o, was, now) -> {
            if (now != null) {
                seen.add(now);
            }
        });
        vm.start(); // HQ reachable at the first look: an automatic sync
        assertThat(seen).extracting(SyncProgress::step).contains(SyncProgress.Step.Connecting,
                SyncProgress.Step.Pushing, SyncProgress.Step.Pulling, SyncProgress.Step.Finishing);
        assertThat(seen.get(seen.size() - 1).pushed()).isPositive();
        assertThat(seen.stream().mapToLong(SyncProgress::bytesSent).max().orElse(0)).isPositive();
        assertThat(vm.lastReportProperty().get().pushed()).isPositive();

        lineDown();
        vm.syncNow();

        assertThat(vm.linkProperty().get()).isEqualTo(SyncViewModel.Link.Offline);
        assertThat(vm.problemProperty().get().key()).isEqualTo("sync.error.unreachable");
        assertThat(desk(0).dialogs.errors()).extracting(UserMessage::key).containsExactly("sync.error.unreachable");
        assertThat(vm.log()).hasSize(2);
        assertThat(vm.log().get(0).outcome()).isEqualTo("Failed");
        assertThat(vm.log().get(0).message().key()).isEqualTo("sync.error.unreachable");
        assertThat(vm.log().get(0).message().args()).containsExactly("127.0.0.1");
    }

    @Test
    void theConflictsScreenShowsEveryValueAndKeepsTheOneChosen() throws Exception {
        Workspace a = hq.laptop(tmp.resolve("laptop-a"), "sup.a", Role.Supervisor, UNIT);
        Workspace b = hq.laptop(tmp.resolve("laptop-b"), "sup.b", Role.Supervisor, UNIT);
        SyncViewModel onA = over(a);
        SyncViewModel onB = over(b);
        UUID id = a.cases().create(new CreateCaseCommand("DEMO shared case", null, Set.of(), UNIT, null, null,
                "DEMO summary", null, Set.of())).id();
        onA.syncNow();
        onB.syncNow();
        assertThat(pulledCalls).as("records from HQ reload the open screens").isPositive();
        retitle(a, id, "DEMO title by A");
        retitle(b, id, "DEMO title by B");
        onA.syncNow();
        onB.syncNow();
        onA.syncNow();
        assertThat(onA.conflictsProperty().get()).isEqualTo(1);
        org.shield.ui.casefile.CaseViewModel caseOnA = new org.shield.ui.casefile.CaseViewModel(desk(0).context,
                desk(0).navigator);
        caseOnA.open(id);
        assertThat(caseOnA.syncConflictProperty().get()).as("the case shows that it is in conflict")
                .isEqualTo(new UserMessage("ui.case.syncConflict", new ConflictedFields("case_file", List.of("title"))));
        assertThat(new org.shield.ui.common.Messages(java.util.Locale.ENGLISH, false)
                .format(caseOnA.syncConflictProperty().get())).as("the field as the case editor names it")
                .startsWith("In conflict at headquarters: Title.");

        ConflictsViewModel conflicts = onA.conflicts();
        conflicts.load();
        assertThat(conflicts.rows()).hasSize(1);
        ConflictView c = conflicts.selectedProperty().get();
        assertThat(c.column()).isEqualTo("title");
        assertThat(conflicts.label(c)).as("the case by its number here").startsWith(a.cases().get(id).caseNumber());
        assertThat(c.values()).extracting(v -> ConflictsViewModel.shown(v.value()))
                .containsExactlyInAnyOrder("DEMO title by A", "DEMO title by B");
        ConflictView.Competing bs = c.values().stream().filter(v -> v.userName().equals("sup.b")).findFirst()
                .orElseThrow();

        conflicts.keep(bs);

        assertThat(conflicts.errorProperty().get()).isNull();
        assertThat(conflicts.noticeProperty().get()).isEqualTo(new UserMessage("ui.sync.conflicts.resolved"));
        assertThat(conflicts.rows()).isEmpty();
        assertThat(onA.conflictsProperty().get()).as("the sync after resolving brings the result").isZero();
        assertThat(a.cases().get(id).title()).isEqualTo("DEMO title by B");
        onB.syncNow();
        assertThat(b.cases().get(id).title()).isEqualTo("DEMO title by B");
        caseOnA.open(id);
        assertThat(caseOnA.syncConflictProperty().get()).isNull();
    }

    @Test
    void anOrganisationInConflictSaysWhichFieldsUntilItIsResolved() throws Exception {
        Workspace a = hq.laptop(tmp.resolve("laptop-a"), "sup.a", Role.Supervisor, UNIT);
        Workspace b = hq.laptop(tmp.resolve("laptop-b"), "sup.b", Role.Supervisor, UNIT);
        SyncViewModel onA = over(a);
        SyncViewModel onB = over(b);
        var made = a.organisations().save(new SaveOrganisationCommand(null, 0, "DEMO shared shelter",
                OrganisationType.NGO, "DEMO town", "TH"));
        onA.syncNow();
        onB.syncNow();
        var onLaptopB = b.organisations().get(made.id());
        a.organisations().save(new SaveOrganisationCommand(made.id(), a.organisations().get(made.id()).version(),
                "DEMO shelter named by A",
                OrganisationType.NGO, "DEMO town", "TH"));
        b.organisations().save(new SaveOrganisationCommand(made.id(), onLaptopB.version(), "DEMO shelter named by B",
                OrganisationType.NGO, "DEMO town", "TH"));
        onA.syncNow();
        onB.syncNow();
        onA.syncNow();
        org.shield.ui.party.OrganisationEditorViewModel editor = new org.shield.ui.party.OrganisationEditorViewModel(
                desk(0).context, desk(0).navigator);

        editor.open(made.id());

        assertThat(editor.syncConflictProperty().get()).isEqualTo(new UserMessage("ui.organisation.syncConflict",
                new ConflictedFields("organisation", List.of("name"))));
        assertThat(new org.shield.ui.common.Messages(java.util.Locale.forLanguageTag("th-TH"), true)
                .format(editor.syncConflictProperty().get())).as("named as the editor names it, in Thai")
                .contains(new org.shield.ui.common.Messages(java.util.Locale.forLanguageTag("th-TH"), true)
                        .get("ui.organisation.field.name")).doesNotContain(": name");
    }

    @Test
    void aVictimsShelterStayInConflictIsNamedOnTheirCareRecordUntilItIsResolved() throws Exception {
        Workspace a = hq.laptop(tmp.resolve("laptop-a"), "sup.a", Role.Supervisor, UNIT);
        Workspace b = hq.laptop(tmp.resolve("laptop-b"), "sup.b", Role.Supervisor, UNIT);
        SyncViewModel onA = over(a);
        SyncViewModel onB = over(b);
        UUID caseId = a.cases().create(new CreateCaseCommand("DEMO case of a sheltered victim", null, Set.of(), UNIT,
                null, null, "DEMO summary", null, Set.of())).id();
        UUID victim = a.cases().addNewPersonAsParty(org.shield.application.party.SavePersonCommand.newPerson(null,
                "Demo-Test Victim"), caseId, org.shield.domain.casefile.PartyRole.Victim, null, null).personId();
        UUID shelter = a.organisations().save(new SaveOrganisationCommand(null, 0, "DEMO shelter", OrganisationType.NGO,
                "DEMO town", "TH")).id();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        var stay = a.care().admit(caseId, victim, shelter, today.minusDays(10), "DEMO bed 1");
        onA.syncNow();
        onB.syncNow();
        long onBVersion = b.care().stays(caseId, victim).get(0).version();
        a.care().leave(stay.id(), a.care().stays(caseId, victim).get(0).version(), today.minusDays(2),
                org.shield.domain.care.DepartureReason.ReturnedToFamily, null);
        b.care().leave(stay.id(), onBVersion, today.minusDays(1), org.shield.domain.care.DepartureReason.ReturnedToFamily,
                null);
        onA.syncNow();
        onB.syncNow();
        onA.syncNow();
        org.shield.ui.victim.VictimCareViewModel care = new org.shield.ui.victim.VictimCareViewModel(desk(0).context,
                desk(0).navigator, caseId, victim);

        care.load();

        assertThat(care.syncConflictProperty().get()).as("the stay's date left, set apart on the two laptops")
                .isEqualTo(new UserMessage("ui.victim.syncConflict", new org.shield.ui.sync.ConflictedRecords(
                        List.of(new org.shield.application.sync.FieldInConflict("shelter_stay", "left_on")))));
        var thai = new org.shield.ui.common.Messages(java.util.Locale.forLanguageTag("th-TH"), true);
        assertThat(thai.format(care.syncConflictProperty().get())).as("named in Thai")
                .contains(thai.get("ui.sync.table.shelterStay") + " ("
                        + org.shield.ui.sync.SyncTexts.field("shelter_stay", "left_on", thai) + ")")
                .doesNotContain("shelter_stay").doesNotContain("left_on").doesNotContain("left on");

        ConflictView c = a.sync().conflicts().get(0);
        a.sync().resolve(c.id(), c.values().get(0).value());
        onA.syncNow();
        care.load();
        assertThat(care.syncConflictProperty().get()).isNull();
    }

    @Test
    void anExhibitNumberChosenOnTwoLaptopsApartIsListedAsHeldBackWithWhy() throws Exception {
        Workspace a = hq.laptop(tmp.resolve("laptop-a"), "sup.a", Role.Supervisor, UNIT);
        Workspace b = hq.laptop(tmp.resolve("laptop-b"), "sup.b", Role.Supervisor, UNIT);
        SyncViewModel onA = over(a);
        SyncViewModel onB = over(b);
        UUID caseId = a.cases().create(new CreateCaseCommand("DEMO case with a number chosen twice", null, Set.of(),
                UNIT, null, null, "DEMO summary", null, Set.of())).id();
        onA.syncNow();
        onB.syncNow();
        assertThat(onB.held()).isEmpty();
        for (Workspace ws : List.of(a, b)) {
            // both officers choose the same number of their own for different bags
            ws.evidence().add(new org.shield.application.evidence.AddExhibitCommand(caseId,
                    org.shield.domain.evidence.ExhibitType.Physical, "DEMO-BAG-1", "DEMO sealed bag",
                    org.shield.domain.evidence.ExhibitSource.NONE, null, org.shield.domain.evidence.ExhibitFlags.NONE,
                    null, null, null, null, null, false), org.shield.application.common.ProgressListener.NONE,
                    new org.shield.application.common.CancellationToken());
        }

        onA.syncNow();
        onB.syncNow();

        assertThat(onB.held()).as("a's exhibit has the number b's own took; its first custody step waits for it")
                .extracting(h -> h.table() + " " + h.reason())
                .containsExactlyInAnyOrder("exhibit duplicate", "custody_event reference");
        org.shield.ui.common.Messages en = new org.shield.ui.common.Messages(java.util.Locale.ENGLISH, false);
        assertThat(SyncTexts.heldReason("duplicate", en)).startsWith("Its number is already used here");
        assertThat(SyncTexts.heldReason("reference", en)).startsWith("Waiting for a record it belongs to");
        assertThat(SyncTexts.table("custody_event", en)).isEqualTo("Custody step");
        org.shield.application.sync.Replica.Held exhibit = onB.held().stream().filter(h -> h.table().equals("exhibit"))
                .findFirst().orElseThrow();
        assertThat(exhibit.number()).as("shown by its number, to find the exhibit it collides with")
                .isEqualTo("DEMO-BAG-1");
        assertThat(SyncTexts.heldReason(exhibit, en)).startsWith("Exhibit number DEMO-BAG-1 is used here")
                .contains("Relabelled");
        org.shield.ui.common.Messages th = new org.shield.ui.common.Messages(java.util.Locale.forLanguageTag("th"),
                false);
        assertThat(SyncTexts.heldReason(exhibit, th)).startsWith("หมายเลขวัตถุพยาน DEMO-BAG-1");

        // b's officer relabels b's own bag: at the next sync a's bag comes in, and the list is empty
        UUID own = b.evidence().list(caseId).stream().filter(x -> x.exhibitNumber().equals("DEMO-BAG-1"))
                .findFirst().orElseThrow().id();
        b.evidence().relabel(new org.shield.application.evidence.RelabelExhibitCommand(own, "DEMO-BAG-1B", null,
                "DEMO the number was also given on laptop a"));
        onB.syncNow();
        assertThat(onB.held()).isEmpty();
    }

    @Test
    void aMergedValueIsSentAsTextUnlessEveryValueIsANumber() {
        ConflictView text = conflictOf("\"DEMO A\"", "\"DEMO B\"");
        ConflictView numbers = conflictOf("3", "4");
        assertThat(ConflictsViewModel.asJson("DEMO A and B", text)).isEqualTo("\"DEMO A and B\"");
        assertThat(ConflictsViewModel.asJson("7", text)).as("digits in a text field stay text").isEqualTo("\"7\"");
        assertThat(ConflictsViewModel.asJson("7", numbers)).isEqualTo("7");
        assertThat(ConflictsViewModel.asJson("say \"hi\"", text)).isEqualTo("\"say \\\"hi\\\"\"");
        assertThat(ConflictsViewModel.shown("\"DEMO \\\"x\\\"\"")).isEqualTo("DEMO \"x\"");
        assertThat(ConflictsViewModel.shown(null)).isEmpty();
        assertThat(ConflictsViewModel.shown("null")).isEmpty();
    }

    @Test
    void writingAnEmptyMergedValueIsRefusedWithAMessage() throws Exception {
        SyncViewModel vm = over(TestVaults.create(tmp.resolve("vault")));
        ConflictsViewModel conflicts = vm.conflicts();
        conflicts.rows().add(conflictOf("\"DEMO A\"", "\"DEMO B\""));
        conflicts.selectedProperty().set(conflicts.rows().get(0));
        conflicts.mergedProperty().set("   ");

        conflicts.keepMerged();

        assertThat(conflicts.errorProperty().get()).isEqualTo(new UserMessage("ui.sync.conflicts.mergedEmpty"));
        assertThat(conflicts.rows()).hasSize(1);
    }

    private static ConflictView conflictOf(String... values) {
        List<ConflictView.Competing> list = new ArrayList<>();
        for (String v : values) {
            list.add(new ConflictView.Competing(UUID.randomUUID(), "demo.user", v, Instant.EPOCH));
        }
        return new ConflictView(UUID.randomUUID(), "case_file", "{\"id\":\"" + UUID.randomUUID() + "\"}", "title",
                Instant.EPOCH, values[0], list);
    }

    private static void retitle(Workspace ws, UUID id, String title) throws Exception {
        CaseDetails d = ws.cases().get(id);
        ws.cases().update(new UpdateCaseCommand(d.id(), d.version(), title, d.status(), d.closureReason(),
                d.closedOn(), d.exploitationTypes(), d.unitCode(), d.leadInvestigator(), d.openedOn(), d.summary(),
                d.sensitivity(), d.tags()));
    }

}
