package org.shield.ui.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.common.UserMessage;
import org.shield.application.sync.ConflictView;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * The conflicts screen (issue 7): the open conflicts at HQ this user may resolve (HQ decides which: the record's
 * owner and supervisors), and for the one chosen every competing value side by side with who saved it, on which
 * device and when. The user keeps one value or writes the merged one; HQ records who resolved it and keeps every
 * value in history, and a sync brings the result here. Needs HQ. Used on the JavaFX thread (or the test thread).
 */
public final class ConflictsViewModel {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern ROW_ID =
            java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
    private final ScreenContext ctx;
    private final Runnable afterResolving;
    private final Busy busy;
    private final ObservableList<ConflictView> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ConflictView> selected = new SimpleObjectProperty<>();
    private final StringProperty merged = new SimpleStringProperty("");
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> notice = new SimpleObjectProperty<>();
    private final java.util.Map<UUID, String> labels = new java.util.HashMap<>();
    private boolean loaded;

    ConflictsViewModel(ScreenContext ctx, Runnable afterResolving) {
        this.ctx = ctx;
        this.afterResolving = afterResolving;
        this.busy = new Busy(ctx.tasks());
        selected.addListener((o, was, now) -> merged.set(now == null || now.values().isEmpty() ? ""
                : shown(now.current())));
    }

    /** Asks HQ for the open conflicts this user may resolve. */
    public void load() {
        loaded = true;
        error.set(null);
        UUID keep = selected.get() == null ? null : selected.get().id();
        busy.run("ui.task.syncConflicts", c -> {
            var list = ctx.session().workspace().sync().conflicts();
            return new Loaded(list, labelsOf(list));
        }, loadedNow -> {
            var list = loadedNow.list();
            labels.clear();
            labels.putAll(loadedNow.labels());
            rows.setAll(list);
            selected.set(list.stream().filter(v -> v.id().equals(keep)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    private record Loaded(java.util.List<ConflictView> list, java.util.Map<UUID, String> labels) {
    }

    /** Cases by their number and title as this laptop holds them (on the worker thread). */
    private java.util.Map<UUID, String> labelsOf(java.util.List<ConflictView> list) {
        java.util.Map<UUID, String> out = new java.util.HashMap<>();
        for (ConflictView c : list) {
            UUID id = rowId(c);
            if (id == null || !"case_file".equals(c.table())) {
                continue;
            }
            try {
                var d = ctx.session().cases().get(id);
                out.put(c.id(), d.caseNumber() + " · " + d.title());
            } catch (org.shield.application.common.ApplicationException notHere) {
                // not held here (or not visible): the kind and id are shown instead
            }
        }
        return out;
    }

    /** The record's id from its key ({@code {"id":"…"}}), or null for another kind of key. */
    static UUID rowId(ConflictView c) {
        java.util.regex.Matcher mt = ROW_ID.matcher(c.rowKey() == null ? "" : c.rowKey());
        return mt.find() ? UUID.fromString(mt.group(1)) : null;
    }

    /** How this laptop names the record in conflict (a case by its number and title), or null if it cannot. */
    public String label(ConflictView c) {
        return labels.get(c.id());
    }

    /** Reloads after a sync if the screen has been opened (its list would be out of date). */
    void reloadIfShown() {
        if (loaded && !busy.isBusy()) {
            load();
        }
    }

    /** Keeps the value {@code chosen} (one of the selected conflict's competing values). */
    public void keep(ConflictView.Competing chosen) {
        ConflictView c = selected.get();
        if (c == null || !c.values().contains(chosen)) {
            return;
        }
        resolve(c, chosen.value());
    }

    /** Ends the selected conflict with the text the user wrote (the merged value). */
    public void keepMerged() {
        ConflictView c = selected.get();
        if (c == null) {
            return;
        }
        String text = merged.get() == null ? "" : merged.get().strip();
        if (text.isEmpty()) {
            error.set(new UserMessage("ui.sync.conflicts.mergedEmpty"));
            return;
        }
        resolve(c, asJson(text, c));
    }

    private void resolve(ConflictView c, String value) {
        error.set(null);
        notice.set(null);
        busy.run("ui.task.syncResolve", t -> {
            ctx.session().workspace().sync().resolve(c.id(), value);
            return null;
        }, done -> {
            rows.remove(c);
            selected.set(rows.isEmpty() ? null : rows.get(0));
            notice.set(new UserMessage("ui.sync.conflicts.resolved"));
            afterResolving.run();
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    /**
     * The merged text as the field's JSON value: a number or true/false stays one when every competing value is of
     * that kind; anything else is text.
     */
    static String asJson(String text, ConflictView c) {
        try {
            JsonNode parsed = JSON.readTree(text);
            boolean allSameKind = parsed != null && (parsed.isNumber() || parsed.isBoolean())
                    && c.values().stream().allMatch(v -> {
                        JsonNode n = node(v.value());
                        return n != null && n.getNodeType() == parsed.getNodeType();
                    });
            if (allSameKind) {
                return parsed.toString();
            }
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException notJson) {
            try {
                return JSON.writeValueAsString(text);
            } catch (JsonProcessingException cannot) {
                throw new IllegalStateException(cannot);
            }
        }
    }

    private static JsonNode node(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** A JSON value as a person reads it: text without its quotes; empty for none. */
    public static String shown(String json) {
        JsonNode n = node(json);
        if (n == null || n.isNull()) {
            return json == null || n != null ? "" : json;
        }
        return n.isTextual() ? n.textValue() : n.toString();
    }

    public ObservableList<ConflictView> rows() {
        return rows;
    }

    public ObjectProperty<ConflictView> selectedProperty() {
        return selected;
    }

    public StringProperty mergedProperty() {
        return merged;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public ObjectProperty<UserMessage> noticeProperty() {
        return notice;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }

    /** True when a conflict is chosen and nothing runs. */
    public BooleanBinding canResolveProperty() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && !busy.isBusy(), selected,
                busy.busyProperty());
    }
}
