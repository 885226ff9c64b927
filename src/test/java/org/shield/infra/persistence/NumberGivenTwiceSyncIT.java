package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.audit.AuditQuery;
import org.shield.application.casefile.CaseNumbers;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.security.Workspace;
import org.shield.application.sync.Renumbered;
import org.shield.application.sync.SyncReport;
import org.shield.application.sync.SyncService;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.security.Role;
import org.shield.testing.HqInProcess;
import org.shield.testing.TestVaults;

/**
 * A vault copied by hand while enrolled, and its original, each open a case before either meets HQ again: both give
 * the same case number (ADR 0002, "A number given twice"). Whichever syncs second finds the other's case while its own
 * is still unsent, and its own takes a new number, in either order: every laptop ends with both cases, two numbers,
 * nothing held back. Before this change the second case reached HQ too, and every other laptop held one back for good.
 */
class NumberGivenTwiceSyncIT {
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

    private static UUID newCase(Workspace ws, String title) throws Exception {
        return ws.cases().create(new CreateCaseCommand(title, null, Set.of(), UNIT, null, null, null, null,
                Set.of())).id();
    }

    private static Workspace open(Path vault) throws Exception {
        return TestVaults.vaults().unlock(vault, "sup.a", TestVaults.PASSPHRASE.toCharArray());
    }

    /** The original (synced once, with one case) and a copy of it; both then open a case offline. */
    private UUID[] copiedThenBothOpenACase(Path original, Path copy) throws Exception {
        UUID before;
        try (Workspace ws = hq.laptop(original, "sup.a", Role.Supervisor, UNIT)) {
            before = newCase(ws, "DEMO case before the copy");
            ws.sync().syncNow();
        }
        TestVaults.copyByHand(original, copy);
        UUID mine;
        UUID theirs;
        String number;
        try (Workspace ws = open(original)) {
            mine = newCase(ws, "DEMO case of the original");
            number = ws.cases().get(mine).caseNumber();
        }
        try (Workspace ws = open(copy)) {
            theirs = newCase(ws, "DEMO case of the copy");
            assertThat(ws.cases().get(theirs).caseNumber()).as("the copy gives the original's next number")
                    .isEqualTo(number);
        }
        return new UUID[] {before, mine, theirs};
    }

    private static void yielded(SyncReport report, Workspace ws, UUID id, String was) throws Exception {
        assertThat(report.keptBack()).as("nothing held back").isZero();
        assertThat(report.renumbered()).extracting(Renumbered::id, Renumbered::was).containsExactly(
                org.assertj.core.groups.Tuple.tuple(id, was));
        String now = ws.cases().get(id).caseNumber();
        assertThat(report.renumbered().get(0).now()).isEqualTo(now);
        assertThat(CaseNumbers.deviceTagOf(now)).as("under a tag no other vault gives")
                .isNotEqualTo(CaseNumbers.deviceTagOf(was));
        assertThat(ws.audit().page(new AuditQuery(null, id, AuditAction.Update, null, null), 0, 10).total())
                .as("the new number is in the trail").isEqualTo(1);
        assertThat(ws.sync().log(20)).anySatisfy(e -> {
            assertThat(e.outcome()).isEqualTo(SyncService.RENUMBERED);
            assertThat(e.message().key()).isEqualTo("sync.renumbered.case");
            assertThat(e.message().args()).containsExactly(was, now);
        });
    }

    /** Every laptop of the unit ends with the same cases under distinct numbers, and nothing held back. */
    private void everyLaptopHoldsAllDistinct(Path... vaults) throws Exception {
        Path third = tmp.resolve("third");
        Set<String> expected = null;
        try (Workspace ws = hq.laptop(third, "sup.b", Role.Supervisor, UNIT)) {
            SyncReport r = ws.sync().syncNow();
            assertThat(r.keptBack()).as("another laptop holds nothing back").isZero();
            expected = numbers(ws);
        }
        assertThat(expected).hasSize(3);
        for (Path v : vaults) {
            try (Workspace ws = open(v)) {
                SyncReport r = ws.sync().syncNow();
                assertThat(r.keptBack()).isZero();
                assertThat(r.renumbered()).as("a number changes once").isEmpty();
                assertThat(numbers(ws)).isEqualTo(expected);
            }
        }
        assertThat(hq.count("SELECT COUNT(*) FROM hq_record WHERE table_name = 'case_file'")).isEqualTo(3);
        assertThat(hq.count("SELECT COUNT(*) FROM hq_change")).as("every change stored once")
                .isEqualTo(hq.count("SELECT COUNT(DISTINCT change_id) FROM hq_change"));
        assertThat(hq.count("SELECT COUNT(*) FROM hq_conflict")).isZero();
    }

    private static Set<String> numbers(Workspace ws) throws Exception {
        List<String> all = ws.cases().list(org.shield.application.casefile.CaseQuery.all()).stream()
                .map(c -> c.caseNumber()).toList();
        Set<String> out = new HashSet<>(all);
        assertThat(out).as("distinct numbers").hasSameSizeAs(all);
        return out;
    }

    @Test
    void theOriginalSyncsFirstThenTheCopysCaseTakesANewNumber() throws Exception {
        Path original = tmp.resolve("original");
        Path copy = tmp.resolve("copy");
        UUID[] cases = copiedThenBothOpenACase(original, copy);
        String number;
        try (Workspace ws = open(original)) {
            number = ws.cases().get(cases[1]).caseNumber();
            SyncReport r = ws.sync().syncNow();
            assertThat(r.renumbered()).isEmpty();
        }
        try (Workspace ws = open(copy)) {
            SyncReport r = ws.sync().syncNow(); // told it is a copy: starts over, pulls first
            yielded(r, ws, cases[2], number);
            assertThat(ws.cases().get(cases[1]).caseNumber()).as("the original's case keeps its number")
                    .isEqualTo(number);
        }
        everyLaptopHoldsAllDistinct(original, copy);
    }

    @Test
    void theCopySyncsFirstThenTheOriginalsCaseTakesANewNumber() throws Exception {
        Path original = tmp.resolve("original");
        Path copy = tmp.resolve("copy");
        UUID[] cases = copiedThenBothOpenACase(original, copy);
        String number;
        try (Workspace ws = open(copy)) {
            number = ws.cases().get(cases[2]).caseNumber();
            SyncReport r = ws.sync().syncNow(); // HQ has seen no later state: this one goes on as the device
            assertThat(r.renumbered()).isEmpty();
        }
        try (Workspace ws = open(original)) {
            SyncReport r = ws.sync().syncNow(); // now the one HQ finds behind: starts over, pulls first
            yielded(r, ws, cases[1], number);
            assertThat(ws.cases().get(cases[2]).caseNumber()).as("the copy's case keeps its number")
                    .isEqualTo(number);
        }
        everyLaptopHoldsAllDistinct(original, copy);
    }

    /** A victim made on each side of the copy of a case both hold: two persons, one pseudonym, until a sync. */
    private UUID caseId;

    private static UUID victim(Workspace ws, UUID caseId, String name) throws Exception {
        UUID person = ws.persons().save(org.shield.application.party.SavePersonCommand.newPerson(null, name)).id();
        ws.cases().addParty(new org.shield.application.casefile.AddPartyCommand(caseId, person,
                org.shield.domain.casefile.PartyRole.Victim, null, null));
        return person;
    }

    private String pseudonym(Workspace ws, UUID person) throws Exception {
        return ws.cases().parties(caseId).stream().filter(p -> p.personId().equals(person)).findFirst()
                .orElseThrow().pseudonym();
    }

    @Test
    void aPseudonymGivenTwiceYieldsTheSameWayAndTheProtectedPersonKeepsTheirNewOne() throws Exception {
        Path original = tmp.resolve("original");
        Path copy = tmp.resolve("copy");
        try (Workspace ws = hq.laptop(original, "sup.a", Role.Supervisor, UNIT)) {
            caseId = newCase(ws, "DEMO case before the copy");
            ws.sync().syncNow();
        }
        TestVaults.copyByHand(original, copy);
        UUID first;
        UUID second;
        String given;
        try (Workspace ws = open(original)) {
            first = victim(ws, caseId, "Demo-Yield Victim One");
            given = pseudonym(ws, first);
            assertThat(ws.sync().syncNow().renumbered()).isEmpty();
        }
        try (Workspace ws = open(copy)) {
            second = victim(ws, caseId, "Demo-Yield Victim Two");
            assertThat(pseudonym(ws, second)).as("the copy gives the original's next pseudonym").isEqualTo(given);

            SyncReport r = ws.sync().syncNow();

            assertThat(r.keptBack()).isZero();
            assertThat(r.renumbered()).singleElement().satisfies(n -> {
                assertThat(n.table()).isEqualTo("person");
                assertThat(n.id()).isEqualTo(second);
                assertThat(n.was()).isEqualTo(given);
            });
            String now = pseudonym(ws, second);
            assertThat(now).isNotEqualTo(given).matches("V-\\d{4}-[A-Z0-9]{4}-\\d{4}");
            assertThat(pseudonym(ws, first)).isEqualTo(given);
            assertThat(ws.sync().log(20)).anySatisfy(e -> assertThat(e.message() == null ? null
                    : e.message().key()).isEqualTo("sync.renumbered.pseudonym"));
        }
        try (Workspace ws = open(original)) {
            SyncReport r = ws.sync().syncNow();
            assertThat(r.keptBack()).as("the copy's victim arrives under the new pseudonym").isZero();
            assertThat(pseudonym(ws, second)).isNotEqualTo(given);
            assertThat(pseudonym(ws, first)).isEqualTo(given);
        }
    }
}
