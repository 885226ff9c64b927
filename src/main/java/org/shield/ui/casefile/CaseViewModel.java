package org.shield.ui.casefile;

import java.util.List;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.EventDetails;
import org.shield.application.casefile.NoteDetails;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.UserMessage;
import org.shield.ui.common.Busy;
import org.shield.ui.common.Document;
import org.shield.ui.common.Navigator;
import org.shield.ui.common.ScreenContext;

/**
 * An open case: overview, parties, route/timeline and notes. A new case has only its overview until
 * it is saved the first time; then it gets its number and the other tabs open up.
 */
public final class CaseViewModel implements Document {
    private final ObjectProperty<UUID> caseId = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> title = new SimpleObjectProperty<>(new UserMessage("ui.case.tab.new"));
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanBinding saved = caseId.isNotNull();
    private final CaseOverviewViewModel overview;
    private final CasePartiesViewModel parties;
    private final CaseTimelineViewModel timeline;
    private final CaseNotesViewModel notes;
    private final BooleanBinding dirty;
    private final ScreenContext ctx;
    private final Navigator navigator;
    private final Busy busy;

    public CaseViewModel(ScreenContext ctx, Navigator navigator) {
        this.ctx = ctx;
        this.navigator = navigator;
        this.busy = new Busy(ctx.tasks());
        this.overview = new CaseOverviewViewModel(ctx, this::overviewSaved);
        this.parties = new CasePartiesViewModel(ctx, navigator, caseId::get);
        this.timeline = new CaseTimelineViewModel(ctx, caseId::get);
        this.notes = new CaseNotesViewModel(ctx, caseId::get);
        // anything typed and not yet saved or added counts: the overview, a note, a party, a route step
        this.dirty = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> overview.dirtyProperty().get() || notes.hasPendingInput() || parties.hasPendingInput()
                        || timeline.hasPendingInput(),
                overview.dirtyProperty(), notes.bodyProperty(), parties.roleProperty(), parties.nameNativeProperty(),
                parties.nameLatinProperty(), parties.aliasProperty(), parties.noteProperty(), timeline.typeProperty(),
                timeline.placeProperty(), timeline.descriptionProperty());
    }

    /** A new case, not saved yet. */
    public void startNew() {
        overview.startNew();
    }

    /** Loads a stored case with its parties, route and notes. */
    public void open(UUID id) {
        caseId.set(id);
        loading.set(true);
        busy.run("ui.task.loadCase", c -> new Loaded(ctx.session().cases().get(id), ctx.session().cases().parties(id),
                ctx.session().cases().events(id), ctx.session().cases().notes(id)), l -> {
                    loading.set(false);
                    show(l.details());
                    overview.load(l.details());
                    parties.show(l.parties());
                    timeline.show(l.events());
                    notes.show(l.notes());
                }, failure -> {
                    loading.set(false);
                    error.set(ctx.errors().explain(failure));
                });
    }

    private void overviewSaved(CaseDetails d) {
        boolean created = caseId.get() == null;
        show(d);
        if (created) {
            caseId.set(d.id());
        }
        navigator.recordsChanged();
    }

    private void show(CaseDetails d) {
        title.set(new UserMessage("ui.case.tab.title", d.caseNumber()));
    }

    /** The loaded parts of a case. */
    private record Loaded(CaseDetails details, List<PartySummary> parties, List<EventDetails> events,
            List<NoteDetails> notes) {
    }

    @Override
    public Object identity() {
        return caseId.get();
    }

    @Override
    public ReadOnlyObjectProperty<UserMessage> titleProperty() {
        return title;
    }

    @Override
    public ObservableBooleanValue dirtyProperty() {
        return dirty;
    }

    public ReadOnlyObjectProperty<UUID> caseIdProperty() {
        return caseId;
    }

    public BooleanBinding savedProperty() {
        return saved;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public CaseOverviewViewModel overview() {
        return overview;
    }

    public CasePartiesViewModel parties() {
        return parties;
    }

    public CaseTimelineViewModel timeline() {
        return timeline;
    }

    public CaseNotesViewModel notes() {
        return notes;
    }
}
