package org.shield.ui.casefile;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.casefile.PartySummary;
import org.shield.domain.security.Role;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * Refers a victim or witness of the case to a shelter caseworker (who then sees the case's particulars
 * and that person only). The caseworker is chosen from the vault's caseworkers.
 */
public final class PartyReferralViewModel {
    private final ObjectProperty<PartySummary> party = new SimpleObjectProperty<>();
    private final ObservableList<String> caseworkers = FXCollections.observableArrayList();
    private final ObjectProperty<String> caseworker = new SimpleObjectProperty<>();
    private final BooleanProperty asking = new SimpleBooleanProperty();
    private final BooleanBinding canRefer;
    private final ScreenContext ctx;
    private final Consumer<PartySummary> onReferred;
    private final Consumer<Throwable> onFailure;
    private final Busy busy;

    public PartyReferralViewModel(ScreenContext ctx, Consumer<PartySummary> onReferred, Consumer<Throwable> onFailure) {
        this.ctx = ctx;
        this.onReferred = onReferred;
        this.onFailure = onFailure;
        this.busy = new Busy(ctx.tasks());
        canRefer = Bindings.createBooleanBinding(() -> party.get() != null && caseworker.get() != null
                && !caseworker.get().equals(party.get().referredTo()), party, caseworker)
                .and(busy.busyProperty().not());
    }

    /** Loads the caseworkers and opens the form for this party (the current caseworker chosen). */
    public void start(PartySummary p) {
        if (p == null || !p.protectedIdentity()) {
            return;
        }
        busy.run("ui.parties.task.loadCaseworkers",
                c -> ctx.session().workspace().users().namesWithRole(Role.Caseworker), names -> {
                    caseworkers.setAll(names);
                    party.set(p);
                    caseworker.set(p.referredTo());
                    asking.set(true);
                }, onFailure::accept);
    }

    /** Refers to the chosen caseworker (replacing an earlier referral). */
    public void refer() {
        if (!canRefer.get()) {
            return;
        }
        asking.set(false);
        PartySummary p = party.get();
        String to = caseworker.get();
        busy.run("ui.parties.task.refer", c -> ctx.session().cases().referParty(p.partyId(), to), updated -> {
            party.set(null);
            onReferred.accept(updated);
        }, onFailure::accept);
    }

    public void cancel() {
        asking.set(false);
        party.set(null);
    }

    public ObjectProperty<PartySummary> partyProperty() {
        return party;
    }

    public ObservableList<String> caseworkers() {
        return caseworkers;
    }

    public ObjectProperty<String> caseworkerProperty() {
        return caseworker;
    }

    public BooleanProperty askingProperty() {
        return asking;
    }

    public BooleanBinding canReferProperty() {
        return canRefer;
    }
}
