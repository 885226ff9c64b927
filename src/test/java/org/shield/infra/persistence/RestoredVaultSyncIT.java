package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CaseNumbers;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.security.Role;
import org.shield.testing.HqInProcess;
import org.shield.testing.TestVaults;

/**
 * A laptop restored from a copy of its vault (issue 7): it presents an older sync epoch and reuses change numbers HQ
 * holds under other ids. HQ refuses to trust it; it starts over once — numbers its unsent changes after what HQ
 * holds and pulls in full — and gets back what it had sent after the copy was taken. Nothing lost, nothing twice.
 */
class RestoredVaultSyncIT {
    private static final String UNIT = "TST";
    @TempDir
    Path tmp;
    private HqInProcess hq;

    @BeforeEach
    void start() throws Exception {
        hq = new HqInProcess();
    }

    @AfterEach
    void stop() {
        hq.close();
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        TestVaults.copyByHand(from, to);
    }

    private static UUID newCase(Workspace ws, String title) throws Exception {
        return ws.cases().create(new CreateCaseCommand(title, null, Set.of(), UNIT, null, null, null, null,
                Set.of())).id();
    }

    private static Workspace open(Path vault) throws Exception {
        return TestVaults.vaults().unlock(vault, "sup.a", TestVaults.PASSPHRASE.toCharArray());
    }

    /** Sup.a's vault, synced with a first case, copied, then synced with a second; finally restored from the copy. */
    private UUID[] restoredAfterTwoSyncs(Path vault) throws Exception {
        Path backup = tmp.resolve("backup");
        UUID first;
        UUID second;
        try (Workspace ws = hq.laptop(vault, "sup.a", Role.Supervisor, UNIT)) {
            first = newCase(ws, "DEMO case before the copy");
            ws.sync().syncNow();
        }
        copy(vault, backup);
        try (Workspace ws = open(vault)) {
            second = newCase(ws, "DEMO case after the copy");
            ws.sync().syncNow();
        }
        copy(backup, vault);
        return new UUID[] {first, second};
    }

    private void everyChangeOnceAndOneResync() throws Exception {
        assertThat(hq.count("SELECT COUNT(*) FROM hq_change")).as("every change stored once")
                .isEqualTo(hq.count("SELECT COUNT(DISTINCT change_id) FROM hq_change"));
        assertThat(hq.count("SELECT COUNT(*) FROM hq_audit WHERE action = 'DeviceResync'")).isEqualTo(1);
        assertThat(hq.count("SELECT COUNT(*) FROM hq_conflict")).isZero();
    }

    @Test
    void aVaultRestoredFromAnOlderCopyStartsOverGetsItsLaterWorkBackAndNumbersOnFromThere() throws Exception {
        Path vault = tmp.resolve("vault");
        UUID[] cases = restoredAfterTwoSyncs(vault);

        try (Workspace ws = open(vault)) {
            assertThat(ws.cases().count()).as("the restored vault lacks the later case").isEqualTo(1);

            var report = ws.sync().syncNow();

            assertThat(report.keptBack()).isZero();
            assertThat(ws.cases().get(cases[1]).title()).as("its own later work came back from HQ")
                    .isEqualTo("DEMO case after the copy");
            UUID third = newCase(ws, "DEMO case after the restore");
            assertThat(ws.cases().get(third).caseNumber()).as("a number it had not issued before")
                    .isNotIn(ws.cases().get(cases[0]).caseNumber(), ws.cases().get(cases[1]).caseNumber());
            assertThat(CaseNumbers.deviceTagOf(ws.cases().get(third).caseNumber()))
                    .as("told it is a copy, it numbers under a new tag from then on (ADR 0002)")
                    .isNotEqualTo(CaseNumbers.deviceTagOf(ws.cases().get(cases[0]).caseNumber()));
            assertThat(ws.sync().syncNow().pushed()).isPositive();
            assertThat(ws.cases().count()).isEqualTo(3);
        }
        assertThat(hq.count("SELECT COUNT(*) FROM hq_record WHERE table_name = 'case_file'")).isEqualTo(3);
        everyChangeOnceAndOneResync();
    }

    @Test
    void workDoneOnTheRestoredVaultBeforeItsFirstSyncIsKeptAndItsNumberGivenTwiceYieldsToTheOneHqHolds()
            throws Exception {
        Path vault = tmp.resolve("vault");
        UUID[] cases = restoredAfterTwoSyncs(vault);

        try (Workspace ws = open(vault)) {
            UUID third = newCase(ws, "DEMO case after the restore");
            String given = ws.cases().get(third).caseNumber();

            var report = ws.sync().syncNow();

            assertThat(report.pending()).as("its own new case reached HQ").isZero();
            assertThat(ws.cases().get(third).title()).isEqualTo("DEMO case after the restore");
            assertThat(ws.cases().get(cases[1]).caseNumber()).as("the case HQ held first keeps the number")
                    .isEqualTo(given);
            assertThat(report.keptBack()).as("nothing held back: the unsent case took a new number (ADR 0002)")
                    .isZero();
            assertThat(report.renumbered()).singleElement().satisfies(n -> {
                assertThat(n.id()).isEqualTo(third);
                assertThat(n.was()).isEqualTo(given);
                assertThat(n.now()).isEqualTo(ws.cases().get(third).caseNumber()).isNotEqualTo(given);
            });
        }
        assertThat(hq.count("SELECT COUNT(*) FROM hq_record WHERE table_name = 'case_file'")).isEqualTo(3);
        everyChangeOnceAndOneResync();
    }
}
