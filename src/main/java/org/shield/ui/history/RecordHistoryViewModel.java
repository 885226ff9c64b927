package org.shield.ui.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.audit.AuditRecord;
import org.shield.application.common.UserMessage;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * Who changed what on one record, and when: the record's audit entries, oldest first, one row per changed
 * field ("field: old → new"). Identity values of persons come masked from the service. Opened from a
 * case's overview or the person editor; {@link #showingProperty()} turns true when the rows are there.
 */
public final class RecordHistoryViewModel {
    /** One changed field of one audit entry (an entry without fields gives one row without a field). */
    public record Row(long sequence, Instant at, String actor, AuditAction action, String field, String oldValue,
            String newValue) {
        public boolean hasField() {
            return field != null;
        }

        @Override
        public String toString() {
            return "Row[" + sequence + " " + action + "]";
        }
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty showing = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> title = new SimpleObjectProperty<>();
    private final ScreenContext ctx;
    private final Busy busy;

    public RecordHistoryViewModel(ScreenContext ctx) {
        this.ctx = ctx;
        this.busy = new Busy(ctx.tasks());
    }

    /** Loads the history of a record; {@code heading} names the record in the dialog (a number or pseudonym). */
    public void show(UUID recordId, UserMessage heading) {
        if (recordId == null) {
            return;
        }
        busy.run("ui.history.task.load", c -> ctx.session().workspace().audit().history(recordId), list -> {
            rows.setAll(rows(list));
            title.set(heading);
            showing.set(true);
        }, ctx.errors()::present);
    }

    public void close() {
        showing.set(false);
        rows.clear();
    }

    static List<Row> rows(List<AuditRecord> records) {
        List<Row> out = new ArrayList<>();
        for (AuditRecord r : records) {
            if (r.changes().isEmpty()) {
                out.add(new Row(r.sequence(), r.at(), r.actor(), r.action(), null, null, null));
            }
            for (ChangeSet.Change c : r.changes()) {
                out.add(new Row(r.sequence(), r.at(), r.actor(), r.action(), c.field(), c.oldValue(), c.newValue()));
            }
        }
        return out;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public BooleanProperty showingProperty() {
        return showing;
    }

    public ObjectProperty<UserMessage> titleProperty() {
        return title;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
