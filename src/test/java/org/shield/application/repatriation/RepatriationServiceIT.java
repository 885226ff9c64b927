package org.shield.application.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.care.ConsentDetails;
import org.shield.application.care.TaskSummary;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.ValidationException;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.care.ConsentForm;
import org.shield.domain.care.ConsentPurpose;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.legal.ClaimKind;
import org.shield.domain.legal.ClaimOutcome;
import org.shield.domain.legal.HearingKind;
import org.shield.domain.legal.TestifyWillingness;
import org.shield.domain.repatriation.FollowUpSchedule;
import org.shield.domain.repatriation.RepatriationStatus;
import org.shield.domain.repatriation.ReturnPlan;
import org.shield.domain.security.Role;
import org.shield.testing.SessionSwitch;
import org.shield.testing.TestVaults;

/** Legal support and the return home through the services of a real vault. */
class RepatriationServiceIT {
    private static final char[] PASS = "synthetic return passphrase 8".toCharArray();
    // the test vault's clock is UTC; consents are dated by it, returns by Bangkok's calendar (a day ahead or same)
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @TempDir
    static Path dir;
    static SessionSwitch sessions;
    static SessionSwitch admins;
    static UUID caseId;

    @BeforeAll
    static void setUp() throws Exception {
        Path vault = dir.resolve("v");
        try (Workspace admin = TestVaults.create(vault)) {
            admin.users().add("rp-cw", "TST", Set.of(Role.Caseworker), PASS, false);
            admin.users().add("rp-inv", "TST", Set.of(Role.Investigator), PASS, false);
            admin.users().add("rp-sup", "TST", Set.of(Role.Supervisor), PASS, false);
            admin.users().add("rp-gone", "TST", Set.of(Role.Caseworker), PASS, false);
            caseId = admin.cases().create(new CreateCaseCommand("DEMO return case", null, Set.of(), "TST", "rp-inv",
                    null, null, null, Set.of())).id();
        }
        sessions = new SessionSwitch(TestVaults.vaults(), vault, PASS);
        admins = new SessionSwitch(TestVaults.vaults(), vault, TestVaults.PASSPHRASE.toCharArray());
    }

    @AfterAll
    static void close() {
        sessions.close();
        admins.close();
    }

    /** A new victim of the case, referred to the caseworker. */
    private static UUID victim(String name) throws ApplicationException {
        sessions.close(); // one open workspace on a vault at a time
        Workspace admin = admins.as(TestVaults.ADMIN);
        UUID person = admin.persons().save(SavePersonCommand.newPerson(null, name)).id();
        var party = admin.cases().addParty(new AddPartyCommand(caseId, person, PartyRole.Victim, null, null));
        admin.cases().referParty(party.partyId(), "rp-cw");
        admins.close();
        return person;
    }

    private static ConsentDetails consentToReturn(UUID person) throws ApplicationException {
        return sessions.as("rp-cw").care().recordConsent(caseId, person, ConsentPurpose.ReturnHome, null,
                TODAY.minusDays(10), ConsentForm.Signed, null);
    }

    @Test
    void aReturnIsPlannedOnlyWithConsentToReturnHome() throws Exception {
        UUID person = victim("Demo-Return NoConsent");
        RepatriationService cw = sessions.as("rp-cw").repatriation();
        assertThat(cw.consent(caseId, person).recorded()).isFalse();
        assertThatThrownBy(() -> cw.plan(caseId, person, ReturnPlan.to("MM")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).userMessage().key()).isEqualTo("return.noConsent"));
        sessions.as("rp-cw").care().recordConsent(caseId, person, ConsentPurpose.CaseManagement, null,
                TODAY.minusDays(10), ConsentForm.Signed, null);
        assertThatThrownBy(() -> cw.plan(caseId, person, ReturnPlan.to("MM")))
                .as("another purpose does not count").isInstanceOf(ValidationException.class);

        consentToReturn(person);
        RepatriationDetails planned = sessions.as("rp-cw").repatriation().plan(caseId, person, ReturnPlan.to("mm"));
        assertThat(planned.status()).isEqualTo(RepatriationStatus.Planned);
        assertThat(planned.plan().country()).isEqualTo("MM");
        assertThat(sessions.as("rp-cw").repatriation().current(caseId, person)).map(RepatriationDetails::id)
                .contains(planned.id());
        assertThatThrownBy(() -> sessions.as("rp-cw").repatriation().plan(caseId, person, ReturnPlan.to("MM")))
                .as("one open return at a time").isInstanceOf(ValidationException.class);
    }

    @Test
    void handoverSchedulesThreeFollowUpsAndThreeTasksForTheCaseworker() throws Exception {
        UUID person = victim("Demo-Return Handover");
        consentToReturn(person);
        RepatriationService cw = sessions.as("rp-cw").repatriation();
        RepatriationDetails r = cw.plan(caseId, person, ReturnPlan.to("KH"));
        ReturnPlan ready = new ReturnPlan("KH", "DEMO Poipet", org.shield.domain.repatriation.NationalityVerification
                .Verified, TODAY.minusDays(3), "DEMO embassy officer",
                org.shield.domain.repatriation.TravelDocumentType.CertificateOfIdentity, "DEMO embassy",
                TODAY.minusDays(2), TODAY.plusYears(1), "DEMO consul", TODAY.minusDays(4), "DEMO none known", null,
                "DEMO lives with her aunt", org.shield.domain.care.RiskLevel.Low, null, "DEMO receiving NGO");
        RepatriationDetails updated = cw.update(r.id(), r.version(), ready);
        assertThat(updated.status()).isEqualTo(RepatriationStatus.DocumentsReady);
        assertThatThrownBy(() -> cw.update(r.id(), r.version(), ready)).isInstanceOf(ConflictException.class);

        LocalDate day = TODAY.minusDays(1);
        RepatriationDetails done = cw.handOver(updated.id(), updated.version(), day, "DEMO border checkpoint",
                "DEMO caseworker", "DEMO NGO officer");
        assertThat(done.status()).isEqualTo(RepatriationStatus.HandedOver);
        var followUps = cw.followUps(caseId, person);
        assertThat(followUps).extracting(FollowUpDetails::months).containsExactly(3, 6, 12);
        assertThat(followUps).extracting(FollowUpDetails::dueOn).containsExactly(FollowUpSchedule.dueOn(day, 3),
                FollowUpSchedule.dueOn(day, 6), FollowUpSchedule.dueOn(day, 12));
        var tasks = sessions.as("rp-cw").care().tasksOf(caseId, person);
        assertThat(tasks).hasSize(3).allSatisfy(t -> assertThat(t.assignee()).isEqualTo("rp-cw"));
        assertThat(tasks).extracting(TaskSummary::dueOn).containsExactlyElementsOf(
                followUps.stream().map(FollowUpDetails::dueOn).toList());
        assertThat(tasks.get(0).title()).startsWith("Follow-up 3 months after return");
        assertThat(sessions.as("rp-sup").audit().history(caseId)).as("returns are part of the case's history")
                .anySatisfy(h -> assertThat(h.recordType()).isEqualTo("ReturnFollowUp"));
    }

    @Test
    void aWithdrawnConsentBlocksTheHandover() throws Exception {
        UUID person = victim("Demo-Return Withdrawn");
        ConsentDetails consent = consentToReturn(person);
        RepatriationService cw = sessions.as("rp-cw").repatriation();
        RepatriationDetails r = cw.plan(caseId, person, ReturnPlan.to("LA"));
        sessions.as("rp-cw").care().withdrawConsent(consent.id(), consent.version(), TODAY, "DEMO wants to stay");
        ReturnConsentStatus status = cw.consent(caseId, person);
        assertThat(status.recorded()).isTrue();
        assertThat(status.active()).isFalse();
        assertThat(status.withdrawnOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> cw.handOver(r.id(), r.version(), TODAY, "DEMO border", "DEMO cw", "DEMO ngo"))
                .isInstanceOf(ValidationException.class).satisfies(e -> assertThat(
                        ((ValidationException) e).userMessage().key()).isEqualTo("return.consentWithdrawn"));
        assertThat(cw.current(caseId, person).orElseThrow().status()).isEqualTo(RepatriationStatus.Planned);
        assertThat(cw.followUps(caseId, person)).isEmpty();
        assertThat(sessions.as("rp-cw").care().tasksOf(caseId, person)).isEmpty();
    }

    @Test
    void aFollowUpThatFindsReTraffickingFlagsTheReturnAndClosesItsTask() throws Exception {
        UUID person = victim("Demo-Return Retrafficked");
        consentToReturn(person);
        RepatriationService cw = sessions.as("rp-cw").repatriation();
        RepatriationDetails r = cw.plan(caseId, person, ReturnPlan.to("MM"));
        LocalDate day = TODAY.minusDays(5);
        cw.handOver(r.id(), r.version(), day, "DEMO bridge", "DEMO cw", "DEMO ngo");
        assertThat(cw.reTrafficked(caseId, person)).isFalse();
        FollowUpDetails three = cw.followUps(caseId, person).get(0);
        FollowUpDetails recorded = cw.recordFollowUp(three.id(), three.version(), TODAY.minusDays(1),
                "DEMO recruited again by the same broker", true);
        assertThat(recorded.doneOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(recorded.due()).isFalse();
        assertThat(cw.reTrafficked(caseId, person)).isTrue();
        assertThat(cw.current(caseId, person).orElseThrow().reTrafficked()).isTrue();
        assertThat(sessions.as("rp-cw").care().tasksOf(caseId, person)).filteredOn(t -> t.doneOn() != null)
                .hasSize(1);
        assertThatThrownBy(() -> cw.recordFollowUp(three.id(), recorded.version(), TODAY, "again", false))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void legalSupportIsRecordedForTheVictimWithVersions() throws Exception {
        UUID person = victim("Demo-Legal Victim");
        LegalSupportService cw = sessions.as("rp-cw").legal();
        LegalSupportDetails none = cw.support(caseId, person);
        assertThat(none.id()).isNull();
        assertThat(none.willingness()).isEqualTo(TestifyWillingness.Undecided);
        LegalSupportDetails s = cw.setWillingness(caseId, person, none.version(),
                TestifyWillingness.WillingWithProtection, TODAY);
        LegalSupportDetails c = cw.setCounsel(caseId, person, s.version(), "DEMO lawyer", "DEMO legal aid NGO");
        assertThat(c.willingness()).isEqualTo(TestifyWillingness.WillingWithProtection);
        assertThat(c.counselOrganisation()).isEqualTo("DEMO legal aid NGO");
        assertThatThrownBy(() -> cw.setCounsel(caseId, person, s.version(), "x", null))
                .isInstanceOf(ConflictException.class);

        HearingDetails h = cw.addHearing(caseId, person, LocalDateTime.of(2027, 1, 1, 0, 30), "DEMO Criminal Court",
                HearingKind.AdvanceTestimony, null);
        assertThat(h.startsAt()).as("stored as the instant; Bangkok is UTC+7")
                .isEqualTo(java.time.Instant.parse("2026-12-31T17:30:00Z"));
        assertThat(cw.hearings(caseId, person)).extracting(HearingDetails::localStart)
                .containsExactly(LocalDateTime.of(2027, 1, 1, 0, 30));
        cw.recordHearingOutcome(h.id(), h.version(), "DEMO testimony recorded on video");

        ClaimDetails claim = cw.fileClaim(caseId, person, ClaimKind.Compensation, new BigDecimal("50000"), "THB",
                TODAY.minusDays(20));
        assertThat(claim.outcome()).isEqualTo(ClaimOutcome.Pending);
        ClaimDetails decided = cw.decideClaim(claim.id(), claim.version(), ClaimOutcome.Awarded,
                new BigDecimal("30000"), TODAY.minusDays(1));
        assertThat(decided.paidAmount()).isEqualByComparingTo("30000");
        assertThat(cw.claims(caseId, person)).hasSize(1);
        assertThat(sessions.as("rp-sup").audit().history(caseId))
                .anySatisfy(x -> assertThat(x.recordType()).isEqualTo("CompensationClaim"));
    }

    @Test
    void followUpTasksGoToTheRecordingUserWhenTheCaseworkersAccountIsDisabled() throws Exception {
        sessions.close();
        Workspace admin = admins.as(TestVaults.ADMIN);
        UUID person = admin.persons().save(SavePersonCommand.newPerson(null, "Demo-Return Gone")).id();
        var party = admin.cases().addParty(new AddPartyCommand(caseId, person, PartyRole.Victim, null, null));
        admin.cases().referParty(party.partyId(), "rp-gone");
        admin.users().disable("rp-gone");
        admins.close();
        sessions.as("rp-sup").care().recordConsent(caseId, person, ConsentPurpose.ReturnHome, null,
                TODAY.minusDays(10), ConsentForm.Signed, null);
        RepatriationService sup = sessions.as("rp-sup").repatriation();
        RepatriationDetails r = sup.plan(caseId, person, ReturnPlan.to("VN"));
        sup.handOver(r.id(), r.version(), TODAY.minusDays(1), "DEMO airport", "DEMO sup", "DEMO ngo");
        assertThat(sessions.as("rp-sup").care().tasksOf(caseId, person)).hasSize(3)
                .allSatisfy(t -> assertThat(t.assignee()).isEqualTo("rp-sup"));
    }

    @Test
    void anInvestigatorWithoutCareRightsIsDenied() throws Exception {
        UUID person = victim("Demo-Return Denied");
        consentToReturn(person);
        Workspace inv = sessions.as("rp-inv");
        assertThatThrownBy(() -> inv.repatriation().current(caseId, person)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inv.repatriation().plan(caseId, person, ReturnPlan.to("MM")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inv.legal().hearings(caseId, person)).isInstanceOf(AccessDeniedException.class);
    }
}
