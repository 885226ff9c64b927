package org.shield.ui.victim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.party.SaveOrganisationCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.victim.VictimBreakdown.By;
import org.shield.application.victim.VictimBreakdown.Group;
import org.shield.application.victim.VictimSummary;
import org.shield.domain.care.VictimStage;
import org.shield.domain.casefile.ExploitationType;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.party.OrganisationType;
import org.shield.ui.DeskFixture;

/** The Victims page over a real vault: the supervisor's charts, the list behind a bar, opening a victim. */
class VictimsViewModelTest {
    @TempDir
    Path tmp;

    @Test
    void aBarListsTheVictimsBehindItAndOpeningOneOpensTheirCareRecord() throws Exception {
        try (DeskFixture f = DeskFixture.create(tmp.resolve("vault"))) {
            var ws = f.workspace;
            var c = ws.cases().create(new CreateCaseCommand("DEMO dashboard case", null,
                    Set.of(ExploitationType.ForcedCriminalityOnlineScam), "TST", null, null, null, null, Set.of()));
            UUID sheltered = ws.persons().save(new SavePersonCommand(null, 0, null, "Demo-Dash One", null, null, 25,
                    List.of(), Set.of("KH"), Set.of(), List.of(), List.of())).id();
            UUID other = ws.persons().save(new SavePersonCommand(null, 0, null, "Demo-Dash Two", null, null, 31,
                    List.of(), Set.of("MM"), Set.of(), List.of(), List.of())).id();
            ws.cases().addParty(new AddPartyCommand(c.id(), sheltered, PartyRole.Victim, null, null));
            ws.cases().addParty(new AddPartyCommand(c.id(), other, PartyRole.PossibleVictim, null, null));
            UUID shelter = ws.organisations().save(new SaveOrganisationCommand(null, 0, "DEMO Dash Shelter",
                    OrganisationType.NGO, "DEMO town", "TH")).id();
            ws.care().admit(c.id(), sheltered, shelter, LocalDate.now(ZoneOffset.UTC), "DEMO bed 2");

            VictimsViewModel vm = new VictimsViewModel(f.context, f.navigator);
            assertThat(vm.supervises()).as("the test administrator is a supervisor").isTrue();
            vm.load();
            assertThat(vm.errorProperty().get()).isNull();
            assertThat(vm.victims()).hasSize(2);
            assertThat(vm.groups(By.STAGE)).filteredOn(g -> g.key() == VictimStage.InReflection)
                    .extracting(Group::count).containsExactly(1);
            assertThat(vm.groups(By.SHELTER)).extracting(Group::key).containsExactly("DEMO Dash Shelter", null);

            vm.pick(By.NATIONALITY, "MM");
            assertThat(vm.victims()).extracting(VictimSummary::personId).containsExactly(other);
            vm.stageProperty().set(VictimStage.InReflection);
            assertThat(vm.victims()).as("a stage and a bar together").isEmpty();
            vm.clearPick();
            assertThat(vm.victims()).extracting(VictimSummary::personId).containsExactly(sheltered);
            assertThat(vm.victims().get(0).reflectionDaysLeft()).isEqualTo(15);

            vm.selectedProperty().set(vm.victims().get(0));
            vm.openSelected();
            assertThat(f.navigator.calls).containsExactly("victim:" + c.id() + "/" + sheltered);

            VictimCareViewModel care = new VictimCareViewModel(f.context, f.navigator, c.id(), sheltered);
            care.load();
            assertThat(care.overviewProperty().get().summary().stage()).isEqualTo(VictimStage.InReflection);
            assertThat(care.titleProperty().get().key()).isEqualTo("ui.victim.tab.title");
            assertThat(care.identity()).isEqualTo(new VictimCareViewModel.Key(c.id(), sheltered));
        }
    }
}
