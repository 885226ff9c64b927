package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.evidence.AddExhibitCommand;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.evidence.RelabelExhibitCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.Workspace;
import org.shield.application.sync.SyncReport;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.evidence.CustodyAction;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.ExhibitSource;
import org.shield.domain.evidence.ExhibitType;
import org.shield.domain.party.Pseudonyms;
import org.shield.testing.TwoLaptops;

/**
 * Two laptops working on one case while apart give numbers that never meet (ADR 0019): the exhibits each adds and
 * the pseudonyms each gives. Before, both gave EX-0002 and V-2026-0001, and each laptop held the other's record back
 * in its inbox, out of sight, with the custody steps that hang on it.
 */
class NumbersAcrossLaptopsIT {
    private static final String UNIT = "TST";
    @TempDir
    Path tmp;
    private TwoLaptops two;
    private Workspace a;
    private Workspace b;
    private UUID caseId;

    @BeforeEach
    void aCaseOpenedOnTheFirstLaptopAndKnownToTheSecond() throws Exception {
        two = TwoLaptops.start(tmp);
        a = two.a();
        b = two.b();
        caseId = a.cases().create(new CreateCaseCommand("DEMO case worked on two laptops", null, Set.of(), UNIT, null,
                null, "DEMO summary", null, Set.of("demo"))).id();
        exhibit(a, "DEMO exhibit added before the first sync");
        a.sync().syncNow();
        b.sync().syncNow();
    }

    @AfterEach
    void stop() {
        two.close();
    }

    private ExhibitDetails exhibit(Workspace ws, String description) throws Exception {
        Path file = Files.createTempFile(tmp, "demo-exhibit", ".txt");
        Files.writeString(file, description + " (synthetic content " + UUID.randomUUID() + ")");
        return ws.evidence().add(AddExhibitCommand.digital(caseId, file, description, "DEMO officer", "DEMO source"),
                ProgressListener.NONE, new CancellationToken());
    }

    private PartySummary victim(Workspace ws, String name) throws Exception {
        UUID person = ws.persons().save(SavePersonCommand.newPerson(null, name)).id();
        return ws.cases().addParty(new AddPartyCommand(caseId, person, PartyRole.Victim, null, null));
    }

    @Test
    void exhibitsAndPseudonymsMadeOnTwoLaptopsApartAllArriveOnBoth() throws Exception {
        ExhibitDetails onA = exhibit(a, "DEMO exhibit added on laptop a");
        ExhibitDetails onB = exhibit(b, "DEMO exhibit added on laptop b");
        PartySummary victimOnA = victim(a, "Demo-Apart Victimone");
        PartySummary victimOnB = victim(b, "Demo-Apart Victimtwo");

        assertThat(onA.exhibitNumber()).as("the laptop that opened the case numbers as before").isEqualTo("EX-0002");
        assertThat(onB.exhibitNumber()).as("another laptop within its own tag").matches("EX-[A-Z0-9]{4}-0001");
        assertThat(victimOnA.pseudonym()).isNotEqualTo(victimOnB.pseudonym());
        assertThat(List.of(victimOnA.pseudonym(), victimOnB.pseudonym()))
                .allSatisfy(p -> assertThat(Pseudonyms.looksLikeOne(p)).as(p).isTrue());

        a.sync().syncNow();
        SyncReport onBAfter = b.sync().syncNow();
        SyncReport onAAfter = a.sync().syncNow();

        assertThat(onAAfter.keptBack()).as("nothing held back on a").isZero();
        assertThat(onBAfter.keptBack()).as("nothing held back on b").isZero();
        for (Workspace ws : List.of(a, b)) {
            assertThat(ws.evidence().list(caseId)).extracting(ExhibitDetails::exhibitNumber)
                    .containsExactlyInAnyOrder("EX-0001", "EX-0002", onB.exhibitNumber());
            assertThat(ws.cases().parties(caseId)).extracting(PartySummary::pseudonym)
                    .contains(victimOnA.pseudonym(), victimOnB.pseudonym());
        }
    }

    private ExhibitDetails labelled(Workspace ws, String number, String description) throws Exception {
        return ws.evidence().add(new AddExhibitCommand(caseId, ExhibitType.Physical, number, description,
                ExhibitSource.NONE, null, ExhibitFlags.NONE, null, null, null, null, null, false), ProgressListener.NONE,
                new CancellationToken());
    }

    @Test
    void aNumberChosenByHandOnTwoLaptopsIsHeldBackUntilOneExhibitIsRelabelled() throws Exception {
        ExhibitDetails onA = labelled(a, "SEAL-42", "DEMO bag sealed on laptop a");
        ExhibitDetails onB = labelled(b, "SEAL-42", "DEMO bag sealed on laptop b");
        a.sync().syncNow();
        b.sync().syncNow();
        a.sync().syncNow();
        for (Workspace ws : List.of(a, b)) {
            assertThat(ws.sync().heldBack(10)).as("each holds the other's exhibit back")
                    .anySatisfy(h -> {
                        assertThat(h.table()).isEqualTo("exhibit");
                        assertThat(h.reason()).isEqualTo("duplicate");
                    });
        }

        b.evidence().relabel(new RelabelExhibitCommand(onB.id(), "SEAL-42B", "DEMO evidence room",
                "DEMO SEAL-42 was also given on laptop a"));
        SyncReport onBAfter = b.sync().syncNow();
        SyncReport onAAfter = a.sync().syncNow();

        assertThat(onBAfter.keptBack()).as("a's exhibit fits on b once b's is relabelled").isZero();
        assertThat(onAAfter.keptBack()).as("b's exhibit, relabelled, and its custody steps fit on a").isZero();
        for (Workspace ws : List.of(a, b)) {
            assertThat(ws.sync().heldBack(10)).isEmpty();
            assertThat(ws.evidence().list(caseId)).extracting(ExhibitDetails::exhibitNumber)
                    .contains("SEAL-42", "SEAL-42B");
            assertThat(ws.evidence().get(onA.id()).exhibitNumber()).isEqualTo("SEAL-42");
            assertThat(ws.evidence().get(onB.id()).exhibitNumber()).isEqualTo("SEAL-42B");
            assertThat(ws.evidence().custody(onB.id())).last().satisfies(s -> {
                assertThat(s.action()).isEqualTo(CustodyAction.Relabelled);
                assertThat(s.numberBefore()).isEqualTo("SEAL-42");
                assertThat(s.numberAfter()).isEqualTo("SEAL-42B");
            });
            assertThat(ws.evidence().verify(caseId, ProgressListener.NONE, new CancellationToken()).failures())
                    .as("the relabelled exhibit verifies on both laptops").isEmpty();
        }
    }

    @Test
    void aRelabelOnOneLaptopReachesTheOtherThatHeldTheExhibitAndItStillVerifiesThere() throws Exception {
        ExhibitDetails first = a.evidence().list(caseId).get(0);
        b.evidence().relabel(new RelabelExhibitCommand(first.id(), "DEMO-LABEL-2", null,
                "DEMO the label of the first exhibit was torn and replaced"));
        b.sync().syncNow();
        SyncReport onA = a.sync().syncNow();

        assertThat(onA.keptBack()).isZero();
        assertThat(a.evidence().get(first.id()).exhibitNumber()).isEqualTo("DEMO-LABEL-2");
        assertThat(a.evidence().verify(caseId, ProgressListener.NONE, new CancellationToken()).failures())
                .as("the exhibit came in with its old number; the relabel step accounts for the new one").isEmpty();
    }
}
