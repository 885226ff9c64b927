package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CaseQuery;
import org.shield.application.casefile.CaseScope;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.ExploitationType;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.security.Role;
import org.shield.testing.TestVaults;

/**
 * The case list's total is exactly the number of cases the list shows, for every scope: those of the unit, led, on the
 * team of, or with a victim referred, each once, never a deleted one, filtered by status or text when asked; and 0 for
 * a user with no scope, whose list is empty (it used to be every case in the vault). Every total here is checked
 * against the rows the list itself returns.
 */
class CaseListTotalIT {
    private static final String UNIT = "TST";
    private static final String OTHER = "ZED";
    private static final String INV = "inv-total";
    private static final String CW = "cw-total";

    @TempDir
    static Path dir;
    static Path vault;
    static List<UUID> moved;

    @BeforeAll
    static void cases() throws Exception {
        vault = dir.resolve("vault");
        try (Workspace ws = TestVaults.create(vault)) {
            char[] pass = TestVaults.PASSPHRASE.toCharArray();
            ws.users().add(INV, UNIT, Set.of(Role.Investigator), pass, false);
            ws.users().add(CW, UNIT, Set.of(Role.Caseworker), pass, false);
            // made in the admin's unit, where it may assign and refer, and moved to their units at the end
            List<CaseDetails> made = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                CaseStatus status = i % 4 == 0 ? CaseStatus.FollowUp : null;
                made.add(ws.cases().create(new CreateCaseCommand("DEMO total " + i, status,
                        Set.of(ExploitationType.ForcedLabour), UNIT, null, LocalDate.of(2026, 1, 1 + i), null, null,
                        Set.of())));
            }
            // led outside the unit, on the team outside it, both (counted once), in the unit and led
            ws.cases().assignTeam(made.get(0).id(), made.get(0).version(), INV, Set.of());
            ws.cases().assignTeam(made.get(3).id(), made.get(3).version(), null, Set.of(INV));
            ws.cases().assignTeam(made.get(6).id(), made.get(6).version(), INV, Set.of(INV));
            ws.cases().assignTeam(made.get(1).id(), made.get(1).version(), INV, Set.of(INV));
            ws.cases().assignTeam(made.get(5).id(), made.get(5).version(), null, Set.of(INV));
            // led and on the team, then deleted; and a deleted case of the unit: never counted
            CaseDetails gone = ws.cases().assignTeam(made.get(9).id(), made.get(9).version(), INV, Set.of(INV));
            ws.cases().delete(gone.id(), gone.version(), "DEMO deleted");
            CaseDetails goneInUnit = made.get(4);
            ws.cases().delete(goneInUnit.id(), goneInUnit.version(), "DEMO deleted");
            // referrals: two victims of one case outside the unit (counted once), one in the unit, one ended
            for (int i : new int[] {12, 12, 7, 15}) {
                UUID party = ws.cases().addNewPersonAsParty(SavePersonCommand.newPerson(null, "Demo-Total Victim " + i),
                        made.get(i).id(), PartyRole.Victim, null, null).partyId();
                ws.cases().referParty(party, CW);
                if (i == 15) {
                    ws.cases().referParty(party, null);
                }
            }
            moved = made.stream().map(CaseDetails::id).toList();
        }
        // moved to their units behind the services' back: this admin may not assign cases to another unit
        try (com.zaxxer.hikari.HikariDataSource ds = new com.zaxxer.hikari.HikariDataSource(
                VaultDatabase.hikari(vault, TestVaults.dataKey(vault), true)); java.sql.Connection c = ds.getConnection();
                java.sql.PreparedStatement ps = c.prepareStatement("UPDATE case_file SET unit_code = ? WHERE id = ?")) {
            for (int i = 0; i < moved.size(); i++) {
                if (i % 3 != 1 && i != 9) {
                    ps.setString(1, i % 3 == 0 ? OTHER : "AAA");
                    ps.setObject(2, moved.get(i));
                    ps.executeUpdate();
                }
            }
            // the lead also on the team (the editor keeps them apart, two laptops' edits may not): counted once
            try (java.sql.PreparedStatement team = c.prepareStatement(
                    "MERGE INTO case_team (case_id, user_name) KEY (case_id, user_name) VALUES (?, ?)")) {
                team.setObject(1, moved.get(6));
                team.setString(2, INV);
                team.executeUpdate();
            }
        }
    }

    @Test
    void everyScopeCountsWhatItsListShows() throws Exception {
        try (VaultDatabase db = VaultDatabase.open(vault, TestVaults.dataKey(vault), true)) {
            JpaCaseRepository cases = db.caseRepository();
            List<CaseQuery> queries = List.of(CaseQuery.all(),
                    new CaseQuery(null, EnumSet.of(CaseStatus.FollowUp), null, null, null, null, null, false),
                    new CaseQuery(null, EnumSet.of(CaseStatus.FollowUp, CaseStatus.Active), null, null, null, null, null,
                            false),
                    CaseQuery.all().withText("total 1"));
            int checked = 0;
            for (boolean team : new boolean[] {false, true}) {
                for (boolean unit : new boolean[] {false, true}) {
                    for (boolean referred : new boolean[] {false, true}) {
                        for (String user : new String[] {INV, CW}) {
                            CaseScope scope = new CaseScope(user, UNIT, team, unit, referred);
                            for (CaseQuery q : queries) {
                                long listed = db.transactions().read(() -> cases.all(q, scope)).size();
                                long total = db.transactions().read(() -> cases.page(q, scope, 0, 5)).total();
                                assertThat(total).as("%s %s", scope, q).isEqualTo(listed);
                                checked++;
                            }
                        }
                    }
                }
            }
            assertThat(checked).isEqualTo(64);
            // spot checks that the data above exercises each part
            CaseScope lead = new CaseScope(INV, UNIT, true, false, false);
            assertThat(db.transactions().read(() -> cases.page(CaseQuery.all(), lead, 0, 5)).total()).isEqualTo(5);
            CaseScope unitOnly = new CaseScope(INV, UNIT, false, true, false);
            assertThat(db.transactions().read(() -> cases.page(CaseQuery.all(), unitOnly, 0, 5)).total()).isEqualTo(7);
            CaseScope both = new CaseScope(INV, UNIT, true, true, false);
            assertThat(db.transactions().read(() -> cases.page(CaseQuery.all(), both, 0, 5)).total()).isEqualTo(11);
            CaseScope referredOnly = new CaseScope(CW, UNIT, false, false, true);
            assertThat(db.transactions().read(() -> cases.page(CaseQuery.all(), referredOnly, 0, 5)).total())
                    .isEqualTo(2);
            CaseScope none = new CaseScope(INV, UNIT, false, false, false);
            assertThat(db.transactions().read(() -> cases.page(CaseQuery.all(), none, 0, 5)).total()).isZero();
        }
    }
}
