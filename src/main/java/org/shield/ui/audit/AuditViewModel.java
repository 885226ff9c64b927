package org.shield.ui.audit;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.audit.AuditExporter;
import org.shield.application.audit.AuditQuery;
import org.shield.application.audit.AuditRecord;
import org.shield.application.audit.AuditReport;
import org.shield.application.common.Page;
import org.shield.application.common.UserMessage;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;
import org.shield.domain.common.Text;
import org.shield.domain.security.Permission;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * The audit viewer: filters (user, action, record id, from and to dates), one page of entries at a
 * time, newest first, export of the filtered entries to a CSV file, and verification of the whole
 * trail. Dates are whole days in the clock's time zone; "to" includes its day.
 */
public final class AuditViewModel {
    public static final int PAGE_SIZE = 100;
    /** Shown for a value that was absent before or after a change. */
    static final String NONE = "\u2205";

    private final StringProperty actor = new SimpleStringProperty("");
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final StringProperty recordId = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<AuditRecord> rows = FXCollections.observableArrayList();
    private final IntegerProperty pageIndex = new SimpleIntegerProperty();
    private final IntegerProperty pageCount = new SimpleIntegerProperty(1);
    private final LongProperty total = new SimpleLongProperty();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> notice = new SimpleObjectProperty<>();
    private final ObjectBinding<UserMessage> recordIdProblem;
    private final ObjectBinding<UserMessage> dateRangeProblem;
    private final BooleanBinding filtersValid;
    private final BooleanBinding hasPrevious;
    private final BooleanBinding hasNext;

    private final ScreenContext ctx;
    private final AuditExporter exporter;
    private final Busy busy;
    private final boolean canVerify;
    private long requestSeq;

    public AuditViewModel(ScreenContext ctx, AuditExporter exporter) {
        this.ctx = ctx;
        this.exporter = exporter;
        this.busy = new Busy(ctx.tasks());
        this.canVerify = ctx.session().can(Permission.AUDIT_VERIFY);
        recordIdProblem = Bindings.createObjectBinding(() -> recordId.get().isBlank() || uuid(recordId.get()) != null
                ? null : new UserMessage("ui.audit.filter.recordId.invalid"), recordId);
        dateRangeProblem = Bindings.createObjectBinding(() -> from.get() != null && to.get() != null
                && to.get().isBefore(from.get()) ? new UserMessage("ui.audit.filter.dateRange") : null, from, to);
        filtersValid = Bindings.createBooleanBinding(() -> recordIdProblem.get() == null
                && dateRangeProblem.get() == null, recordIdProblem, dateRangeProblem);
        hasPrevious = pageIndex.greaterThan(0);
        hasNext = pageIndex.lessThan(pageCount.subtract(1));
    }

    /** Applies the filters: first page. */
    public void search() {
        pageIndex.set(0);
        reload();
    }

    public void clearFilters() {
        actor.set("");
        action.set(null);
        recordId.set("");
        from.set(null);
        to.set(null);
        search();
    }

    public void previousPage() {
        goTo(pageIndex.get() - 1);
    }

    public void nextPage() {
        goTo(pageIndex.get() + 1);
    }

    private void goTo(int index) {
        int bounded = Math.max(0, Math.min(pageCount.get() - 1, index));
        if (bounded != pageIndex.get()) {
            pageIndex.set(bounded);
            reload();
        }
    }

    /** Reads the current page with the current filters. */
    public void reload() {
        if (!filtersValid.get()) {
            return;
        }
        AuditQuery query = query();
        int index = pageIndex.get();
        long seq = ++requestSeq;
        error.set(null);
        busy.run("ui.task.loadAudit", c -> ctx.session().audit().page(query, index, PAGE_SIZE), page -> {
            if (seq == requestSeq) {
                show(page);
            }
        }, failure -> {
            if (seq == requestSeq) {
                error.set(ctx.errors().explain(failure));
            }
        });
    }

    private void show(Page<AuditRecord> page) {
        rows.setAll(page.items());
        total.set(page.total());
        pageCount.set(page.pageCount());
    }

    /** Asks where to save, then writes the entries matching the filters there as CSV. */
    public void export() {
        if (!filtersValid.get() || busy.isBusy()) {
            return;
        }
        AuditQuery query = query();
        notice.set(null);
        java.util.Optional<Path> target = ctx.dialogs().chooseSaveFile("ui.audit.export.title",
                "audit-export.csv", "ui.audit.export.filter", "*.csv");
        if (target.isEmpty()) {
            return;
        }
        Path out = target.get();
        busy.run("ui.task.exportAudit", c -> ctx.session().audit().export(query, AuditExporter.Format.CSV, out, null,
                exporter), count -> notice.set(new UserMessage("ui.audit.exported", count)),
                failure -> ctx.errors().present(failure));
    }

    /** True if this user may verify the trail (the button shows only then). */
    public boolean canVerify() {
        return canVerify;
    }

    /** Checks every entry of the trail; says how many were checked, or the first bad one and what is wrong. */
    public void verify() {
        if (!canVerify || busy.isBusy()) {
            return;
        }
        notice.set(null);
        busy.run("ui.task.verifyAudit", c -> ctx.session().audit().verify(false, c.progress(), c.cancellation()),
                report -> notice.set(verdict(report)), failure -> ctx.errors().present(failure));
    }

    static UserMessage verdict(AuditReport report) {
        return report.intact() ? new UserMessage("ui.audit.verify.intact", report.checked())
                : new UserMessage("ui.audit.verify.broken", report.firstBadSequence(), report.problem());
    }

    AuditQuery query() {
        ZoneId zone = ctx.clock().getZone();
        Instant since = from.get() == null ? null : from.get().atStartOfDay(zone).toInstant();
        Instant until = to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditQuery(Text.trimToNull(actor.get()), uuid(recordId.get()), action.get(), since, until);
    }

    private static UUID uuid(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The changes of an entry on one line: {@code field: old → new}, an attribute as {@code field: value}. */
    public static String changesText(List<ChangeSet.Change> changes) {
        return changes.stream().map(c -> c.oldValue() == null && c.newValue() != null
                ? c.field() + ": " + c.newValue()
                : c.field() + ": " + value(c.oldValue()) + " \u2192 " + value(c.newValue()))
                .collect(Collectors.joining("; "));
    }

    private static String value(String v) {
        return v == null ? NONE : v;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public StringProperty recordIdProperty() {
        return recordId;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<AuditRecord> rows() {
        return rows;
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    public LongProperty totalProperty() {
        return total;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public ObjectProperty<UserMessage> noticeProperty() {
        return notice;
    }

    public ObjectBinding<UserMessage> recordIdProblemProperty() {
        return recordIdProblem;
    }

    public ObjectBinding<UserMessage> dateRangeProblemProperty() {
        return dateRangeProblem;
    }

    public BooleanBinding filtersValidProperty() {
        return filtersValid;
    }

    public BooleanBinding hasPreviousProperty() {
        return hasPrevious;
    }

    public BooleanBinding hasNextProperty() {
        return hasNext;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
