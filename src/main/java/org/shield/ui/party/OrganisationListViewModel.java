package org.shield.ui.party;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.common.UserMessage;
import org.shield.application.party.OrganisationDetails;
import org.shield.ui.common.Busy;
import org.shield.ui.common.Navigator;
import org.shield.ui.common.ScreenContext;

/** The Organisations screen: find organisations by name (all of them, up to 100, when the box is empty). */
public final class OrganisationListViewModel {
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<OrganisationDetails> results = FXCollections.observableArrayList();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ScreenContext ctx;
    private final Navigator navigator;
    private final Busy busy;
    private long seq;

    public OrganisationListViewModel(ScreenContext ctx, Navigator navigator) {
        this.ctx = ctx;
        this.navigator = navigator;
        this.busy = new Busy(ctx.tasks());
    }

    public void search() {
        String query = text.get() == null ? "" : text.get().strip();
        long mine = ++seq;
        error.set(null);
        busy.run("ui.task.searchOrganisations", c -> ctx.session().organisations().findByName(query), found -> {
            if (mine == seq) {
                results.setAll(found);
            }
        }, failure -> {
            if (mine == seq) {
                error.set(ctx.errors().explain(failure));
            }
        });
    }

    public void open(OrganisationDetails org) {
        if (org != null) {
            navigator.openOrganisation(org.id());
        }
    }

    public void newOrganisation() {
        navigator.newOrganisation();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<OrganisationDetails> results() {
        return results;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
