package org.shield.application.victim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shield.application.victim.VictimBreakdown.By;
import org.shield.application.victim.VictimBreakdown.Group;
import org.shield.domain.care.VictimStage;
import org.shield.domain.casefile.ExploitationType;

class VictimBreakdownTest {
    private static VictimSummary v(String pseudonym, VictimStage stage, String nationality, String shelter,
            ExploitationType... types) {
        return new VictimSummary(UUID.randomUUID(), "TST-2026-0001", UUID.randomUUID(), pseudonym, stage,
                nationality, Set.copyOf(Arrays.asList(types)), shelter, null, false, 0, 0, "demo-cw", false);
    }

    private final List<VictimSummary> victims = List.of(
            v("V-AAAA", VictimStage.InReflection, "MM", "DEMO Shelter North", ExploitationType.ForcedCriminalityOnlineScam),
            v("V-BBBB", VictimStage.InCare, "MM", "DEMO Shelter North", ExploitationType.ForcedCriminalityOnlineScam,
                    ExploitationType.ForcedLabour),
            v("V-CCCC", VictimStage.Returned, "KH", null, ExploitationType.ForcedLabour),
            v("V-DDDD", VictimStage.InCare, null, "DEMO Shelter South"));

    @Test
    void everyStageIsShownInProcessOrderEvenWhenEmpty() {
        List<Group> g = VictimBreakdown.of(victims, By.STAGE);
        assertThat(g).extracting(Group::key).containsExactly((Object[]) VictimStage.values());
        assertThat(g).extracting(Group::count).containsExactly(0, 0, 1, 0, 2, 0, 1, 0);
    }

    @Test
    void nationalitiesLargestFirstWithTheUnrecordedLast() {
        List<Group> g = VictimBreakdown.of(victims, By.NATIONALITY);
        assertThat(g).extracting(Group::key).containsExactly("MM", "KH", null);
        assertThat(g.get(0).victims()).extracting(VictimSummary::pseudonym).containsExactly("V-AAAA", "V-BBBB");
    }

    @Test
    void aVictimCountsUnderEachTypeOfExploitationOfTheirCase() {
        List<Group> g = VictimBreakdown.of(victims, By.EXPLOITATION);
        assertThat(g).extracting(Group::key).containsExactly(
                ExploitationType.ForcedCriminalityOnlineScam, ExploitationType.ForcedLabour, null); // ties by name
        assertThat(g).extracting(Group::count).containsExactly(2, 2, 1);
    }

    @Test
    void sheltersWithThoseOutOfShelterLast() {
        List<Group> g = VictimBreakdown.of(victims, By.SHELTER);
        assertThat(g).extracting(Group::key).containsExactly("DEMO Shelter North", "DEMO Shelter South", null);
        assertThat(g.get(2).victims()).extracting(VictimSummary::pseudonym).containsExactly("V-CCCC");
    }

    @Test
    void noVictimsGiveEmptyBarsForStagesAndNothingElse() {
        assertThat(VictimBreakdown.of(List.of(), By.STAGE)).allMatch(x -> x.count() == 0);
        assertThat(VictimBreakdown.of(List.of(), By.SHELTER)).isEmpty();
    }
}
