package org.shield.ui.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.common.UserMessage;
import org.shield.domain.security.Permission;
import org.shield.domain.security.Role;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * The lead investigator and team of a case, chosen from the vault's investigators (needs the right to
 * assign). Saving sends the case's loaded version; a change made elsewhere meanwhile is a conflict.
 */
public final class CaseTeamViewModel {
    private final ObservableList<String> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<String> lead = new SimpleObjectProperty<>();
    private final ObservableList<String> members = FXCollections.observableArrayList();
    private final BooleanProperty asking = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final BooleanBinding available;
    private final BooleanBinding canAssign;
    private final ReadOnlyObjectProperty<CaseDetails> details;
    private final Consumer<CaseDetails> onAssigned;
    private final ScreenContext ctx;
    private final Busy busy;

    /**
     * {@code overviewDirty}: while the overview holds unsaved edits the team is not changed (the case's
     * version would move under them).
     */
    public CaseTeamViewModel(ScreenContext ctx, ReadOnlyObjectProperty<CaseDetails> details,
            ObservableBooleanValue overviewDirty, Consumer<CaseDetails> onAssigned) {
        this.ctx = ctx;
        this.details = details;
        this.onAssigned = onAssigned;
        this.busy = new Busy(ctx.tasks());
        available = Bindings.createBooleanBinding(() -> details.get() != null
                && details.get().allows(Permission.CASE_ASSIGN) && !overviewDirty.get(), details, overviewDirty)
                .and(busy.busyProperty().not());
        canAssign = Bindings.createBooleanBinding(() -> lead.get() != null && !lead.get().isBlank(), lead)
                .and(busy.busyProperty().not());
    }

    /** Loads the investigators to choose from and opens the form on the current lead and team. */
    public void start() {
        if (!available.get()) {
            return;
        }
        CaseDetails d = details.get();
        error.set(null);
        busy.run("ui.case.task.loadInvestigators",
                c -> ctx.session().workspace().users().namesWithRole(Role.Investigator), names -> {
                    Set<String> all = new TreeSet<>(names);
                    if (d.leadInvestigator() != null) {
                        all.add(d.leadInvestigator());
                    }
                    all.addAll(d.team());
                    candidates.setAll(all);
                    lead.set(d.leadInvestigator());
                    members.setAll(new TreeSet<>(d.team()));
                    asking.set(true);
                }, failure -> error.set(ctx.errors().explain(failure)));
    }

    /** Checks or unchecks a team member. */
    public void setMember(String name, boolean member) {
        if (member && !members.contains(name)) {
            List<String> next = new ArrayList<>(members);
            next.add(name);
            members.setAll(new TreeSet<>(next));
        } else if (!member) {
            members.remove(name);
        }
    }

    public void assign() {
        if (!canAssign.get()) {
            return;
        }
        asking.set(false);
        CaseDetails d = details.get();
        String l = lead.get();
        Set<String> team = new TreeSet<>(members);
        team.remove(l);
        busy.run("ui.case.task.assignTeam", c -> ctx.session().cases().assignTeam(d.id(), d.version(), l, team),
                onAssigned, failure -> error.set(ctx.errors().explain(failure)));
    }

    public void cancel() {
        asking.set(false);
    }

    public ObservableList<String> candidates() {
        return candidates;
    }

    public ObjectProperty<String> leadProperty() {
        return lead;
    }

    public ObservableList<String> members() {
        return members;
    }

    public BooleanProperty askingProperty() {
        return asking;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public BooleanBinding availableProperty() {
        return available;
    }

    public BooleanBinding canAssignProperty() {
        return canAssign;
    }
}
