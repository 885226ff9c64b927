package org.shield.ui.shelter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.care.ConsentDetails;
import org.shield.application.common.UserMessage;
import org.shield.domain.care.ConsentForm;
import org.shield.domain.care.ConsentPurpose;
import org.shield.ui.DeskFixture;
import org.shield.ui.VictimFixtures;

class ConsentsViewModelTest {
    @TempDir
    static Path dir;
    static DeskFixture desk;
    static UUID partner;

    @BeforeAll
    static void openVault() throws Exception {
        desk = DeskFixture.create(dir.resolve("vault"));
        partner = VictimFixtures.shelter(desk.workspace, "DEMO Consent Partner");
    }

    @AfterAll
    static void closeVault() {
        desk.close();
    }

    private static UUID[] ids;

    private static ConsentsViewModel consents(String title) throws Exception {
        ids = VictimFixtures.caseWithVictim(desk.workspace, title);
        ConsentsViewModel vm = new ConsentsViewModel(desk.context, ids[0], ids[1]);
        vm.load();
        return vm;
    }

    @Test
    void sharingNeedsThePartnerAndAVerbalConsentItsWitness() throws Exception {
        ConsentsViewModel vm = consents("DEMO-TEST consent sharing");
        vm.startRecord();
        vm.purposeProperty().set(ConsentPurpose.SharingWithPartner);
        vm.formProperty().set(ConsentForm.VerbalWithWitness);
        assertThat(vm.needsPartnerProperty().get()).isTrue();
        assertThat(vm.needsWitnessProperty().get()).isTrue();
        assertThat(vm.canRecordProperty().get()).isFalse();
        vm.partnerProperty().set(vm.partners().stream().filter(o -> o.id().equals(partner)).findFirst()
                .orElseThrow());
        assertThat(vm.canRecordProperty().get()).as("no witness yet").isFalse();
        vm.witnessProperty().set("DEMO shelter staff member");

        vm.record();

        assertThat(vm.recordingProperty().get()).isFalse();
        ConsentDetails c = vm.consents().get(0);
        assertThat(c.partnerName()).isEqualTo("DEMO Consent Partner");
        assertThat(c.witness()).isEqualTo("DEMO shelter staff member");
        assertThat(c.active()).isTrue();
        assertThat(desk.workspace.care().sharingAllowed(ids[0], ids[1], partner)).isTrue();
    }

    @Test
    void aSignedConsentForReturnHomeNeedsNoWitness() throws Exception {
        ConsentsViewModel vm = consents("DEMO-TEST consent return");
        vm.startRecord();
        vm.purposeProperty().set(ConsentPurpose.ReturnHome);
        vm.formProperty().set(ConsentForm.Signed);
        vm.witnessProperty().set("ignored for a signed consent");

        vm.record();

        assertThat(vm.consents()).singleElement().satisfies(c -> {
            assertThat(c.purpose()).isEqualTo(ConsentPurpose.ReturnHome);
            assertThat(c.witness()).isNull();
        });
    }

    @Test
    void aConsentDatedInTheFutureIsNotSent() throws Exception {
        ConsentsViewModel vm = consents("DEMO-TEST consent future");
        vm.startRecord();
        vm.purposeProperty().set(ConsentPurpose.AnonymousStatistics);
        vm.formProperty().set(ConsentForm.Signed);
        vm.givenOnProperty().set(LocalDate.now(desk.context.clock()).plusDays(2));

        vm.record();

        assertThat(vm.problemProperty().get()).isEqualTo(new UserMessage("consent.givenOn.future"));
        assertThat(vm.recordingProperty().get()).isTrue();
        assertThat(vm.consents()).isEmpty();
    }

    @Test
    void withdrawingStopsTheSharingAndKeepsTheConsentOnRecord() throws Exception {
        ConsentsViewModel vm = consents("DEMO-TEST consent withdraw");
        LocalDate today = LocalDate.now(desk.context.clock());
        desk.workspace.care().recordConsent(ids[0], ids[1], ConsentPurpose.SharingWithPartner, partner,
                today.minusDays(2), ConsentForm.Signed, null);
        vm.load();

        vm.startWithdraw(vm.consents().get(0));
        assertThat(vm.withdrawingProperty().get()).isTrue();
        vm.withdrawalNoteProperty().set("DEMO no longer wants the partner told");
        vm.withdraw();

        assertThat(vm.withdrawingProperty().get()).isFalse();
        assertThat(vm.consents()).singleElement().satisfies(c -> {
            assertThat(c.withdrawnOn()).isEqualTo(today);
            assertThat(c.active()).isFalse();
        });
        assertThat(desk.workspace.care().sharingAllowed(ids[0], ids[1], partner)).isFalse();
    }

    @Test
    void aConsentWithdrawnElsewhereIsAConflict() throws Exception {
        ConsentsViewModel vm = consents("DEMO-TEST consent conflict");
        LocalDate today = LocalDate.now(desk.context.clock());
        ConsentDetails c = desk.workspace.care().recordConsent(ids[0], ids[1], ConsentPurpose.CaseManagement, null,
                today, ConsentForm.Signed, null);
        vm.load();
        vm.startWithdraw(vm.consents().get(0));
        desk.workspace.care().withdrawConsent(c.id(), c.version(), today, null);

        vm.withdraw();

        assertThat(vm.errorProperty().get()).isNotNull();
        assertThat(vm.consents().get(0).withdrawnOn()).isEqualTo(today);
    }
}
