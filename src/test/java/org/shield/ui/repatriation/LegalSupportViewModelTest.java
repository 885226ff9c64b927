package org.shield.ui.repatriation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.legal.ClaimKind;
import org.shield.domain.legal.ClaimOutcome;
import org.shield.domain.legal.HearingKind;
import org.shield.domain.legal.TestifyWillingness;
import org.shield.ui.DeskFixture;

class LegalSupportViewModelTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @TempDir
    static Path dir;
    static DeskFixture desk;
    static UUID caseId;
    static UUID person;

    @BeforeAll
    static void openVault() throws Exception {
        desk = DeskFixture.create(dir.resolve("vault"));
        caseId = desk.session.cases().create(CreateCaseCommand.titled("DEMO-TEST legal")).id();
        person = desk.session.persons().save(SavePersonCommand.newPerson(null, "Demo-VM Legal")).id();
        desk.session.cases().addParty(new AddPartyCommand(caseId, person, PartyRole.Victim, null, null));
    }

    @AfterAll
    static void closeVault() {
        desk.close();
    }

    @Test
    void willingnessCounselHearingsAndClaimsAreRecorded() {
        LegalSupportViewModel vm = new LegalSupportViewModel(desk.context, caseId, person);
        vm.load();
        assertThat(vm.willingnessProperty().get()).isEqualTo(TestifyWillingness.Undecided);

        vm.willingnessProperty().set(TestifyWillingness.Willing);
        vm.willingnessOnProperty().set(TODAY);
        vm.saveWillingness();
        vm.counselNameProperty().set("DEMO lawyer");
        vm.counselOrganisationProperty().set("DEMO legal aid");
        vm.saveCounsel();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.supportProperty().get().counselName()).isEqualTo("DEMO lawyer");
        assertThat(vm.supportProperty().get().willingness()).isEqualTo(TestifyWillingness.Willing);

        vm.hearingDateProperty().set(LocalDate.of(2027, 1, 1));
        vm.hearingTimeProperty().set("9:30");
        vm.hearingCourtProperty().set("DEMO Criminal Court");
        vm.hearingKindProperty().set(HearingKind.AdvanceTestimony);
        vm.addHearing();
        assertThat(vm.hearings()).hasSize(1);
        assertThat(vm.hearings().get(0).localStart()).isEqualTo(LocalDateTime.of(2027, 1, 1, 9, 30));

        vm.claimKindProperty().set(ClaimKind.Compensation);
        vm.claimAmountProperty().set("50,000");
        vm.claimFiledOnProperty().set(TODAY.minusDays(10));
        vm.fileClaim();
        assertThat(vm.claims()).hasSize(1);
        vm.selectedClaimProperty().set(vm.claims().get(0));
        vm.decisionProperty().set(ClaimOutcome.Awarded);
        vm.paidAmountProperty().set("30000");
        vm.decidedOnProperty().set(TODAY);
        assertThat(vm.canDecideProperty().get()).isTrue();
        vm.decideClaim();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.claims().get(0).outcome()).isEqualTo(ClaimOutcome.Awarded);
        assertThat(vm.claims().get(0).paidAmount()).isEqualByComparingTo("30000");
    }

    @Test
    void aTypedAmountThatIsNotANumberCannotBeFiled() {
        LegalSupportViewModel vm = new LegalSupportViewModel(desk.context, caseId, person);
        vm.claimKindProperty().set(ClaimKind.Restitution);
        vm.claimFiledOnProperty().set(TODAY);
        vm.claimAmountProperty().set("fifty");
        assertThat(vm.claimAmountInvalidProperty().get()).isTrue();
        assertThat(vm.canFileClaimProperty().get()).isFalse();
        vm.claimAmountProperty().set("");
        assertThat(vm.canFileClaimProperty().get()).as("the amount is optional").isTrue();
    }
}
