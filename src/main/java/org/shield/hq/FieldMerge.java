package org.shield.hq;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * HQ's merge rule (ADR 0019), applied to one record in memory. A change carries, for each column it changed, the
 * value the device had before and the value it saved. HQ takes the new value when nobody else changed the field
 * since the device and HQ last agreed (the device's old value is HQ's current one), when HQ never had the record
 * or the field, or when the current value is the device's own; equal values never conflict. Otherwise the field
 * goes into conflict, holding HQ's current value and the device's, each with its author; later values for a field
 * in conflict join it (a device's later value replaces its earlier one, which goes to history). A value that stops
 * being current goes to history. So a value a user saved is always current, in a conflict, or in history.
 * Append-only records (audit entries, custody events, notes, addenda) are inserted once under a fresh id and so
 * never meet this rule's conflict branch: their union is the merge. A delete keeps the record's last values as a
 * tombstone.
 */
public final class FieldMerge {
    /**
     * Columns that are each vault's own bookkeeping: the optimistic-lock version counts a laptop's own saves (a
     * laptop applying a pulled change bumps its own), so HQ neither keeps nor merges it.
     */
    public static final java.util.Set<String> LOCAL_ONLY = java.util.Set.of("version");
    /**
     * Columns that say who touched a record last and when: they follow every edit, so two edits of different fields
     * would always "conflict" on them. HQ takes the latest to arrive, and keeps the one it replaces in history.
     */
    public static final java.util.Set<String> LATEST_WINS = java.util.Set.of("updated_at", "updated_by");

    /** A parsed change: the operation and, per column, {@code [old, new]} as JSON text (null: a null value). */
    public record Parsed(String op, Map<String, String[]> columns) {
    }

    private FieldMerge() {
    }

    /**
     * Applies {@code change}, made by {@code author} (whose value is ignored), at feed position {@code pos}.
     * Returns how many conflicts it opened.
     */
    public static int apply(MergeRecord r, Parsed change, MergeRecord.Value author, long pos, Instant now,
            Supplier<UUID> ids) {
        r.pos = pos;
        r.updatedAt = now;
        r.dirty = true;
        if ("DELETE".equals(change.op())) {
            r.deleted = true;
            if (!r.known) {
                r.known = true;
                r.createdBy = author.device();
                change.columns().forEach((col, pair) -> r.set(col, author.with(pair[0])));
            }
            return 0;
        }
        boolean fresh = !r.known || (r.deleted && "INSERT".equals(change.op()));
        if (!r.known) {
            r.createdBy = author.device();
        }
        r.known = true;
        r.deleted = false;
        int opened = 0;
        for (Map.Entry<String, String[]> e : change.columns().entrySet()) {
            String col = e.getKey();
            if (LOCAL_ONLY.contains(col)) {
                continue;
            }
            String old = e.getValue()[0];
            MergeRecord.Value mine = author.with(e.getValue()[1]);
            MergeRecord.Conflict open = r.conflicts.get(col);
            if (open != null) {
                MergeRecord.Value replaced = open.values.get(mine.device());
                if (replaced != null && !Objects.equals(replaced.val(), mine.val())) {
                    r.history.add(new MergeRecord.History(col, replaced, mine.changeId(), now));
                }
                open.put(mine);
                continue;
            }
            MergeRecord.Value cur = r.fields.get(col);
            if (cur != null && Objects.equals(cur.val(), mine.val())) {
                continue;
            }
            if (fresh || cur == null || Objects.equals(old, cur.val()) || cur.device().equals(mine.device())
                    || LATEST_WINS.contains(col)) {
                if (cur != null) {
                    r.history.add(new MergeRecord.History(col, cur, mine.changeId(), now));
                }
                r.set(col, mine);
            } else {
                MergeRecord.Conflict c = new MergeRecord.Conflict(ids.get(), col, now, false);
                c.put(cur);
                c.put(mine);
                r.conflicts.put(col, c);
                opened++;
            }
        }
        return opened;
    }
}
