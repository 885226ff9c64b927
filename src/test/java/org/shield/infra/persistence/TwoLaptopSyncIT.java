package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.UpdateCaseCommand;
import org.shield.application.security.Workspace;
import org.shield.application.sync.ConflictView;
import org.shield.application.sync.SyncReport;
import org.shield.testing.HqInProcess;
import org.shield.testing.TwoLaptops;

/**
 * Two laptops and HQ in one JVM over loopback HTTP (issue 7): what one records reaches the other through HQ; both
 * edit offline and sync in either order; different fields merge; the same field gives exactly one open conflict,
 * seen on both; afterwards both hold the same record. Synthetic data only.
 */
class TwoLaptopSyncIT {
    private static final String UNIT = "TST";
    @TempDir
    Path tmp;
    private TwoLaptops two;
    private HqInProcess hq;
    private Workspace a;
    private Workspace b;

    @BeforeEach
    void start() throws Exception {
        two = TwoLaptops.start(tmp);
        hq = two.hq();
        a = two.a();
        b = two.b();
    }

    @AfterEach
    void stop() {
        two.close();
    }

    private static UpdateCaseCommand edit(CaseDetails d, String title, String summary) {
        return new UpdateCaseCommand(d.id(), d.version(), title, d.status(), d.closureReason(), d.closedOn(),
                d.exploitationTypes(), d.unitCode(), d.leadInvestigator(), d.openedOn(), summary, d.sensitivity(),
                d.tags());
    }

    /** The values that replaced titles of case {@code id} at HQ, opened as HQ opens them. */
    private java.util.List<String> titleHistory(UUID id) throws Exception {
        String rowKey = "{\"id\":\"" + id + "\"}";
        java.util.List<String> out = new java.util.ArrayList<>();
        try (java.sql.Connection c = hq.dataSource().getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT val FROM hq_field_history WHERE table_name = 'case_file' AND row_key = ? AND col = 'title'")) {
            ps.setString(1, rowKey);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(hq.seal().open(rs.getString(1),
                            org.shield.hq.store.ValueSeal.history("case_file", rowKey, "title")));
                }
            }
        }
        return out;
    }

    private UUID aCaseBothHold() throws Exception {
        UUID id = a.cases().create(new CreateCaseCommand("DEMO shared case", null, Set.of(), UNIT, null, null,
                "DEMO summary", null, Set.of("demo"))).id();
        a.sync().syncNow();
        SyncReport rb = b.sync().syncNow();
        assertThat(rb.pulled()).isPositive();
        assertThat(rb.keptBack()).as("every record fitted").isZero();
        return id;
    }

    @Test
    void aCaseRecordedOnOneLaptopReachesTheOtherThroughHq() throws Exception {
        UUID id = aCaseBothHold();

        CaseDetails onB = b.cases().get(id);
        CaseDetails onA = a.cases().get(id);
        assertThat(onB.title()).isEqualTo("DEMO shared case");
        assertThat(onB.caseNumber()).isEqualTo(onA.caseNumber());
        assertThat(onB.tags()).containsExactly("demo");
        assertThat(b.sync().status().pending()).as("what came from HQ is not sent back").isZero();
        assertThat(b.sync().syncNow().pushed()).isZero();
    }

    @Test
    void editsToDifferentFieldsOnTwoLaptopsBothSurviveInEitherOrder() throws Exception {
        UUID id = aCaseBothHold();
        a.cases().update(edit(a.cases().get(id), "DEMO title by A", a.cases().get(id).summary()));
        CaseDetails onB = b.cases().get(id);
        b.cases().update(edit(onB, onB.title(), "DEMO summary by B"));

        b.sync().syncNow();
        a.sync().syncNow();
        b.sync().syncNow();

        for (Workspace ws : new Workspace[] {a, b}) {
            CaseDetails d = ws.cases().get(id);
            assertThat(d.title()).isEqualTo("DEMO title by A");
            assertThat(d.summary()).isEqualTo("DEMO summary by B");
            assertThat(ws.sync().status().conflicts()).isZero();
        }
    }

    @Test
    void theSameFieldEditedOnTwoLaptopsIsExactlyOneOpenConflictSeenOnBoth() throws Exception {
        UUID id = aCaseBothHold();
        a.cases().update(edit(a.cases().get(id), "DEMO title by A", a.cases().get(id).summary()));
        CaseDetails onB = b.cases().get(id);
        b.cases().update(edit(onB, "DEMO title by B", onB.summary()));

        a.sync().syncNow();
        SyncReport rb = b.sync().syncNow();
        a.sync().syncNow();

        assertThat(rb.conflicts()).isEqualTo(1);
        assertThat(hq.count("SELECT COUNT(*) FROM hq_conflict WHERE resolved_at IS NULL")).isEqualTo(1);
        assertThat(a.sync().status().conflicts()).isEqualTo(1);
        assertThat(b.sync().status().conflicts()).isEqualTo(1);
        assertThat(a.cases().get(id).title()).isEqualTo(b.cases().get(id).title());
    }

    @Test
    void aConflictResolvedOnOneLaptopIsRecordedAndEndsEverywhereWithEveryValueKept() throws Exception {
        UUID id = aCaseBothHold();
        a.cases().update(edit(a.cases().get(id), "DEMO title by A", a.cases().get(id).summary()));
        CaseDetails onB = b.cases().get(id);
        b.cases().update(edit(onB, "DEMO title by B", onB.summary()));
        a.sync().syncNow();
        b.sync().syncNow();

        var open = a.sync().conflicts();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).column()).isEqualTo("title");
        assertThat(open.get(0).values()).extracting(ConflictView.Competing::value)
                .containsExactlyInAnyOrder("\"DEMO title by A\"", "\"DEMO title by B\"");
        String bsValue = open.get(0).values().stream().filter(v -> v.userName().equals("sup.b")).findFirst()
                .orElseThrow().value();
        a.sync().resolve(open.get(0).id(), bsValue);
        a.sync().syncNow();
        b.sync().syncNow();

        for (Workspace ws : new Workspace[] {a, b}) {
            assertThat(ws.cases().get(id).title()).isEqualTo("DEMO title by B");
            assertThat(ws.sync().status().conflicts()).isZero();
            assertThat(ws.sync().conflicts()).isEmpty();
        }
        assertThat(hq.count("SELECT COUNT(*) FROM hq_conflict WHERE resolved_by = 'sup.a'")).isEqualTo(1);
        assertThat(titleHistory(id)).as("the value not chosen is in history").containsOnlyOnce("\"DEMO title by A\"");
        assertThat(hq.count("SELECT COUNT(*) FROM hq_audit WHERE action = 'ConflictResolved'")).isEqualTo(1);
    }
}
