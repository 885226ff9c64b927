package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.audit.AuditQuery;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.evidence.AddExhibitCommand;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.evidence.IntegrityReport;
import org.shield.application.evidence.IntegrityResult;
import org.shield.application.evidence.RecordCustodyCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.evidence.CustodyAction;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.ExhibitSource;
import org.shield.domain.evidence.ExhibitType;
import org.shield.domain.evidence.HashCheck;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.FileVaultKeyStore;
import org.shield.testing.FaultProxy;
import org.shield.testing.HqInProcess;
import org.shield.testing.TwoLaptops;
import org.shield.testing.TestVaults;

/**
 * Evidence recorded on one laptop and received on another through HQ verifies there (ADR 0019): its audit entries
 * stay in the vault that recorded it, so the receiving vault records what arrived and checks against that. Content
 * held only at HQ is "not checked here" while offline, never a failure; an edit to a received record after it
 * arrived is caught like any other.
 */
class ReceivedEvidenceIT {
    private static final String UNIT = "TST";
    @TempDir
    Path tmp;
    private TwoLaptops two;
    private HqInProcess hq;
    private FaultProxy proxy;
    private Workspace a;
    private Workspace b;
    private UUID caseId;
    private ExhibitDetails digital;
    private ExhibitDetails physical;

    @BeforeEach
    void twoLaptopsAndAnExhibitWithCustodyStepsRecordedOnTheFirst() throws Exception {
        two = TwoLaptops.throughProxy(tmp);
        hq = two.hq();
        proxy = two.proxy();
        a = two.a();
        b = two.b();
        caseId = a.cases().create(new CreateCaseCommand("DEMO received evidence case", null, Set.of(), UNIT, null,
                null, "DEMO summary", null, Set.of("demo"))).id();
        Path file = tmp.resolve("demo-exhibit.txt");
        Files.writeString(file, "DEMO content recorded on laptop a (synthetic)");
        digital = a.evidence().add(AddExhibitCommand.digital(caseId, file, "DEMO digital exhibit", "DEMO officer",
                "DEMO source"), ProgressListener.NONE, new CancellationToken());
        physical = a.evidence().add(new AddExhibitCommand(caseId, ExhibitType.Physical, null,
                "DEMO physical exhibit (a sealed bag)", ExhibitSource.NONE, null, ExhibitFlags.NONE, null, null, null,
                null, null, false), ProgressListener.NONE, new CancellationToken());
        for (ExhibitDetails x : List.of(digital, physical)) {
            a.evidence().recordCustody(new RecordCustodyCommand(x.id(), CustodyAction.Sealed, null, null,
                    "DEMO room", "DEMO sealing", "DEMO shelf", false), ProgressListener.NONE, new CancellationToken());
        }
        a.sync().syncNow();
        b.sync().syncNow();
    }

    @AfterEach
    void stop() {
        if (b != null) {
            b.close(); // laptop b, perhaps opened again by the test
        }
        two.close();
    }

    private IntegrityReport verifyOnB() throws Exception {
        return b.evidence().verify(caseId, ProgressListener.NONE, new CancellationToken());
    }

    @Test
    void exhibitsAndCustodyStepsFromAnotherLaptopVerifyIntactWhereTheyArrived() throws Exception {
        IntegrityReport report = verifyOnB();

        assertThat(report.results()).extracting(IntegrityResult::exhibitId)
                .containsExactlyInAnyOrder(digital.id(), physical.id());
        assertThat(report.failures()).isEmpty();
        assertThat(report.allIntact()).as("content fetched from HQ and checked, chains checked").isTrue();
        assertThat(report.results()).extracting(IntegrityResult::content)
                .containsExactlyInAnyOrder(HashCheck.Match, HashCheck.NotChecked);
        assertThat(b.evidence().mismatches()).isEmpty();
        assertThat(receivedEntries(b)).as("one per exhibit and per step that arrived (two each: collected, sealed)")
                .isEqualTo(6);
    }

    @Test
    void contentOnlyAtHqIsNotCheckedHereWhileOfflineAndTheRestOfTheRunGoesOn() throws Exception {
        proxy.plan(n -> FaultProxy.Fault.DROP_BEFORE);

        IntegrityReport offline = verifyOnB();

        assertThat(offline.failures()).as("nothing is wrong, only unchecked").isEmpty();
        assertThat(offline.allIntact()).isFalse();
        assertThat(offline.notCheckedHere()).singleElement().satisfies(r -> {
            assertThat(r.exhibitId()).isEqualTo(digital.id());
            assertThat(r.content()).isEqualTo(HashCheck.AtHq);
            assertThat(r.custodyIntact()).as("the chain is checked all the same").isTrue();
            assertThat(r.expectedSha256()).isEqualTo(digital.sha256());
        });
        assertThat(offline.results()).filteredOn(r -> r.exhibitId().equals(physical.id())).singleElement()
                .satisfies(r -> assertThat(r.intact()).as("a physical exhibit needs nothing from HQ").isTrue());
        assertThat(b.evidence().mismatches()).as("not flagged").isEmpty();

        proxy.plan(n -> FaultProxy.Fault.NONE);
        assertThat(verifyOnB().allIntact()).isTrue();
    }

    @Test
    void custodyStepsRecordedOnBothLaptopsApartStandSideBySideAndVerifyOnBoth() throws Exception {
        for (Workspace ws : List.of(a, b)) {
            ws.evidence().recordCustody(new RecordCustodyCommand(physical.id(), CustodyAction.Analysed, null, null,
                    "DEMO lab", "DEMO look while apart", null, false), ProgressListener.NONE, new CancellationToken());
        }

        assertThat(a.sync().syncNow().keptBack()).isZero();
        assertThat(b.sync().syncNow().keptBack()).as("a's step is not held back as a duplicate").isZero();
        assertThat(a.sync().syncNow().keptBack()).isZero();

        for (Workspace ws : List.of(a, b)) {
            assertThat(ws.evidence().custody(physical.id())).extracting(s -> s.sequence() + " " + s.recordedBy())
                    .containsExactlyInAnyOrder("1 sup.a", "2 sup.a", "3 sup.a", "3 sup.b");
            IntegrityReport report = ws.evidence().verify(caseId, ProgressListener.NONE, new CancellationToken());
            assertThat(report.failures()).as("both steps follow the same step: a chain with two steps side by side")
                    .isEmpty();
        }
        b.evidence().recordCustody(new RecordCustodyCommand(physical.id(), CustodyAction.Analysed, null, null,
                "DEMO lab", "DEMO look after both", null, false), ProgressListener.NONE, new CancellationToken());
        assertThat(b.evidence().custody(physical.id())).last().satisfies(s -> assertThat(s.sequence()).isEqualTo(4));
        assertThat(b.evidence().verify(caseId, ProgressListener.NONE, new CancellationToken()).failures()).isEmpty();
    }

    @Test
    void aReceivedCustodyStepEditedAfterItArrivedIsCaught() throws Exception {
        Path vaultB = tmp.resolve("laptop-b");
        b.close();
        b = null;
        sql(vaultB, "sup.b", "update custody_event set place = 'DEMO elsewhere' where exhibit_id = ? and seq = 2",
                physical.id());
        b = TestVaults.vaults().unlock(vaultB, "sup.b", TestVaults.PASSPHRASE.toCharArray());

        IntegrityReport report = verifyOnB();

        assertThat(report.failures()).extracting(IntegrityResult::exhibitId).containsExactly(physical.id());
        assertThat(report.failures().get(0).custodyProblem()).isEqualTo("integrity.custody.differs");
    }

    @Test
    void aReceivedExhibitWhoseHashWasChangedAfterItArrivedIsCaught() throws Exception {
        Path vaultB = tmp.resolve("laptop-b");
        b.close();
        b = null;
        sql(vaultB, "sup.b", "update exhibit set sha256 = ? where id = ?", "0".repeat(64), digital.id());
        b = TestVaults.vaults().unlock(vaultB, "sup.b", TestVaults.PASSPHRASE.toCharArray());

        IntegrityReport report = verifyOnB();

        assertThat(report.failures()).extracting(IntegrityResult::exhibitId).containsExactly(digital.id());
        assertThat(report.failures().get(0).custodyProblem()).isEqualTo("integrity.record.differs");
    }

    private static long receivedEntries(Workspace ws) throws Exception {
        return ws.audit().page(new AuditQuery(null, null, AuditAction.Received, null, null), 0, 100).total();
    }

    private static void sql(Path vault, String user, String statement, Object... args) throws Exception {
        var key = new FileVaultKeyStore(Argon2Params.FAST, Clock.systemUTC()).unwrap(vault, user,
                TestVaults.PASSPHRASE.toCharArray());
        try (VaultDatabase db = VaultDatabase.open(vault, key, true);
             Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            if (ps.executeUpdate() < 1) {
                throw new IllegalStateException("nothing changed");
            }
        }
    }
}
