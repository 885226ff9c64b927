package org.shield.ui.victim;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.shield.application.common.UserMessage;
import org.shield.application.victim.VictimBreakdown;
import org.shield.application.victim.VictimBreakdown.By;
import org.shield.application.victim.VictimBreakdown.Group;
import org.shield.application.victim.VictimSummary;
import org.shield.domain.care.VictimStage;
import org.shield.domain.security.Permission;
import org.shield.ui.common.Busy;
import org.shield.ui.common.Navigator;
import org.shield.ui.common.ScreenContext;

/**
 * The Victims page. A caseworker: their victims, stage, days left in reflection and overdue work, overdue
 * first. A supervisor also: counts by stage, nationality, type of exploitation and shelter, and choosing a
 * bar lists the victims behind it. Victims appear by pseudonym only; opening one opens their care record.
 */
public final class VictimsViewModel {
    /** A chosen bar: what it counts by and its key (see {@link Group#key()}). */
    public record Pick(By by, Object key) {
    }

    private final ObservableList<VictimSummary> all = FXCollections.observableArrayList();
    private final FilteredList<VictimSummary> shown = new FilteredList<>(all);
    private final Map<By, ObservableList<Group>> groups = new EnumMap<>(By.class);
    private final ObjectProperty<VictimStage> stage = new SimpleObjectProperty<>();
    private final ObjectProperty<Pick> pick = new SimpleObjectProperty<>();
    private final ObjectProperty<VictimSummary> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ScreenContext ctx;
    private final Navigator navigator;
    private final Busy busy;
    private final boolean supervises;
    private final org.shield.ui.shelter.MyTasksViewModel tasks;

    public VictimsViewModel(ScreenContext ctx, Navigator navigator) {
        this.ctx = ctx;
        this.navigator = navigator;
        this.busy = new Busy(ctx.tasks());
        this.supervises = ctx.session().holds(Permission.APPROVAL_DECIDE);
        this.tasks = new org.shield.ui.shelter.MyTasksViewModel(ctx);
        tasks.setOnOpen(navigator::openVictim);
        for (By by : By.values()) {
            groups.put(by, FXCollections.observableArrayList());
        }
        stage.addListener((o, was, now) -> refilter());
        pick.addListener((o, was, now) -> refilter());
    }

    /** The user's due and overdue tasks (a supervisor's: the unit's), shown above the victims. */
    public org.shield.ui.shelter.MyTasksViewModel tasks() {
        return tasks;
    }

    /** True for a supervisor, who sees the unit's counts as charts. */
    public boolean supervises() {
        return supervises;
    }

    /** Reads the victims again (in the background) and recounts. */
    public void load() {
        error.set(null);
        tasks.load();
        busy.run("ui.task.loadVictims", c -> ctx.session().workspace().victims().list(null), list -> {
            var keep = selected.get();
            all.setAll(list);
            for (By by : By.values()) {
                groups.get(by).setAll(VictimBreakdown.of(list, by));
            }
            selected.set(keep == null ? null : shown.stream().filter(v -> v.caseId().equals(keep.caseId())
                    && v.personId().equals(keep.personId())).findFirst().orElse(null));
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    /** Lists only the victims behind this bar (null shows every victim again). */
    public void pick(By by, Object key) {
        pick.set(by == null ? null : new Pick(by, key));
    }

    public void clearPick() {
        pick.set(null);
    }

    /** Opens the selected victim's care record. */
    public void openSelected() {
        open(selected.get());
    }

    public void open(VictimSummary v) {
        if (v != null) {
            navigator.openVictim(v.caseId(), v.personId());
        }
    }

    private void refilter() {
        VictimStage s = stage.get();
        Pick p = pick.get();
        List<VictimSummary> behind = p == null ? null : groups.get(p.by()).stream()
                .filter(g -> java.util.Objects.equals(g.key(), p.key())).findFirst().map(Group::victims)
                .orElse(List.of());
        shown.setPredicate(v -> (s == null || v.stage() == s) && (behind == null || behind.contains(v)));
    }

    /** The victims listed: all of them, or those of the chosen stage and bar. */
    public ObservableList<VictimSummary> victims() {
        return shown;
    }

    /** The bars of one chart. */
    public ObservableList<Group> groups(By by) {
        return groups.get(by);
    }

    public ObjectProperty<VictimStage> stageProperty() {
        return stage;
    }

    public ReadOnlyObjectProperty<Pick> pickProperty() {
        return pick;
    }

    public ObjectProperty<VictimSummary> selectedProperty() {
        return selected;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
