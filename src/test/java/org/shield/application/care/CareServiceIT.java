package org.shield.application.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.ValidationException;
import org.shield.application.party.SaveOrganisationCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.care.ConsentForm;
import org.shield.domain.care.ConsentPurpose;
import org.shield.domain.care.DepartureReason;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.party.OrganisationType;
import org.shield.domain.security.Role;
import org.shield.testing.SessionSwitch;
import org.shield.testing.TestVaults;

/** Shelter stays and the reflection period through the services of a real vault. */
class CareServiceIT {
    private static final char[] PASS = "synthetic care passphrase 8".toCharArray();

    @TempDir
    static Path dir;
    static SessionSwitch sessions;
    static UUID caseId;
    static UUID victim;
    static UUID shelterA;
    static UUID shelterB;

    @BeforeAll
    static void setUp() throws Exception {
        Path vault = dir.resolve("v");
        try (Workspace admin = TestVaults.create(vault)) {
            admin.users().add("ca-cw", "TST", Set.of(Role.Caseworker), PASS, false);
            admin.users().add("ca-cw2", "TST", Set.of(Role.Caseworker), PASS, false);
            admin.users().add("ca-inv", "TST", Set.of(Role.Investigator), PASS, false);
            admin.users().add("ca-sup", "TST", Set.of(Role.Supervisor), PASS, false);
            caseId = admin.cases().create(new CreateCaseCommand("DEMO care case", null, Set.of(), "TST", "ca-inv",
                    null, null, null, Set.of())).id();
            victim = admin.persons().save(SavePersonCommand.newPerson(null, "Demo-Care Victim")).id();
            var party = admin.cases().addParty(new AddPartyCommand(caseId, victim, PartyRole.Victim, null, null));
            admin.cases().referParty(party.partyId(), "ca-cw");
            shelterA = admin.organisations().save(new SaveOrganisationCommand(null, 0, "DEMO Shelter A",
                    OrganisationType.NGO, "DEMO town", "TH")).id();
            shelterB = admin.organisations().save(new SaveOrganisationCommand(null, 0, "DEMO Shelter B",
                    OrganisationType.NGO, "DEMO city", "TH")).id();
        }
        sessions = new SessionSwitch(TestVaults.vaults(), vault, PASS);
    }

    @AfterAll
    static void close() {
        sessions.close();
    }

    @Test
    void admissionStartsTheReflectionPeriodAndATransferKeepsIt() throws Exception {
        CareService cw = sessions.as("ca-cw").care();
        LocalDate today = LocalDate.now(ZoneOffset.UTC); // the test vault's clock is UTC
        StayDetails first = cw.admit(caseId, victim, shelterA, today.minusDays(10), "DEMO room 3");
        assertThat(first.shelterName()).isEqualTo("DEMO Shelter A");
        assertThatThrownBy(() -> cw.admit(caseId, victim, shelterB, today, null))
                .isInstanceOf(ValidationException.class);
        StayDetails second = cw.transfer(first.id(), first.version(), shelterB, today.minusDays(2), "DEMO bed 1");
        assertThat(second.transferredFrom()).isEqualTo(first.id());
        assertThat(cw.stays(caseId, victim)).extracting(StayDetails::departureReason)
                .containsExactly(DepartureReason.TransferredToAnotherShelter, null);
        ReflectionStatus r = cw.reflection(caseId, victim).orElseThrow();
        assertThat(r.start()).as("from the first admission, not the transfer").isEqualTo(today.minusDays(10));
        assertThat(r.days()).isEqualTo(15);
        assertThat(r.daysLeft()).isEqualTo(5);
        assertThat(r.remind()).isFalse();

        sessions.as("ca-sup").care().setReflectionDays(12);
        ReflectionStatus shorter = sessions.as("ca-cw").care().reflection(caseId, victim).orElseThrow();
        assertThat(shorter.daysLeft()).isEqualTo(2);
        assertThat(shorter.remind()).isTrue();
        sessions.as("ca-sup").care().setReflectionDays(15);
        assertThat(sessions.as("ca-sup").audit().history(caseId)).as("stays are part of the case's history")
                .anySatisfy(h -> assertThat(h.recordType()).isEqualTo("ShelterStay"));
        assertThat(sessions.as("ca-sup").audit().history(second.id())).isNotEmpty();
    }

    @Test
    void shelterCareIsForTheCaseworkerOfTheVictimAndTheUnitsSupervisors() throws Exception {
        assertThatThrownBy(() -> sessions.as("ca-cw2").care().stays(caseId, victim))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.as("ca-inv").care().stays(caseId, victim))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sessions.as("ca-sup").care().stays(caseId, victim)).isNotNull();
    }

    @Test
    void aWithdrawnConsentStopsTheSharingItCoveredAndStaysOnRecord() throws Exception {
        CareService cw = sessions.as("ca-cw").care();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(cw.sharingAllowed(caseId, victim, shelterB)).isFalse();
        ConsentDetails sharing = cw.recordConsent(caseId, victim, ConsentPurpose.SharingWithPartner, shelterB,
                today.minusDays(3), ConsentForm.VerbalWithWitness, "DEMO witness, shelter staff");
        cw.recordConsent(caseId, victim, ConsentPurpose.CaseManagement, null, today.minusDays(3), ConsentForm.Signed,
                null);
        assertThat(cw.sharingAllowed(caseId, victim, shelterB)).isTrue();
        assertThat(cw.sharingAllowed(caseId, victim, shelterA)).as("only the partner named").isFalse();
        assertThatThrownBy(() -> cw.recordConsent(caseId, victim, ConsentPurpose.AnonymousStatistics, null, today,
                ConsentForm.GuardianForMinor, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> cw.recordConsent(caseId, victim, ConsentPurpose.SharingWithPartner, null, today,
                ConsentForm.Signed, null)).isInstanceOf(ValidationException.class);

        ConsentDetails withdrawn = cw.withdrawConsent(sharing.id(), sharing.version(), today, "DEMO changed her mind");
        assertThat(withdrawn.active()).isFalse();
        assertThat(cw.sharingAllowed(caseId, victim, shelterB)).isFalse();
        assertThat(cw.consents(caseId, victim)).extracting(ConsentDetails::purpose)
                .contains(ConsentPurpose.SharingWithPartner, ConsentPurpose.CaseManagement);
        assertThatThrownBy(() -> cw.withdrawConsent(sharing.id(), withdrawn.version(), today, null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void eachCaseworkerSeesTheirOwnDueAndOverdueWorkAndTheSupervisorTheUnits() throws Exception {
        CareService cw = sessions.as("ca-cw").care();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        TaskSummary overdue = cw.addTask(caseId, victim, "DEMO call the embassy about travel documents",
                today.minusDays(1), null);
        cw.addTask(caseId, victim, "DEMO 3-month follow-up visit", today.plusDays(90), "ca-cw");
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.personLabel()).startsWith("V-");
        assertThatThrownBy(() -> cw.addTask(caseId, victim, "DEMO nobody", today, "no-such-user"))
                .isInstanceOf(ValidationException.class);
        assertThat(cw.tasks(true)).extracting(TaskSummary::id).containsExactly(overdue.id());
        assertThat(cw.tasks(false)).hasSize(2);
        assertThat(sessions.as("ca-cw2").care().tasks(false)).as("another caseworker's list").isEmpty();
        assertThat(sessions.as("ca-sup").care().tasks(true)).extracting(TaskSummary::id).contains(overdue.id());
        assertThatThrownBy(() -> sessions.as("ca-inv").care().tasks(false)).isInstanceOf(AccessDeniedException.class);
        CareService again = sessions.as("ca-cw").care();
        again.completeTask(overdue.id(), overdue.version());
        assertThat(again.tasks(true)).isEmpty();
    }
}
