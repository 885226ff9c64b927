package org.shield.application.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.approval.ApprovalSummary;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ApprovalNeededException;
import org.shield.application.common.ValidationException;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.VaultService;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.interview.Consent;
import org.shield.domain.interview.ConsentAnswer;
import org.shield.domain.interview.InterviewConditions;
import org.shield.domain.interview.InterviewKind;
import org.shield.domain.interview.InterviewState;
import org.shield.domain.interview.Statement;
import org.shield.domain.security.Role;
import org.shield.testing.SessionSwitch;
import org.shield.testing.TestVaults;

/** Interviews through the services of a real vault: register, guard, sign-off, countersignature, addenda. */
class InterviewServiceIT {
    private static final char[] PASS = "synthetic interview passphrase 3".toCharArray();
    private static final ConsentAnswer Y = ConsentAnswer.Yes;
    private static final Consent AGREED = new Consent(Y, Y, Y, Y, Y, Y, Y, null, null);

    @TempDir
    static Path dir;
    static Path vault;
    static VaultService vaults;
    static UUID caseId;
    static UUID otherUnitCaseId;
    static UUID victimId;
    static UUID suspectId;
    static SessionSwitch sessions;

    @BeforeAll
    static void setUp() throws Exception {
        vault = dir.resolve("v");
        vaults = TestVaults.vaults();
        sessions = new SessionSwitch(vaults, vault, PASS);
        try (Workspace admin = TestVaults.create(vault)) {
            admin.users().add("iv-lead", "TST", Set.of(Role.Investigator), PASS, false);
            admin.users().add("iv-sup", "TST", Set.of(Role.Supervisor), PASS, false);
            admin.users().add("iv-sup2", "TST", Set.of(Role.Supervisor), PASS, false);
            admin.users().add("iv-cw", "TST", Set.of(Role.Caseworker), PASS, false);
            admin.users().add("iv-north", "NTH", Set.of(Role.Investigator), PASS, false);
            caseId = admin.cases().create(new CreateCaseCommand("DEMO interview case", null, Set.of(), "TST", "iv-lead",
                    null, null, null, Set.of())).id();
            otherUnitCaseId = admin.cases().create(new CreateCaseCommand("DEMO northern case", null, Set.of(), "NTH",
                    "iv-north", null, null, null, Set.of())).id();
            victimId = admin.persons().save(SavePersonCommand.newPerson(null, "Demo-Interview Victim")).id();
            suspectId = admin.persons().save(SavePersonCommand.newPerson(null, "Demo-Interview Suspect")).id();
            PartySummary v = admin.cases().addParty(new AddPartyCommand(caseId, victimId, PartyRole.Victim, null, null));
            admin.cases().addParty(new AddPartyCommand(caseId, suspectId, PartyRole.Suspect, null, null));
            admin.cases().addParty(new AddPartyCommand(otherUnitCaseId, victimId, PartyRole.Victim, null, null));
            admin.cases().referParty(v.partyId(), "iv-cw");
        }
        // an earlier interview of the victim in another unit's case, which the lead may not read
        as("iv-north").interviews().save(command(otherUnitCaseId, victimId, InterviewKind.Victim, 0));
    }

    @AfterAll
    static void close() {
        sessions.close();
    }

    private static Workspace as(String user) throws ApplicationException {
        return sessions.as(user);
    }

    private static SaveInterviewCommand command(UUID caseId, UUID personId, InterviewKind kind, int seen) {
        return new SaveInterviewCommand(null, 0, caseId, personId, kind, new InterviewConditions(LocalDate.of(2026,
                11, 2), LocalTime.of(9, 30), LocalTime.of(11, 0), "DEMO interview room", "iv-lead", "DEMO interpreter",
                "my, th", "DEMO support worker", false, "one break of 10 minutes", null), AGREED,
                new Statement("my", "DEMO statement in the person's language", "th", "DEMO translation",
                        "DEMO translator"), seen);
    }

    @Test
    void theRegisterShowsEveryEarlierInterviewAndSchedulingWaitsUntilItIsSeen() throws Exception {
        Workspace lead = as("iv-lead");
        var register = lead.interviews().register(victimId);
        assertThat(register).isNotEmpty();
        assertThat(register).anySatisfy(r -> {
            assertThat(r.unitCode()).isEqualTo("NTH");
            assertThat(r.readable()).isFalse();
            assertThat(r.caseNumber()).isNull();
            assertThat(r.interviewers()).isNull();
        });
        assertThatThrownBy(() -> lead.interviews().save(command(caseId, victimId, InterviewKind.Victim,
                register.size() - 1))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).userMessage().key())
                        .isEqualTo("interview.register.notSeen"));
        InterviewDetails d = lead.interviews().save(command(caseId, victimId, InterviewKind.Victim, register.size()));
        assertThat(d.personLabel()).startsWith("V-");
        assertThat(lead.interviews().register(victimId)).hasSize(register.size() + 1);
    }

    @Test
    void aSignedOffInterviewCannotBeChangedThroughAnyServiceButTakesAddenda() throws Exception {
        Workspace lead = as("iv-lead");
        int seen = lead.interviews().register(victimId).size();
        InterviewDetails d = lead.interviews().save(command(caseId, victimId, InterviewKind.Victim, seen));
        InterviewDetails signed = lead.interviews().signOff(d.id(), d.version());
        assertThat(signed.state()).isEqualTo(InterviewState.SignedOff);
        assertThat(signed.contentSha256()).hasSize(64);
        SaveInterviewCommand edit = new SaveInterviewCommand(d.id(), signed.version(), caseId, victimId,
                InterviewKind.Victim, d.conditions(), d.consent(), new Statement("my", "DEMO changed", null, null, null),
                0);
        assertThatThrownBy(() -> lead.interviews().save(edit)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> lead.interviews().signOff(d.id(), signed.version()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> lead.interviews().delete(d.id(), signed.version(), "DEMO try to delete"))
                .isInstanceOf(ValidationException.class);
        InterviewDetails withAddendum = lead.interviews().addAddendum(d.id(), "DEMO addendum: the date was the 3rd");
        assertThat(withAddendum.addenda()).singleElement()
                .satisfies(a -> assertThat(a.author()).isEqualTo("iv-lead"));
        assertThat(withAddendum.statement().text()).isEqualTo("DEMO statement in the person's language");
        assertThat(withAddendum.contentSha256()).isEqualTo(signed.contentSha256());
    }

    @Test
    void signOffNeedsTheAgreementRecorded() throws Exception {
        Workspace lead = as("iv-lead");
        int seen = lead.interviews().register(victimId).size();
        SaveInterviewCommand c = command(caseId, victimId, InterviewKind.Witness, seen);
        InterviewDetails d = lead.interviews().save(new SaveInterviewCommand(null, 0, caseId, victimId,
                InterviewKind.Witness, c.conditions(), Consent.NONE, c.statement(), seen));
        assertThatThrownBy(() -> lead.interviews().signOff(d.id(), d.version())).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).userMessage().key())
                        .isEqualTo("interview.signOff.noConsent"));
    }

    @Test
    void whereTheUnitRequiresItASecondSupervisorCountersignsOrReturns() throws Exception {
        as("iv-sup").interviews().requireCountersign(true);
        try {
            Workspace sup = as("iv-sup");
            InterviewDetails d = sup.interviews().save(command(caseId, suspectId, InterviewKind.Witness, 0));
            InterviewDetails signed = sup.interviews().signOff(d.id(), d.version());
            assertThat(signed.state()).isEqualTo(InterviewState.AwaitingCountersign);
            assertThatThrownBy(() -> sup.interviews().countersign(d.id(), signed.version()))
                    .isInstanceOf(ValidationException.class);
            Workspace sup2 = as("iv-sup2");
            assertThat(sup2.interviews().awaitingCountersign()).extracting(InterviewSummary::id).contains(d.id());
            InterviewDetails returned = sup2.interviews().returnForCorrection(d.id(), signed.version(),
                    "DEMO the end time is missing");
            assertThat(returned.state()).isEqualTo(InterviewState.Open);
            assertThat(returned.returnedReason()).isEqualTo("DEMO the end time is missing");
            InterviewDetails again = as("iv-sup").interviews().signOff(d.id(), returned.version());
            InterviewDetails done = as("iv-sup2").interviews().countersign(d.id(), again.version());
            assertThat(done.state()).isEqualTo(InterviewState.SignedOff);
            assertThat(done.countersignedBy()).isEqualTo("iv-sup2");
            assertThatThrownBy(() -> as("iv-lead").interviews().countersign(d.id(), done.version()))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            as("iv-sup").interviews().requireCountersign(false);
        }
    }

    @Test
    void aSuspectInterviewOfARecordedVictimGoesThroughTheNonPunishmentGuard() throws Exception {
        Workspace lead = as("iv-lead");
        int seen = lead.interviews().register(victimId).size();
        assertThatThrownBy(() -> lead.interviews().save(command(caseId, victimId, InterviewKind.Suspect, seen)))
                .isInstanceOf(ApprovalNeededException.class);
        ApprovalSummary asked = lead.approvals().requestSuspectDesignation(caseId, victimId, null,
                "DEMO reason: evidence of active recruiting of others");
        as("iv-sup").approvals().approve(asked.id(), asked.version(), null);
        InterviewDetails d = as("iv-lead").interviews().save(command(caseId, victimId, InterviewKind.Suspect,
                as("iv-lead").interviews().register(victimId).size()));
        assertThat(d.kind()).isEqualTo(InterviewKind.Suspect);
        assertThatThrownBy(() -> as("iv-lead").interviews().signOff(d.id(), d.version()))
                .isInstanceOf(ValidationException.class).satisfies(e -> assertThat(((ValidationException) e)
                        .userMessage().key()).isEqualTo("interview.signOff.noCaution"));
    }

    @Test
    void aCaseworkerRecordsAndReadsOnlyMdtInterviewsOfTheirVictims() throws Exception {
        Workspace cw = as("iv-cw");
        int seen = cw.interviews().register(victimId).size();
        assertThatThrownBy(() -> cw.interviews().save(command(caseId, victimId, InterviewKind.Victim, seen)))
                .isInstanceOf(AccessDeniedException.class);
        InterviewDetails mdt = cw.interviews().save(command(caseId, victimId, InterviewKind.MdtIdentification, seen));
        assertThat(cw.interviews().list(caseId)).extracting(InterviewSummary::kind)
                .containsOnly(InterviewKind.MdtIdentification);
        assertThat(cw.interviews().get(mdt.id()).statement().text()).isNotNull();
        assertThatThrownBy(() -> cw.interviews().save(command(caseId, suspectId, InterviewKind.MdtIdentification, 0)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
