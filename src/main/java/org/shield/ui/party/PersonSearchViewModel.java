package org.shield.ui.party;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.common.UserMessage;
import org.shield.application.party.PersonSummary;
import org.shield.ui.common.Busy;
import org.shield.ui.common.Navigator;
import org.shield.ui.common.ScreenContext;

/**
 * Finds persons by any name, alias, document number or phone number (ignoring case, diacritics and
 * spacing, in Thai and Latin script) and opens the one chosen. Backs both the global search box in the
 * toolbar and the Persons screen. A protected victim or witness is listed by pseudonym only and opened
 * through {@link RevealViewModel}. Only the latest search's answer is shown.
 */
public final class PersonSearchViewModel {
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<PersonSummary> results = FXCollections.observableArrayList();
    private final ObjectProperty<UserMessage> status = new SimpleObjectProperty<>();
    private final ScreenContext ctx;
    private final Navigator navigator;
    private final Busy busy;
    private final RevealViewModel reveal;
    private long seq;

    public PersonSearchViewModel(ScreenContext ctx, Navigator navigator) {
        this.ctx = ctx;
        this.navigator = navigator;
        this.busy = new Busy(ctx.tasks());
        this.reveal = new RevealViewModel(ctx, navigator);
    }

    public void search() {
        String query = text.get() == null ? "" : text.get().strip();
        long mine = ++seq;
        if (query.isEmpty()) {
            results.clear();
            status.set(null);
            return;
        }
        busy.run("ui.task.searchPersons", c -> ctx.session().persons().search(query), found -> {
            if (mine == seq) {
                results.setAll(found);
                status.set(found.isEmpty() ? new UserMessage("ui.search.none")
                        : new UserMessage("ui.search.count", found.size()));
            }
        }, failure -> {
            if (mine == seq) {
                results.clear();
                status.set(ctx.errors().explain(failure));
            }
        });
    }

    /** Opens a person; a protected one (shown by pseudonym) only through a reveal with a stated purpose. */
    public void open(PersonSummary person) {
        if (person == null) {
            return;
        }
        if (person.protectedIdentity()) {
            reveal.start(person.id(), person.pseudonym());
        } else {
            navigator.openPerson(person.id());
        }
    }

    public RevealViewModel reveal() {
        return reveal;
    }

    /** True if the user may record persons (a caseworker may not): the New person action is shown only then. */
    public boolean canCreate() {
        return ctx.session().can(org.shield.domain.security.Permission.PERSON_EDIT);
    }

    public void newPerson() {
        navigator.newPerson();
    }

    public void clear() {
        seq++;
        text.set("");
        results.clear();
        status.set(null);
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<PersonSummary> results() {
        return results;
    }

    public ObjectProperty<UserMessage> statusProperty() {
        return status;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
