package org.shield.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.casefile.RoleInProcess;
import org.shield.ui.DeskFixture;

class CasePartiesViewModelTest {
    @TempDir
    static Path dir;
    static DeskFixture desk;
    static UUID caseId;

    @BeforeAll
    static void openVault() throws Exception {
        desk = DeskFixture.create(dir.resolve("vault"));
        caseId = desk.session.cases().create(CreateCaseCommand.titled("DEMO-TEST parties")).id();
    }

    @AfterAll
    static void closeVault() {
        desk.close();
    }

    @Test
    void newPersonIsAddedAsVictimListedByPseudonymAndFoundByAlias() throws Exception {
        CasePartiesViewModel vm = new CasePartiesViewModel(desk.context, desk.navigator, () -> caseId);
        vm.creatingPersonProperty().set(true);
        vm.nameLatinProperty().set("Demo-Test Person");
        vm.aliasProperty().set("Canary-Alias");
        vm.roleProperty().set(PartyRole.Victim);

        vm.add();

        assertThat(vm.parties()).singleElement().satisfies(p -> {
            assertThat(p.protectedIdentity()).isTrue();
            assertThat(p.personName()).matches("V-\\d{4}-[A-Z0-9]{4}-\\d{4}").isEqualTo(p.pseudonym());
            assertThat(p.role()).isEqualTo(PartyRole.Victim);
        });
        assertThat(vm.roleProperty().get()).isNull();
        String pseudonym = vm.parties().get(0).pseudonym();
        assertThat(desk.session.persons().search("canary alias")).extracting(p -> p.displayName())
                .contains(pseudonym).doesNotContain("Demo-Test Person");
    }

    @Test
    void existingPersonIsPickedFromTheSearch() throws Exception {
        CasePartiesViewModel creator = new CasePartiesViewModel(desk.context, desk.navigator, () -> caseId);
        creator.creatingPersonProperty().set(true);
        creator.nameLatinProperty().set("Demo-Test Witness");
        creator.roleProperty().set(PartyRole.Witness);
        creator.add();
        UUID other = desk.session.cases().create(CreateCaseCommand.titled("DEMO-TEST second case")).id();
        CasePartiesViewModel vm = new CasePartiesViewModel(desk.context, desk.navigator, () -> other);

        vm.searchTextProperty().set("demo-test witness");
        vm.search();
        vm.roleProperty().set(PartyRole.Suspect);
        vm.roleInProcessProperty().set(RoleInProcess.Transporter);
        vm.add();

        assertThat(vm.parties()).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo(PartyRole.Suspect);
            assertThat(p.roleInProcess()).isEqualTo(RoleInProcess.Transporter);
        });
    }

    @Test
    void roleInProcessIsOnlyKeptForSuspects() {
        CasePartiesViewModel vm = new CasePartiesViewModel(desk.context, desk.navigator, () -> caseId);
        vm.roleProperty().set(PartyRole.Suspect);
        vm.roleInProcessProperty().set(RoleInProcess.Exploiter);

        vm.roleProperty().set(PartyRole.Witness);

        assertThat(vm.roleInProcessProperty().get()).isNull();
        assertThat(vm.suspectProperty().get()).isFalse();
    }

    @Test
    void cannotAddWithoutAPersonOrARole() {
        CasePartiesViewModel vm = new CasePartiesViewModel(desk.context, desk.navigator, () -> caseId);
        vm.roleProperty().set(PartyRole.Victim);
        assertThat(vm.canAddProperty().get()).isFalse();

        vm.creatingPersonProperty().set(true);
        vm.aliasProperty().set("Canary-Nameless");

        assertThat(vm.canAddProperty().get()).isFalse();
        assertThat(vm.personProblemProperty().get().key()).isEqualTo("person.name.required");
    }
}
