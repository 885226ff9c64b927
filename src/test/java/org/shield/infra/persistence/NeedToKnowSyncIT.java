package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
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
import org.shield.application.casefile.PartySummary;
import org.shield.application.casefile.RecordEventCommand;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.OperationCancelledException;
import org.shield.application.party.PersonDetails.AliasData;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.DataKey;
import org.shield.application.security.Workspace;
import org.shield.application.sync.SyncProgress;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.casefile.TraffickingEventType;
import org.shield.domain.security.Role;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.FileVaultKeyStore;
import org.shield.testing.Exhibits;
import org.shield.testing.HqInProcess;
import org.shield.testing.TestVaults;

/**
 * Need-to-know across sync (issue 7): HQ sends a laptop only what its user may see under the laptop's own rules,
 * and what the user may no longer see leaves the laptop at its next sync. The other laptops' vaults are read raw
 * afterwards, to see what they hold and not only what they show. Synthetic names only.
 */
class NeedToKnowSyncIT {
    private static final String UNIT = "TST";
    private static final String VICTIM = "Demo-Test Victim Synced";
    private static final String SUSPECT = "Demo-Test Suspect Synced";
    private static final String WITNESS = "Demo-Test Witness Synced";
    @TempDir
    Path tmp;
    private HqInProcess hq;
    private Workspace sup;
    private UUID caseId;

    @BeforeEach
    void aCaseWithAVictimReferredToACaseworkerAndASuspect() throws Exception {
        hq = new HqInProcess();
        sup = hq.laptop(tmp.resolve("sup"), "sup.a", Role.Supervisor, UNIT, "cw.c", Role.Caseworker, "inv.d",
                Role.Investigator);
        caseId = sup.cases().create(new CreateCaseCommand("DEMO need-to-know case", null, Set.of(), UNIT, null,
                null, null, null, Set.of())).id();
        PartySummary victim = sup.cases().addNewPersonAsParty(person(VICTIM), caseId, PartyRole.Victim, null, null);
        sup.cases().addNewPersonAsParty(person(SUSPECT), caseId, PartyRole.Suspect, null, null);
        sup.cases().addNewPersonAsParty(person(WITNESS), caseId, PartyRole.Witness, null, null);
        sup.cases().referParty(victim.partyId(), "cw.c");
        sup.cases().recordEvent(new RecordEventCommand(caseId, TraffickingEventType.Recruitment,
                LocalDate.of(2026, 11, 1), "DEMO place", "TH", null, null, "DEMO intelligence on the recruiter"));
        sup.sync().syncNow();
    }

    @AfterEach
    void stop() {
        if (sup != null) {
            sup.close();
        }
        hq.close();
    }

    private static SavePersonCommand person(String latin) {
        return new SavePersonCommand(null, 0, null, latin, null, null, null, List.<AliasData>of(), null, null, null,
                null);
    }

    /** A laptop for {@code user} that syncs once and is closed; then what its vault holds, read raw. */
    private Path syncedLaptop(String dir, String user, Role role) throws Exception {
        Path vault = tmp.resolve(dir);
        try (Workspace ws = hq.laptop(vault, user, role, UNIT)) {
            assertThat(ws.sync().syncNow().keptBack()).isZero();
        }
        return vault;
    }

    /** The supervisor gives the case this lead and team, and syncs. */
    private void assign(UUID caseId, String lead, Set<String> team) throws Exception {
        CaseDetails d = sup.cases().get(caseId);
        sup.cases().assignTeam(caseId, d.version(), lead, team);
        sup.sync().syncNow();
    }

    /** The investigator's laptop {@code inv} syncs. */
    private static org.shield.application.sync.SyncReport syncLaptop(Path inv) throws Exception {
        try (Workspace ws = TestVaults.vaults().unlock(inv, "inv.d", TestVaults.PASSPHRASE.toCharArray())) {
            return ws.sync().syncNow();
        }
    }

    private static List<String> raw(Path vault, String sql) throws Exception {
        DataKey key = new FileVaultKeyStore(Argon2Params.FAST, Clock.systemUTC())
                .unwrap(vault, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray());
        VaultDatabase db = VaultDatabase.open(vault, key, true);
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(String.valueOf(rs.getObject(1)));
            }
            return out;
        } finally {
            db.close();
        }
    }

    @Test
    void aCaseworkersLaptopGetsTheReferredVictimButNeitherTheSuspectNorTheInvestigation() throws Exception {
        Path cw = syncedLaptop("cw", "cw.c", Role.Caseworker);

        assertThat(raw(cw, "SELECT id FROM case_file")).containsExactly(caseId.toString());
        assertThat(raw(cw, "SELECT name_latin FROM person")).as("not the suspect, not the witness not referred to them")
                .containsExactly(VICTIM);
        assertThat(raw(cw, "SELECT party_role FROM case_party")).containsExactly("Victim");
        assertThat(raw(cw, "SELECT COUNT(*) FROM trafficking_event")).containsExactly("0");
        assertThat(raw(cw, "SELECT COUNT(*) FROM audit_entry WHERE actor = 'sup.a'"))
                .as("another vault's audit trail stays at HQ").containsExactly("0");
    }

    @Test
    void anInvestigatorOffTheTeamGetsNothingOfTheCaseThenAllOfItOnTheTeamAndLosesItWhenTakenOff() throws Exception {
        Path inv = tmp.resolve("inv");
        try (Workspace ws = hq.laptop(inv, "inv.d", Role.Investigator, UNIT)) {
            ws.sync().syncNow();
        }
        assertThat(raw(inv, "SELECT COUNT(*) FROM case_file")).containsExactly("0");
        assertThat(raw(inv, "SELECT name_latin FROM person")).as("persons who are not protected: as on any laptop")
                .containsExactly(SUSPECT);

        assign(caseId, null, Set.of("inv.d"));
        syncLaptop(inv);
        assertThat(raw(inv, "SELECT id FROM case_file")).containsExactly(caseId.toString());
        assertThat(raw(inv, "SELECT COUNT(*) FROM trafficking_event")).containsExactly("1");
        assertThat(raw(inv, "SELECT name_latin FROM person ORDER BY name_latin")).containsExactly(SUSPECT, VICTIM,
                WITNESS);

        assign(caseId, null, Set.of());
        syncLaptop(inv);
        assertThat(raw(inv, "SELECT COUNT(*) FROM case_file")).as("taken off the team: the case left").containsExactly("0");
        assertThat(raw(inv, "SELECT COUNT(*) FROM trafficking_event")).containsExactly("0");
        assertThat(raw(inv, "SELECT name_latin FROM person")).as("the protected victim and witness left with it")
                .containsExactly(SUSPECT);
    }

    /**
     * The case a laptop created leaves it too when its user loses it between the push and the pull that would have
     * brought it back (ADR 0019, "Need-to-know across sync", the gap closed on 2026-12-07): the scope fingerprint
     * only covers cases up to the laptop's cursor, and this one lies beyond it.
     */
    @Test
    void aCaseTheLaptopCreatedLeavesItWhenItsUserLosesItBeforeTheLaptopPulledItBack() throws Exception {
        Path inv = tmp.resolve("inv");
        UUID own;
        try (Workspace ws = hq.laptop(inv, "inv.d", Role.Investigator, UNIT)) {
            ws.sync().syncNow();
            own = ws.cases().create(new CreateCaseCommand("DEMO case made on the road", null, Set.of(), UNIT,
                    "inv.d", null, null, null, Set.of())).id();
            ws.cases().addNewPersonAsParty(person(VICTIM + " Two"), own, PartyRole.Victim, null, null);
            org.shield.application.common.CancellationToken cut = new org.shield.application.common.CancellationToken();
            // the link drops once the push is through, before the pull that follows it applies anything
            assertThatThrownBy(() -> ws.sync().syncNow(p -> {
                if (p.step() == org.shield.application.sync.SyncProgress.Step.Pulling && p.pushed() > 0) {
                    cut.cancel();
                }
            }, cut)).isInstanceOf(org.shield.application.common.OperationCancelledException.class);
            assertThat(ws.sync().localStatus().pending()).as("the push went through").isZero();
        }
        assertThat(raw(inv, "SELECT id FROM case_file")).containsExactly(own.toString());

        sup.sync().syncNow();
        assign(own, "sup.a", Set.of());
        assertThat(syncLaptop(inv).casesRemoved()).isEqualTo(1);
        assertThat(raw(inv, "SELECT COUNT(*) FROM case_file")).as("taken from its lead: the case left").containsExactly(
                "0");
        assertThat(raw(inv, "SELECT COUNT(*) FROM case_party")).containsExactly("0");
        assertThat(raw(inv, "SELECT name_latin FROM person")).as("the victim, protected, left with it; as on any"
                + " laptop, the suspect of the other case stays").containsExactly(SUSPECT);
    }

    /**
     * A case HQ holds leaves the laptop when its user loses it even while the laptop holds an unsent edit to it; the
     * edit still reaches HQ, so nothing the user saved is lost. Before 2026-12-07 the case stayed (kept for its unsent
     * change, then passed over by the pull).
     */
    @Test
    void aCaseWithAnUnsentEditLeavesWhenItsUserLosesItAndTheEditStillReachesHq() throws Exception {
        Path inv = tmp.resolve("inv");
        assign(caseId, null, Set.of("inv.d"));
        try (Workspace ws = hq.laptop(inv, "inv.d", Role.Investigator, UNIT)) {
            ws.sync().syncNow();
            org.shield.application.casefile.UpdateCaseCommand same = org.shield.application.casefile.UpdateCaseCommand
                    .from(ws.cases().get(caseId));
            ws.cases().update(new org.shield.application.casefile.UpdateCaseCommand(same.id(), same.version(),
                    "DEMO title edited offline", same.status(), same.closureReason(), same.closedOn(),
                    same.exploitationTypes(), same.unitCode(), same.leadInvestigator(), same.openedOn(), same.summary(),
                    same.sensitivity(), same.tags()));
        }
        assign(caseId, null, Set.of());
        org.shield.application.sync.SyncReport r = syncLaptop(inv);
        assertThat(r.casesRemoved()).isEqualTo(1);
        assertThat(r.pending()).as("the edit was sent").isZero();
        assertThat(raw(inv, "SELECT COUNT(*) FROM case_file")).as("taken off the team: the case left").containsExactly(
                "0");
        sup.sync().syncNow();
        assertThat(sup.cases().get(caseId).title()).as("the edit made before reached HQ and the supervisor")
                .isEqualTo("DEMO title edited offline");
    }

    /**
     * The content of an exhibit reaches HQ by its exhibit's row, not the outbox, so a case whose exhibit content HQ
     * does not hold yet stays on the laptop, marked as leaving, until the same sync has sent it; then the case leaves,
     * and its content leaves the disk. Before 2026-12-07 the case left at once and its content never reached HQ.
     */
    @Test
    void aCaseWhoseExhibitContentHasNotReachedHqLeavesOnlyOnceItHasAndTakesTheContentOffTheDisk() throws Exception {
        Path inv = tmp.resolve("inv");
        assign(caseId, null, Set.of("inv.d"));
        byte[] content = "DEMO exhibit content, synthetic, not sent before the link dropped".getBytes(
                java.nio.charset.StandardCharsets.UTF_8);
        UUID exhibit;
        try (Workspace ws = hq.laptop(inv, "inv.d", Role.Investigator, UNIT)) {
            ws.sync().syncNow();
            exhibit = exhibit(ws, content);
            CancellationToken cut = new CancellationToken();
            // the link drops once the exhibit's record is through, before its content is sent
            assertThatThrownBy(() -> ws.sync().syncNow(p -> {
                if (p.step() == SyncProgress.Step.Exhibits) {
                    cut.cancel();
                }
            }, cut)).isInstanceOf(OperationCancelledException.class);
            assertThat(ws.sync().localStatus().pending()).as("the record went through").isZero();
        }
        assertThat(Exhibits.blobs(inv)).isEqualTo(1);

        assign(caseId, null, Set.of());
        assertThat(syncLaptop(inv).casesRemoved()).isEqualTo(1);
        assertThat(raw(inv, "SELECT COUNT(*) FROM case_file")).as("taken off the team: the case left").containsExactly(
                "0");
        assertThat(raw(inv, "SELECT COUNT(*) FROM exhibit")).containsExactly("0");
        assertThat(raw(inv, "SELECT COUNT(*) FROM sync_leaving")).containsExactly("0");
        assertThat(raw(inv, "SELECT COUNT(*) FROM evidence_released")).containsExactly("0");
        assertThat(Exhibits.blobs(inv)).as("its content left the disk with it").isZero();
        sup.sync().syncNow();
        assertThat(Exhibits.read(sup.evidence().open(exhibit, null))).as("and reached HQ first").isEqualTo(content);
    }

    /** Content fetched from HQ when an exhibit was opened leaves the disk with its case. */
    @Test
    void exhibitContentFetchedOnOpenLeavesTheDiskWhenTheCaseLeaves() throws Exception {
        byte[] content = "DEMO exhibit content, synthetic, fetched when opened".getBytes(
                java.nio.charset.StandardCharsets.UTF_8);
        UUID exhibit = exhibit(sup, content);
        assign(caseId, null, Set.of("inv.d"));
        Path inv = tmp.resolve("inv");
        try (Workspace ws = hq.laptop(inv, "inv.d", Role.Investigator, UNIT)) {
            ws.sync().syncNow();
            assertThat(Exhibits.read(ws.evidence().open(exhibit, null))).isEqualTo(content);
        }
        assertThat(Exhibits.blobs(inv)).as("fetched, kept encrypted").isEqualTo(1);

        assign(caseId, null, Set.of());
        assertThat(syncLaptop(inv).casesRemoved()).isEqualTo(1);
        assertThat(raw(inv, "SELECT COUNT(*) FROM exhibit")).containsExactly("0");
        assertThat(Exhibits.blobs(inv)).as("its content left the disk with the case").isZero();
    }

    private UUID exhibit(Workspace ws, byte[] content) throws Exception {
        return Exhibits.add(ws, caseId, tmp, content).id();
    }
}
