package org.shield.hq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * HQ's view of one synchronised record while a batch is merged (ADR 0019): loaded from the store, changed by
 * {@link FieldMerge} in memory, written back by the store in the same transaction. Tracks what it must write:
 * fields set, values superseded (history), conflicts opened or joined. Not thread-safe; one batch at a time.
 */
public final class MergeRecord {
    /** A value of a field (JSON text, null for a null value) and who set it, when, by which change. */
    public record Value(String val, UUID device, String user, String hlc, UUID changeId, Instant at) {
        public Value with(String v) {
            return new Value(v, device, user, hlc, changeId, at);
        }

        @Override
        public String toString() {
            return "Value[" + device + ", " + changeId + "]"; // the value itself may be personal data
        }
    }

    /** A value that was current and was replaced by {@code supersededBy}. */
    public record History(String col, Value old, UUID supersededBy, Instant at) {
    }

    /** An open conflict on one field: every competing value, one per device. */
    public static final class Conflict {
        public final UUID id;
        public final String col;
        public final Instant openedAt;
        public final boolean stored;
        public final Map<UUID, Value> values = new LinkedHashMap<>();
        public final Set<UUID> storedDevices = new HashSet<>();
        public final Set<UUID> dirtyDevices = new HashSet<>();

        public Conflict(UUID id, String col, Instant openedAt, boolean stored) {
            this.id = id;
            this.col = col;
            this.openedAt = openedAt;
            this.stored = stored;
        }

        /** Adds a device's competing value, or replaces the one it had. */
        void put(Value v) {
            values.put(v.device(), v);
            dirtyDevices.add(v.device());
        }
    }

    public final String table;
    public final String rowKey;
    /** Whether the store has a row for it. */
    public final boolean stored;
    boolean known;
    boolean deleted;
    long pos;
    UUID createdBy;
    Instant updatedAt;
    UUID caseId;
    UUID personId;
    boolean dirty;
    final Map<String, Value> fields = new HashMap<>();
    final Set<String> storedFields = new HashSet<>();
    final Set<String> dirtyFields = new HashSet<>();
    final Map<String, Conflict> conflicts = new HashMap<>();
    final List<History> history = new ArrayList<>();

    /** A record HQ has not seen. */
    public MergeRecord(String table, String rowKey) {
        this.table = table;
        this.rowKey = rowKey;
        this.stored = false;
    }

    /** A record as the store holds it. */
    public MergeRecord(String table, String rowKey, long pos, boolean deleted, UUID createdBy, Instant updatedAt) {
        this.table = table;
        this.rowKey = rowKey;
        this.stored = true;
        this.known = true;
        this.pos = pos;
        this.deleted = deleted;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
    }

    /** The case this record belongs to, and for a person's own rows the person (need-to-know; null: none). */
    public UUID caseId() {
        return caseId;
    }

    public UUID personId() {
        return personId;
    }

    public void scope(UUID caseId, UUID personId) {
        this.caseId = caseId;
        this.personId = personId;
    }

    /** The text of a string field ({@code "abc"} for the JSON {@code "\"abc\""}); null if unset or not text. */
    public String textOf(String col) {
        Value v = fields.get(col);
        return v == null ? null : PushCodec.unquote(v.val());
    }

    /** Loads a stored field. */
    public void loadField(String col, Value v) {
        fields.put(col, v);
        storedFields.add(col);
    }

    /**
     * Marks a stored record as changed outside a merge (a conflict resolved at HQ), so that what derives from its
     * fields (its case and person, need-to-know relations, exhibit content) is written again.
     */
    public void markChanged() {
        dirty = true;
    }

    /** Loads a stored open conflict. */
    public void loadConflict(Conflict c) {
        conflicts.put(c.col, c);
    }

    void set(String col, Value v) {
        fields.put(col, v);
        dirtyFields.add(col);
    }

    public boolean known() {
        return known;
    }

    public boolean deleted() {
        return deleted;
    }

    public long pos() {
        return pos;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean dirty() {
        return dirty;
    }

    public Map<String, Value> fields() {
        return fields;
    }

    public boolean isStoredField(String col) {
        return storedFields.contains(col);
    }

    public Set<String> dirtyFields() {
        return dirtyFields;
    }

    public Map<String, Conflict> conflicts() {
        return conflicts;
    }

    public List<History> history() {
        return history;
    }

    public int openConflicts() {
        return conflicts.size();
    }
}
