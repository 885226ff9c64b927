package org.shield.ui.timeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.shield.application.common.UserMessage;
import org.shield.application.timeline.TimelineItem;
import org.shield.application.timeline.TimelineKind;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * The Timeline tab: route steps, interviews, exhibits and custody, notes and approvals of a case in one
 * chronological list (only what the user may read; the service decides), filtered by kind (every kind shown
 * at first). Opening an item hands it to the case, which shows its record.
 */
public final class TimelineViewModel {
    private final ObservableList<TimelineItem> all = FXCollections.observableArrayList();
    private final FilteredList<TimelineItem> shown = new FilteredList<>(all, i -> true);
    private final Map<TimelineKind, BooleanProperty> kinds = new EnumMap<>(TimelineKind.class);
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ScreenContext ctx;
    private final Supplier<UUID> caseId;
    private final Consumer<TimelineItem> opener;
    private final Busy busy;

    /** {@code opener} shows the record of an opened item (the case decides where). */
    public TimelineViewModel(ScreenContext ctx, Supplier<UUID> caseId, Consumer<TimelineItem> opener) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.opener = opener;
        this.busy = new Busy(ctx.tasks());
        for (TimelineKind k : TimelineKind.values()) {
            BooleanProperty on = new SimpleBooleanProperty(true);
            on.addListener((o, was, now) -> refilter());
            kinds.put(k, on);
        }
    }

    private void refilter() {
        shown.setPredicate(i -> kinds.get(i.kind()).get());
    }

    /** Reads the case's timeline again (each time the tab is shown). */
    public void load() {
        UUID id = caseId.get();
        if (id == null) {
            return;
        }
        error.set(null);
        busy.run("ui.task.loadTimeline", c -> ctx.session().workspace().timeline().of(id), all::setAll,
                failure -> error.set(ctx.errors().explain(failure)));
    }

    /** Opens the item's record. */
    public void open(TimelineItem item) {
        if (item != null) {
            opener.accept(item);
        }
    }

    /**
     * The bundle key of what an item is: the label of its code in the code list of its kind (a route step's
     * type, an interview's kind, an exhibit's type, a custody action, an approval's kind), or for a note
     * whether it is a note or a correction. Null when the code is unknown.
     */
    public static String whatKey(TimelineItem item) {
        if (item.code() == null) {
            return null;
        }
        return switch (item.kind()) {
            case Route -> "enum.TraffickingEventType." + item.code();
            case Interview -> "enum.InterviewKind." + item.code();
            case Exhibit -> "enum.ExhibitType." + item.code();
            case Custody -> "enum.CustodyAction." + item.code();
            case Approval -> "enum.ApprovalKind." + item.code();
            case Note -> "Correction".equals(item.code()) ? "ui.caseTimeline.note.correction" : "ui.caseTimeline.note.note";
        };
    }

    /** The items of the kinds switched on, in time order (undated last). */
    public ObservableList<TimelineItem> items() {
        return shown;
    }

    /** Whether items of a kind are shown. */
    public BooleanProperty showing(TimelineKind kind) {
        return kinds.get(kind);
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
