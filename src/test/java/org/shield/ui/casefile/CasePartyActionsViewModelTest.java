package org.shield.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.approval.ApprovalSummary;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.UserMessage;
import org.shield.application.party.PersonDetails.AliasData;
import org.shield.application.party.SavePersonCommand;
import org.shield.domain.approval.ApprovalKind;
import org.shield.domain.approval.ApprovalState;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.casefile.RoleInProcess;
import org.shield.domain.security.Role;
import org.shield.ui.DeskFixture;

/** Reveal, referral and the non-punishment guard, as the parties tab drives them. Synthetic data only. */
class CasePartyActionsViewModelTest {
    private static final String CASEWORKER = "demo-caseworker";

    @TempDir
    static Path dir;
    static DeskFixture desk;
    static UUID firstCase;
    static UUID victimId;

    @BeforeAll
    static void openVault() throws Exception {
        desk = DeskFixture.create(dir.resolve("vault"));
        desk.workspace.users().add(CASEWORKER, "TST", Set.of(Role.Caseworker),
                "synthetic caseworker passphrase 7".toCharArray(), false);
        firstCase = desk.session.cases().create(CreateCaseCommand.titled("DEMO-TEST first case")).id();
        PartySummary victim = desk.session.cases().addNewPersonAsParty(new SavePersonCommand(null, 0, null,
                "Demo-Test Victim", null, null, null, java.util.List.<AliasData>of(), null, null, null, null),
                firstCase, PartyRole.Victim, null, null);
        victimId = victim.personId();
    }

    @AfterAll
    static void closeVault() {
        desk.close();
    }

    private CasePartiesViewModel parties(UUID caseId) throws Exception {
        CasePartiesViewModel vm = new CasePartiesViewModel(desk.context, desk.navigator, () -> caseId);
        vm.show(desk.session.cases().parties(caseId));
        return vm;
    }

    private PartySummary victimRow(CasePartiesViewModel vm) {
        return vm.parties().stream().filter(p -> p.personId().equals(victimId)).findFirst().orElseThrow();
    }

    @Test
    void openingAProtectedPartyAsksForAPurposeInsteadOfOpeningIt() throws Exception {
        CasePartiesViewModel vm = parties(firstCase);
        desk.navigator.calls.clear();

        vm.openPerson(victimRow(vm));

        assertThat(vm.reveal().askingProperty().get()).isTrue();
        assertThat(vm.reveal().targetProperty().get().pseudonym()).isEqualTo(victimRow(vm).pseudonym());
        assertThat(desk.navigator.calls).isEmpty();
        vm.reveal().cancel();
    }

    @Test
    void revealNeedsAPurposeOfTheMinimumLengthThenOpensTheRevealedPersonAndIsRecorded() throws Exception {
        CasePartiesViewModel vm = parties(firstCase);
        vm.revealIdentity(victimRow(vm));
        vm.reveal().purposeProperty().set("too short");
        assertThat(vm.reveal().canRevealProperty().get()).isFalse();
        assertThat(vm.reveal().purposeProblemProperty().get().key()).isEqualTo("ui.person.reveal.purposeTooShort");

        vm.reveal().purposeProperty().set("DEMO-TEST preparing the shelter referral");
        vm.reveal().confirm();

        assertThat(desk.navigator.calls).contains("revealed:" + victimId);
        assertThat(desk.workspace.audit().history(victimId)).anyMatch(r -> r.action() == AuditAction.Reveal
                && r.changes().stream().anyMatch(c -> c.field().equals("purpose")));
    }

    @Test
    void victimIsReferredToACaseworkerChosenFromTheCaseworkers() throws Exception {
        CasePartiesViewModel vm = parties(firstCase);
        vm.refer(victimRow(vm));
        assertThat(vm.referral().askingProperty().get()).isTrue();
        assertThat(vm.referral().caseworkers()).containsExactly(CASEWORKER);

        vm.referral().caseworkerProperty().set(CASEWORKER);
        vm.referral().refer();

        assertThat(victimRow(vm).referredTo()).isEqualTo(CASEWORKER);
        assertThat(vm.noticeProperty().get()).isEqualTo(new UserMessage("ui.parties.refer.done", CASEWORKER));
    }

    @Test
    void makingARecordedVictimASuspectOpensTheGuardAndFilesARequestWithTheReason() throws Exception {
        UUID other = desk.session.cases().create(CreateCaseCommand.titled("DEMO-TEST guard case")).id();
        CasePartiesViewModel vm = parties(other);
        selectVictimAsSuspect(vm);

        vm.add();

        assertThat(vm.guard().askingProperty().get()).isTrue();
        assertThat(vm.guard().designationProperty().get().personId()).isEqualTo(victimId);
        assertThat(vm.guard().designationProperty().get().personLabel()).startsWith("V-");
        assertThat(vm.parties()).isEmpty();
        assertThat(vm.guard().canRequestProperty().get()).isFalse();

        vm.guard().reasonProperty().set("DEMO-TEST reason: recruited others after release");
        vm.guard().request();

        assertThat(vm.noticeProperty().get()).isEqualTo(new UserMessage("ui.parties.guard.requested"));
        assertThat(desk.session.cases().parties(other)).isEmpty();
        assertThat(desk.workspace.approvals().ofCase(other)).singleElement().satisfies((ApprovalSummary a) -> {
            assertThat(a.kind()).isEqualTo(ApprovalKind.SuspectDesignation);
            assertThat(a.state()).isEqualTo(ApprovalState.Pending);
            assertThat(a.requestReason()).isEqualTo("DEMO-TEST reason: recruited others after release");
            assertThat(a.requestedValue()).isEqualTo(RoleInProcess.Transporter.name());
        });
    }

    @Test
    void cancellingTheGuardFilesNothing() throws Exception {
        UUID other = desk.session.cases().create(CreateCaseCommand.titled("DEMO-TEST guard cancelled")).id();
        CasePartiesViewModel vm = parties(other);
        selectVictimAsSuspect(vm);
        vm.add();

        vm.guard().cancel();

        assertThat(vm.guard().askingProperty().get()).isFalse();
        assertThat(desk.workspace.approvals().ofCase(other)).isEmpty();
        assertThat(desk.session.cases().parties(other)).isEmpty();
    }

    private void selectVictimAsSuspect(CasePartiesViewModel vm) throws Exception {
        vm.searchTextProperty().set(victimRow(parties(firstCase)).pseudonym());
        vm.search();
        assertThat(vm.selectedPersonProperty().get()).isNotNull();
        vm.roleProperty().set(PartyRole.Suspect);
        vm.roleInProcessProperty().set(RoleInProcess.Transporter);
    }

    @Test
    void aPersonNotRecordedAsVictimIsAddedAsSuspectWithoutTheGuard() throws Exception {
        UUID other = desk.session.cases().create(CreateCaseCommand.titled("DEMO-TEST plain suspect")).id();
        UUID suspect = desk.session.persons().save(new SavePersonCommand(null, 0, null, "Demo-Test Suspect", null,
                null, null, java.util.List.of(), null, null, null, null)).id();
        desk.session.cases().addParty(new AddPartyCommand(other, suspect, PartyRole.Suspect, null, null));
        CasePartiesViewModel vm = parties(other);

        assertThat(vm.parties()).singleElement().satisfies(p -> {
            assertThat(p.protectedIdentity()).isFalse();
            assertThat(p.personName()).isEqualTo("Demo-Test Suspect");
        });
        assertThat(vm.guard().askingProperty().get()).isFalse();
    }
}
