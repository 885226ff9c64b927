package org.shield.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shield.domain.common.DomainRuleViolation;

class CaseFileTest {
    private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

    private static CaseFile caseFile() {
        return new CaseFile("TST-2026-ABCD-00001", "DEMO case", "TST", LocalDate.of(2026, 1, 10), "tester", NOW);
    }

    @Test
    void newCaseIsActiveAndConfidentialWithAUuidV7() {
        CaseFile c = caseFile();
        assertThat(c.getStatus()).isEqualTo(CaseStatus.Active);
        assertThat(c.getSensitivity()).isEqualTo(Sensitivity.Confidential);
        assertThat(c.getId().version()).isEqualTo(7);
    }

    @Test
    void closedReferredNeedsAReason() {
        CaseFile c = caseFile();
        assertThatThrownBy(() -> c.changeStatus(CaseStatus.ClosedReferred, " ", LocalDate.of(2026, 2, 1)))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("case.closureReason.required");
        c.changeStatus(CaseStatus.ClosedReferred, "Referred to the DEMO partner unit", LocalDate.of(2026, 2, 1));
        assertThat(c.getClosedOn()).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void reopeningClearsTheClosure() {
        CaseFile c = caseFile();
        c.changeStatus(CaseStatus.Closed, null, LocalDate.of(2026, 2, 1));
        c.changeStatus(CaseStatus.FollowUp, null, null);
        assertThat(c.getClosedOn()).isNull();
        assertThat(c.getClosureReason()).isNull();
    }

    @Test
    void movingBothDatesOfAClosedCaseIsJudgedOnTheFinalDates() {
        CaseFile c = caseFile();
        c.changeStatus(CaseStatus.Closed, null, LocalDate.of(2026, 2, 1));
        c.reschedule(LocalDate.of(2026, 3, 1), CaseStatus.Closed, null, LocalDate.of(2026, 4, 1));
        assertThat(c.getOpenedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(c.getClosedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        c.reschedule(LocalDate.of(2026, 5, 1), CaseStatus.Active, null, null);
        assertThat(c.getClosedOn()).isNull();
        assertThatThrownBy(() -> c.reschedule(LocalDate.of(2026, 6, 1), CaseStatus.Closed, null,
                LocalDate.of(2026, 5, 15))).hasMessage("case.closedOn.beforeOpened");
        assertThat(c.getOpenedOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(c.getStatus()).isEqualTo(CaseStatus.Active);
    }

    @Test
    void cannotCloseBeforeOpening() {
        assertThatThrownBy(() -> caseFile().changeStatus(CaseStatus.Closed, null, LocalDate.of(2025, 12, 31)))
                .hasMessage("case.closedOn.beforeOpened");
    }

    @Test
    void deletionKeepsATombstoneWithReason() {
        CaseFile c = caseFile();
        assertThatThrownBy(() -> c.markDeleted("tester", NOW, "")).hasMessage("record.deleteReasonRequired");
        c.markDeleted("tester", NOW, "Opened twice by mistake");
        assertThat(c.isDeleted()).isTrue();
        assertThat(c.getDeletionReason()).isEqualTo("Opened twice by mistake");
        assertThatThrownBy(() -> c.rename("x")).hasMessage("record.deleted");
    }

    @Test
    void notesAreAppendOnly() {
        CaseNote n = new CaseNote(UUID.randomUUID(), "DEMO note", null, "tester", NOW);
        assertThatThrownBy(() -> n.touch("tester", NOW)).hasMessage("note.appendOnly");
    }

    @Test
    void roleInProcessOnlyForSuspects() {
        assertThatThrownBy(() -> new CaseParty(UUID.randomUUID(), UUID.randomUUID(), PartyRole.Victim,
                RoleInProcess.Transporter, null, "tester", NOW)).hasMessage("party.roleInProcess.suspectOnly");
    }

    @Test
    void eventCoordinatesComeInPairsWithinRange() {
        TraffickingEvent e = new TraffickingEvent(UUID.randomUUID(), TraffickingEventType.Transit, "tester", NOW);
        assertThatThrownBy(() -> e.locate(null, null, "TH", 16.0, null)).hasMessage("event.coordinates.bothOrNone");
        assertThatThrownBy(() -> e.locate(null, null, "TH", 91.0, 1.0)).hasMessage("event.coordinates.range");
    }
}
