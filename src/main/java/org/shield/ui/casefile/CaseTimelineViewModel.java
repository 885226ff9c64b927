package org.shield.ui.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.casefile.EventDetails;
import org.shield.application.casefile.RecordEventCommand;
import org.shield.application.common.UserMessage;
import org.shield.domain.casefile.TraffickingEventType;
import org.shield.domain.common.Text;
import org.shield.domain.party.Countries;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/** The route/timeline of a case (recruitment, transit, exploitation) and the form that adds a step. */
public final class CaseTimelineViewModel {
    private final ObservableList<EventDetails> events = FXCollections.observableArrayList();
    private final ObjectProperty<TraffickingEventType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty latitude = new SimpleStringProperty("");
    private final StringProperty longitude = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectBinding<UserMessage> countryProblem;
    private final ObjectBinding<UserMessage> coordinatesProblem;
    private final BooleanBinding canAdd;

    private final ScreenContext ctx;
    private final Supplier<UUID> caseId;
    private final Busy busy;

    public CaseTimelineViewModel(ScreenContext ctx, Supplier<UUID> caseId) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.busy = new Busy(ctx.tasks());
        countryProblem = Bindings.createObjectBinding(() -> {
            String c = Text.trimToNull(country.get());
            return c == null || Countries.isValid(c) ? null : new UserMessage("country.invalid");
        }, country);
        coordinatesProblem = Bindings.createObjectBinding(() -> coordinatesProblem(latitude.get(), longitude.get()),
                latitude, longitude);
        canAdd = Bindings.createBooleanBinding(() -> type.get() != null && countryProblem.get() == null
                && coordinatesProblem.get() == null, type, countryProblem, coordinatesProblem)
                .and(busy.busyProperty().not());
    }

    static UserMessage coordinatesProblem(String lat, String lon) {
        String a = Text.trimToNull(lat);
        String b = Text.trimToNull(lon);
        if (a == null && b == null) {
            return null;
        }
        if (a == null || b == null) {
            return new UserMessage("event.coordinates.bothOrNone");
        }
        Double la = parse(a);
        Double lo = parse(b);
        if (la == null || lo == null || la < -90 || la > 90 || lo < -180 || lo > 180) {
            return new UserMessage("event.coordinates.range");
        }
        return null;
    }

    private static Double parse(String s) {
        try {
            return Double.valueOf(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public void show(List<EventDetails> loaded) {
        events.setAll(loaded);
    }

    public void add() {
        if (!canAdd.get()) {
            return;
        }
        error.set(null);
        UUID id = caseId.get();
        String lat = Text.trimToNull(latitude.get());
        String lon = Text.trimToNull(longitude.get());
        RecordEventCommand cmd = new RecordEventCommand(id, type.get(), date.get(), Text.trimToNull(place.get()),
                Text.trimToNull(country.get()), lat == null ? null : parse(lat), lon == null ? null : parse(lon),
                Text.trimToNull(description.get()));
        busy.run("ui.task.addEvent", c -> {
            ctx.session().cases().recordEvent(cmd);
            return ctx.session().cases().events(id);
        }, list -> {
            events.setAll(list);
            clearForm();
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    private void clearForm() {
        type.set(null);
        date.set(null);
        place.set("");
        country.set("");
        latitude.set("");
        longitude.set("");
        description.set("");
    }

    public boolean hasPendingInput() {
        return type.get() != null || !place.get().isBlank() || !description.get().isBlank();
    }

    public ObservableList<EventDetails> events() {
        return events;
    }

    public ObjectProperty<TraffickingEventType> typeProperty() {
        return type;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty latitudeProperty() {
        return latitude;
    }

    public StringProperty longitudeProperty() {
        return longitude;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public ObjectBinding<UserMessage> countryProblemProperty() {
        return countryProblem;
    }

    public ObjectBinding<UserMessage> coordinatesProblemProperty() {
        return coordinatesProblem;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
