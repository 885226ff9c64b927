package org.shield.application.victim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shield.domain.care.VictimStage;
import org.shield.domain.casefile.ExploitationType;

/**
 * The supervisor's counts: victims grouped by stage, nationality, type of exploitation or shelter, each group
 * with the victims behind it (the list behind each bar). A victim of a case with two types of exploitation
 * counts under both; a victim without a recorded nationality or shelter counts under a {@code null} key.
 */
public final class VictimBreakdown {
    /** What the victims are counted by. */
    public enum By { STAGE, NATIONALITY, EXPLOITATION, SHELTER }

    /**
     * One bar: its key ({@link VictimStage}, an ISO country code, an {@link ExploitationType}, a shelter name,
     * or null for "not recorded" / "not in a shelter") and the victims counted in it.
     */
    public record Group(Object key, List<VictimSummary> victims) {
        public Group {
            victims = List.copyOf(victims);
        }

        public int count() {
            return victims.size();
        }
    }

    private VictimBreakdown() {
    }

    /**
     * The groups of these victims. Stages come in the order of the process, every stage shown even when
     * empty (a supervisor reads the pipeline); the other groupings largest first, then by key, the
     * "not recorded" group last.
     */
    public static List<Group> of(List<VictimSummary> victims, By by) {
        Map<Object, List<VictimSummary>> groups = new LinkedHashMap<>();
        if (by == By.STAGE) {
            for (VictimStage s : VictimStage.values()) {
                groups.put(s, new ArrayList<>());
            }
        }
        for (VictimSummary v : victims) {
            for (Object key : keys(v, by)) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
            }
        }
        List<Group> out = new ArrayList<>();
        groups.forEach((k, list) -> out.add(new Group(k, list)));
        if (by != By.STAGE) {
            out.sort(Comparator.comparing((Group g) -> g.key() == null)
                    .thenComparing(Comparator.comparingInt(Group::count).reversed())
                    .thenComparing(g -> Objects.toString(g.key(), "")));
        }
        return out;
    }

    private static List<Object> keys(VictimSummary v, By by) {
        return switch (by) {
            case STAGE -> List.of(v.stage());
            case NATIONALITY -> java.util.Collections.singletonList(v.nationality());
            case SHELTER -> java.util.Collections.singletonList(v.shelterName());
            case EXPLOITATION -> v.exploitationTypes().isEmpty() ? java.util.Collections.singletonList(null)
                    : v.exploitationTypes().stream().sorted().map(t -> (Object) t).toList();
        };
    }
}
