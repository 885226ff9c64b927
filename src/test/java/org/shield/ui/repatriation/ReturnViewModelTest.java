package org.shield.ui.repatriation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.care.ConsentDetails;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.repatriation.FollowUpDetails;
import org.shield.domain.care.ConsentForm;
import org.shield.domain.care.ConsentPurpose;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.repatriation.RepatriationStatus;
import org.shield.ui.DeskFixture;

class ReturnViewModelTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @TempDir
    static Path dir;
    static DeskFixture desk;
    static UUID caseId;

    @BeforeAll
    static void openVault() throws Exception {
        desk = DeskFixture.create(dir.resolve("vault"));
        caseId = desk.session.cases().create(CreateCaseCommand.titled("DEMO-TEST return")).id();
    }

    @AfterAll
    static void closeVault() {
        desk.close();
    }

    private static UUID victim(String name) throws Exception {
        UUID person = desk.session.persons().save(SavePersonCommand.newPerson(null, name)).id();
        desk.session.cases().addParty(new AddPartyCommand(caseId, person, PartyRole.Victim, null, null));
        return person;
    }

    private static ConsentDetails consent(UUID person) throws Exception {
        return desk.workspace.care().recordConsent(caseId, person, ConsentPurpose.ReturnHome, null,
                TODAY.minusDays(30), ConsentForm.Signed, null);
    }

    @Test
    void withoutConsentToReturnHomeNothingCanBePlannedAndTheScreenSaysWhy() throws Exception {
        UUID person = victim("Demo-VM NoConsent");
        ReturnViewModel vm = new ReturnViewModel(desk.context, caseId, person);
        vm.load();
        vm.countryProperty().set("MM");

        assertThat(vm.consentProperty().get().recorded()).isFalse();
        assertThat(vm.consentActiveProperty().get()).isFalse();
        assertThat(vm.canPlanProperty().get()).isFalse();
        vm.plan();
        assertThat(vm.currentProperty().get()).isNull();
    }

    @Test
    void planHandoverAndAFollowUpThatFindsReTrafficking() throws Exception {
        UUID person = victim("Demo-VM Return");
        consent(person);
        ReturnViewModel vm = new ReturnViewModel(desk.context, caseId, person);
        vm.load();
        assertThat(vm.consentActiveProperty().get()).isTrue();
        vm.countryProperty().set("KH");
        vm.placeProperty().set("DEMO Poipet");
        vm.receivingOrganisationProperty().set("DEMO receiving NGO");
        assertThat(vm.canPlanProperty().get()).isTrue();
        vm.plan();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.currentProperty().get().status()).isEqualTo(RepatriationStatus.Planned);
        assertThat(vm.canPlanProperty().get()).as("one open return").isFalse();

        vm.familySituationProperty().set("DEMO lives with her aunt");
        vm.savePlan();
        assertThat(vm.currentProperty().get().plan().familySituation()).isEqualTo("DEMO lives with her aunt");

        vm.handoverOnProperty().set(TODAY.minusDays(2));
        vm.handoverPlaceProperty().set("DEMO border checkpoint");
        vm.handedOverByProperty().set("DEMO caseworker");
        vm.handedOverToProperty().set("DEMO NGO officer");
        vm.handOver();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.currentProperty().get().status()).isEqualTo(RepatriationStatus.HandedOver);
        assertThat(vm.followUps()).extracting(FollowUpDetails::months).containsExactly(3, 6, 12);
        assertThat(vm.followUps()).noneMatch(FollowUpDetails::overdue);
        assertThat(vm.reTraffickedProperty().get()).isFalse();

        vm.selectedFollowUpProperty().set(vm.followUps().get(0));
        vm.followUpDoneOnProperty().set(TODAY.minusDays(1));
        vm.followUpOutcomeProperty().set("DEMO approached by the same broker again");
        vm.followUpReTraffickedProperty().set(true);
        vm.recordFollowUp();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.reTraffickedProperty().get()).isTrue();
        assertThat(vm.followUps().get(0).doneOn()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void theReceivingOrganisationIsChosenFromTheVaultAndACancelledReturnCanBePlannedAgain() throws Exception {
        var ngo = desk.session.organisations().save(new org.shield.application.party.SaveOrganisationCommand(null, 0,
                "DEMO receiving NGO Phnom Penh", org.shield.domain.party.OrganisationType.NGO, "DEMO city", "KH"));
        UUID person = victim("Demo-VM Organisation");
        consent(person);
        ReturnViewModel vm = new ReturnViewModel(desk.context, caseId, person);
        vm.load();
        assertThat(vm.organisations()).extracting(o -> o.id()).contains(ngo.id());
        vm.countryProperty().set("KH");
        vm.receivingOrganisationProperty().set("DEMO typed, then replaced by the choice");
        vm.receivingOrganisationIdProperty().set(ngo.id());
        vm.plan();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.currentProperty().get().receivingOrganisation()).isEqualTo("DEMO receiving NGO Phnom Penh");
        assertThat(vm.currentProperty().get().plan().receivingOrganisationName()).isNull();

        vm.cancelReasonProperty().set("DEMO family not reachable yet");
        vm.cancel();
        assertThat(vm.currentProperty().get().status()).isEqualTo(RepatriationStatus.Cancelled);
        assertThat(vm.canPlanProperty().get()).as("a new plan after a cancelled one").isTrue();
        vm.plan();
        assertThat(vm.currentProperty().get().status()).isEqualTo(RepatriationStatus.Planned);
    }

    @Test
    void aConsentWithdrawnSinceLoadingIsRefusedAtHandoverWithTheReason() throws Exception {
        UUID person = victim("Demo-VM Withdrawn");
        ConsentDetails c = consent(person);
        ReturnViewModel vm = new ReturnViewModel(desk.context, caseId, person);
        vm.load();
        vm.countryProperty().set("LA");
        vm.plan();
        desk.workspace.care().withdrawConsent(c.id(), c.version(), TODAY, "DEMO wants to stay");

        vm.handoverOnProperty().set(TODAY);
        vm.handoverPlaceProperty().set("DEMO bridge");
        vm.handedOverByProperty().set("DEMO cw");
        vm.handedOverToProperty().set("DEMO ngo");
        vm.handOver();

        assertThat(vm.errorProperty().get().key()).isEqualTo("return.consentWithdrawn");
        vm.load();
        assertThat(vm.consentActiveProperty().get()).isFalse();
        assertThat(vm.canHandOverProperty().get()).isFalse();
    }
}
