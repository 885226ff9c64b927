package org.shield.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.security.Workspace;
import org.shield.domain.evidence.CustodyAction;
import org.shield.domain.evidence.ExhibitType;
import org.shield.testing.TestVaults;
import org.shield.ui.DeskFixture;
import org.shield.ui.SyntheticAccounts;

/**
 * Which custody actions the Evidence tab offers: the custodian transfers and records steps, the receiver
 * of a transfer (and only they) receives, a supervisor of the unit acts for the custodian, nothing follows
 * a destruction. Real vault; the investigator leads the case, the test administrator supervises unit TST.
 */
class EvidenceViewModelCustodyTest {
    @TempDir
    Path dir;

    private static EvidenceViewModel evidence(DeskFixture desk, UUID caseId) throws Exception {
        return new EvidenceViewModel(desk.context, new SimpleObjectProperty<>(desk.session.cases().get(caseId)));
    }

    private void vaultWithInvestigator() throws Exception {
        try (Workspace admin = TestVaults.create(dir.resolve("vault"))) {
            SyntheticAccounts.addInvestigator(admin);
        }
    }

    @Test
    void theCustodianTransfersAndOnlyTheReceiverReceives() throws Exception {
        vaultWithInvestigator();
        UUID caseId;
        UUID exhibitId;
        try (DeskFixture inv = DeskFixture.over(SyntheticAccounts.unlockInvestigator(dir.resolve("vault")))) {
            caseId = inv.session.cases().create(CreateCaseCommand.titled("DEMO-TEST custody")).id();
            EvidenceViewModel vm = evidence(inv, caseId);
            vm.add().start();
            vm.add().form().typeProperty().set(ExhibitType.Physical);
            vm.add().form().descriptionProperty().set("DEMO-TEST phone in bag");
            vm.add().add();
            exhibitId = vm.selectedProperty().get().id();

            assertThat(vm.canTransferProperty().get()).isTrue();
            assertThat(vm.canRecordStepProperty().get()).isTrue();
            assertThat(vm.canReceiveProperty().get()).as("nothing was transferred").isFalse();
            assertThat(vm.canOpenProperty().get()).as("a physical exhibit has no content").isFalse();

            CustodyStepViewModel step = vm.custodyStep();
            vm.startTransfer();
            assertThat(step.askingProperty().get()).isTrue();
            assertThat(step.recipients()).contains(TestVaults.ADMIN).doesNotContain(SyntheticAccounts.INVESTIGATOR);
            assertThat(step.canRecordProperty().get()).as("no recipient chosen").isFalse();
            step.recipientProperty().set(TestVaults.ADMIN);
            step.placeProperty().set("DEMO evidence room");
            step.purposeProperty().set("DEMO-TEST analysis by the unit");
            step.record();

            assertThat(step.askingProperty().get()).isFalse();
            assertThat(vm.custody()).extracting(c -> c.action())
                    .containsExactly(CustodyAction.Collected, CustodyAction.Transferred);
            assertThat(vm.selectedProperty().get().custodian()).isEqualTo(TestVaults.ADMIN);
            assertThat(vm.canTransferProperty().get()).as("no longer the custodian").isFalse();
            assertThat(vm.canRecordStepProperty().get()).isFalse();
            assertThat(vm.canReceiveProperty().get()).isFalse();
        }
        try (DeskFixture sup = DeskFixture.unlock(dir.resolve("vault"))) {
            EvidenceViewModel vm = evidence(sup, caseId);
            assertThat(vm.selectedProperty().get()).isNull();
            UUID id = exhibitId;
            vm.selectedProperty().set(vm.exhibits().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow());
            assertThat(vm.canReceiveProperty().get()).isTrue();

            vm.startReceive();
            vm.custodyStep().record();

            assertThat(vm.custody()).extracting(c -> c.action()).containsExactly(CustodyAction.Collected,
                    CustodyAction.Transferred, CustodyAction.Received);
            assertThat(vm.canReceiveProperty().get()).as("already received").isFalse();
            assertThat(vm.canTransferProperty().get()).isTrue();
        }
    }

    @Test
    void aSupervisorActsForTheCustodianAndNothingFollowsADestruction() throws Exception {
        vaultWithInvestigator();
        UUID caseId;
        try (DeskFixture inv = DeskFixture.over(SyntheticAccounts.unlockInvestigator(dir.resolve("vault")))) {
            caseId = inv.session.cases().create(CreateCaseCommand.titled("DEMO-TEST destroyed")).id();
            EvidenceViewModel vm = evidence(inv, caseId);
            vm.add().start();
            vm.add().form().typeProperty().set(ExhibitType.Document);
            vm.add().form().descriptionProperty().set("DEMO-TEST copy of a contract");
            vm.add().add();
        }
        try (DeskFixture sup = DeskFixture.unlock(dir.resolve("vault"))) {
            EvidenceViewModel vm = evidence(sup, caseId);
            vm.selectedProperty().set(vm.exhibits().get(0));
            assertThat(vm.selectedProperty().get().custodian()).isEqualTo(SyntheticAccounts.INVESTIGATOR);
            assertThat(vm.canTransferProperty().get()).as("a supervisor acts for the custodian").isTrue();
            assertThat(vm.canReceiveProperty().get()).isFalse();

            vm.startStep();
            CustodyStepViewModel step = vm.custodyStep();
            assertThat(step.canRecordProperty().get()).as("no step chosen").isFalse();
            step.actionProperty().set(CustodyAction.Destroyed);
            step.purposeProperty().set("DEMO-TEST court order to destroy");
            step.record();

            assertThat(vm.custody()).extracting(c -> c.action()).endsWith(CustodyAction.Destroyed);
            assertThat(vm.canTransferProperty().get()).isFalse();
            assertThat(vm.canRecordStepProperty().get()).isFalse();
        }
    }

    @Test
    void theCustodianRelabelsAnExhibitWithANewNumberAndAReason() throws Exception {
        vaultWithInvestigator();
        try (DeskFixture inv = DeskFixture.over(SyntheticAccounts.unlockInvestigator(dir.resolve("vault")))) {
            UUID caseId = inv.session.cases().create(CreateCaseCommand.titled("DEMO-TEST relabel")).id();
            EvidenceViewModel vm = evidence(inv, caseId);
            for (String description : List.of("DEMO-TEST first bag", "DEMO-TEST second bag")) {
                vm.add().start();
                vm.add().form().typeProperty().set(ExhibitType.Physical);
                vm.add().form().descriptionProperty().set(description);
                vm.add().add();
            }
            String other = vm.exhibits().stream().filter(e -> !e.id().equals(vm.selectedProperty().get().id()))
                    .findFirst().orElseThrow().exhibitNumber();
            String before = vm.selectedProperty().get().exhibitNumber();

            vm.startStep();
            CustodyStepViewModel step = vm.custodyStep();
            assertThat(CustodyStepViewModel.STEP_ACTIONS).contains(CustodyAction.Relabelled);
            step.actionProperty().set(CustodyAction.Relabelled);
            assertThat(step.relabellingProperty().get()).isTrue();
            step.newNumberProperty().set("DEMO-7A");
            assertThat(step.canRecordProperty().get()).as("a reason is required").isFalse();
            step.purposeProperty().set("DEMO-TEST the number was also given on another laptop");
            step.newNumberProperty().set("");
            assertThat(step.canRecordProperty().get()).as("a new number is required").isFalse();

            step.newNumberProperty().set(other.toLowerCase(java.util.Locale.ROOT));
            step.record();
            assertThat(step.errorProperty().get().key()).as("the number of the other bag").isEqualTo(
                    "exhibit.number.taken");
            assertThat(step.askingProperty().get()).as("the form stays, with what was typed").isTrue();

            step.newNumberProperty().set("DEMO-7A");
            step.record();
            assertThat(step.askingProperty().get()).isFalse();
            assertThat(vm.selectedProperty().get().exhibitNumber()).isEqualTo("DEMO-7A");
            assertThat(vm.custody()).last().satisfies(c -> {
                assertThat(c.action()).isEqualTo(CustodyAction.Relabelled);
                assertThat(c.numberBefore()).isEqualTo(before);
                assertThat(c.numberAfter()).isEqualTo("DEMO-7A");
            });
        }
    }

    @Test
    void aSensitiveExhibitOpensOnlyWithAStatedPurposeWhichIsRecorded() throws Exception {
        try (DeskFixture desk = DeskFixture.create(dir.resolve("vault"))) {
            UUID caseId = desk.session.cases().create(CreateCaseCommand.titled("DEMO-TEST sensitive")).id();
            EvidenceViewModel vm = evidence(desk, caseId);
            vm.add().start();
            vm.add().form().fileProperty().set(Files.writeString(dir.resolve("messages.txt"), "DEMO-TEST chat log"));
            vm.add().form().descriptionProperty().set("DEMO-TEST chat with a minor");
            vm.add().form().involvesMinorProperty().set(true);
            vm.add().add();
            ExhibitDetails e = vm.selectedProperty().get();
            assertThat(vm.canOpenProperty().get()).isTrue();

            OpenExhibitViewModel open = vm.opener();
            vm.open();
            assertThat(open.askingProperty().get()).as("asks for the purpose first").isTrue();
            assertThat(open.previewProperty().get()).isNull();
            open.purposeProperty().set("too short");
            assertThat(open.purposeProblemProperty().get().key()).isEqualTo("ui.evidence.purposeTooShort");
            assertThat(open.canOpenProperty().get()).isFalse();
            open.purposeProperty().set("DEMO-TEST check the chat for the victim's age");
            open.confirm();

            assertThat(open.previewProperty().get().kind()).isEqualTo(OpenExhibitViewModel.Kind.TEXT);
            assertThat(open.previewProperty().get().text()).isEqualTo("DEMO-TEST chat log");
            assertThat(vm.custody()).extracting(c -> c.action()).containsExactly(CustodyAction.Collected,
                    CustodyAction.Viewed);
            assertThat(vm.custody().get(1).purpose()).isEqualTo("DEMO-TEST check the chat for the victim's age");
            open.closePreview();
            assertThat(open.previewProperty().get()).isNull();
            assertThat(e.flags().sensitive()).isTrue();
        }
    }

    @Test
    void aFileThatCannotBeShownIsNotOpenedAtAll() throws Exception {
        try (DeskFixture desk = DeskFixture.create(dir.resolve("vault"))) {
            UUID caseId = desk.session.cases().create(CreateCaseCommand.titled("DEMO-TEST archive")).id();
            EvidenceViewModel vm = evidence(desk, caseId);
            vm.add().start();
            vm.add().form().fileProperty().set(Files.write(dir.resolve("dump.bin"), new byte[] {1, 2, 3}));
            vm.add().form().descriptionProperty().set("DEMO-TEST memory dump");
            vm.add().add();

            vm.open();

            assertThat(vm.opener().previewProperty().get().kind())
                    .isEqualTo(OpenExhibitViewModel.Kind.NOT_PREVIEWABLE);
            assertThat(vm.custody()).extracting(c -> c.action()).containsExactly(CustodyAction.Collected);
        }
    }
}
