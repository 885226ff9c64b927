package org.shield.infra.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;
import org.shield.application.sync.FeedRecord;
import org.shield.application.sync.Replica;
import org.shield.application.sync.Replica.Arrived;
import org.shield.domain.party.Person;

/**
 * The vault as a replica of HQ (ADR 0019), in plain JDBC on the transaction's connection with the outbox trigger off
 * ({@link OutboxTrigger#suppressed}): what comes from HQ is not sent back. Records are applied parents first (the
 * order of {@link OutboxTrigger#TABLES}); one that cannot be applied yet waits in {@code sync_inbox}. A person whose
 * own rows changed gets their search keys rebuilt, as a local save would.
 */
public final class JdbcReplica implements Replica {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Table> TABLES = new ConcurrentHashMap<>();
    private static final Set<String> PERSON_TABLES = Set.of("person", "person_alias", "person_citizenship",
            "person_language", "identity_document", "contact_identifier");

    /** Each synchronised table's place in {@link OutboxTrigger#TABLES}, looked up for every record of a page. */
    private static final Map<String, Integer> ORDER = java.util.stream.IntStream.range(0, OutboxTrigger.TABLES.size())
            .boxed().collect(java.util.stream.Collectors.toUnmodifiableMap(OutboxTrigger.TABLES::get, i -> i));
    private final SessionContext context;
    private final JpaPersonRepository persons;
    private final Runnable tagRenewed;

    /** {@code tagRenewed} runs after a transaction in which {@link #startOver} drew a new device tag. */
    JdbcReplica(SessionContext context, JpaPersonRepository persons, Runnable tagRenewed) {
        this.context = context;
        this.persons = persons;
        this.tagRenewed = tagRenewed;
    }

    /**
     * The statements a page applies its records with, each prepared once per page instead of once per record; closed
     * with the page.
     */
    private static final class Statements implements AutoCloseable {
        final Connection c;
        private final Map<String, PreparedStatement> prepared = new HashMap<>();

        Statements(Connection c) {
            this.c = c;
        }

        PreparedStatement get(String sql) throws SQLException {
            PreparedStatement ps = prepared.get(sql);
            if (ps == null) {
                ps = c.prepareStatement(sql);
                prepared.put(sql, ps);
            } else {
                ps.clearParameters();
            }
            return ps;
        }

        @Override
        public void close() throws SQLException {
            SQLException first = null;
            for (PreparedStatement ps : prepared.values()) {
                try {
                    ps.close();
                } catch (SQLException e) {
                    first = first == null ? e : first;
                }
            }
            prepared.clear();
            if (first != null) {
                throw first;
            }
        }
    }

    /** A synchronised table's columns (name to JDBC type), primary key, and the columns that point at its own rows. */
    private record Table(String name, Map<String, String> columns, List<String> key, List<String> selfRefs,
            boolean versioned, boolean hasCase, String where) {
    }

    private static Table table(Connection c, String name) throws SQLException {
        Table t = TABLES.get(name);
        if (t != null) {
            return t;
        }
        DatabaseMetaData meta = c.getMetaData();
        String upper = name.toUpperCase(Locale.ROOT);
        Map<String, String> cols = new LinkedHashMap<>();
        try (ResultSet rs = meta.getColumns(null, "PUBLIC", upper, null)) {
            while (rs.next()) {
                if ("YES".equalsIgnoreCase(rs.getString("IS_GENERATEDCOLUMN"))) {
                    continue; // computed by the database
                }
                cols.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT));
            }
        }
        java.util.TreeMap<Integer, String> keys = new java.util.TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, "PUBLIC", upper)) {
            while (rs.next()) {
                keys.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        List<String> self = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(null, "PUBLIC", upper)) {
            while (rs.next()) {
                if (upper.equalsIgnoreCase(rs.getString("PKTABLE_NAME"))) {
                    self.add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        t = new Table(name, cols, List.copyOf(keys.values()), self, cols.containsKey("version"),
                cols.containsKey("case_id"), String.join(" AND ", keys.values().stream().map(k -> k + " = ?").toList()));
        TABLES.put(name, t);
        return t;
    }

    private <T> T jdbc(ReturningWork<T> work) {
        context.current().flush();
        return context.current().doReturningWork(c -> {
            try {
                return OutboxTrigger.suppressed(() -> work.execute(c));
            } catch (SQLException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public PullState pullState() {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT feed_cursor, scope, epoch FROM sync_state");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new PullState(rs.getLong(1), rs.getString(2), rs.getObject(3, UUID.class));
            }
        });
    }

    @Override
    public Applied apply(List<FeedRecord> records, long cursor, String scope, Instant at) {
        Applied done = jdbc(c -> {
            // only this class writes the inbox and the conflict list, and a page holds each record once: when they
            // are empty as the page starts, nothing in them can concern a record of the page but what it adds itself
            boolean inbox = any(c, "SELECT 1 FROM sync_inbox LIMIT 1");
            boolean conflictList = any(c, "SELECT 1 FROM sync_conflict LIMIT 1");
            // a record with unsent changes waits for them to reach HQ; most pulls follow a push that emptied the
            // outbox, and then no record need be looked for in it. Only the tables with unsent changes are looked in:
            // the Received audit entries an earlier page wrote are unsent, and audit entries never come from HQ
            Set<String> unsent = tablesWithUnsent(c);
            List<FeedRecord> page = ordered(records);
            Keys keys = new Keys();
            Map<FeedRecord, Boolean> present = present(c, page, keys);
            try (Statements st = new Statements(c)) {
                Page applying = new Page(st, keys, inbox, conflictList);
                for (FeedRecord r : page) {
                    if (!ORDER.containsKey(r.table()) || "audit_entry".equals(r.table())) {
                        continue;
                    }
                    if (unsent.contains(r.table()) && pending(st, r)) {
                        applying.waiting++;
                        continue;
                    }
                    Boolean here = present.get(r);
                    if (Boolean.FALSE.equals(here) && !r.deleted()) {
                        applying.insert(r);
                    } else {
                        applying.flush();
                        applying.outcome(r, applyOne(st, r, here, keys.of(r), applying.arrived));
                    }
                }
                applying.flush();
                moveCaseCounters(c, applying.caseNumbers);
                update(c, "UPDATE sync_state SET feed_cursor = ?, scope = ?, last_pull_at = ?", cursor, scope,
                        at.atOffset(ZoneOffset.UTC));
                reindex(applying.touchedPersons);
                if (applying.arrived.tagRenewed) {
                    context.afterCompletion(tagRenewed);
                }
                return new Applied(applying.applied, applying.kept, applying.waiting, applying.arrived.done());
            }
        });
        return done;
    }

    /** Each record's key, read from its JSON once per page however many steps look at it. */
    private static final class Keys {
        private final Map<FeedRecord, Map<String, JsonNode>> read = new java.util.IdentityHashMap<>();

        Map<String, JsonNode> of(FeedRecord r) throws SQLException {
            Map<String, JsonNode> k = read.get(r);
            if (k == null) {
                k = parse(r.rowKey());
                read.put(r, k);
            }
            return k;
        }
    }

    /** Rows one INSERT statement carries at most ({@link Page#insert}). */
    private static final int INSERT_ROWS = 100;

    /**
     * One page being applied: what it did so far, and a run of new rows of one table with the same columns waiting to
     * go in by one multi-row INSERT (a first sync inserts tens of thousands of rows; one statement per row spends
     * about a sixth of the page in H2's per-statement work). A run whose statement fails on an integrity rule (a
     * reference not here yet, a number taken here) is applied again row by row, so each row is applied or kept back
     * on its own as before: H2 undoes the whole failed statement first.
     */
    private final class Page {
        final Statements st;
        final Keys keys;
        final boolean inbox;
        final boolean conflictList;
        final Arrivals arrived = new Arrivals();
        final Map<String, Long> caseNumbers = new HashMap<>();
        final Set<UUID> touchedPersons = new HashSet<>();
        int applied;
        int kept;
        int waiting;
        private final List<FeedRecord> run = new ArrayList<>();
        private final List<Map<String, String>> runValues = new ArrayList<>();
        private Table runTable;

        Page(Statements st, Keys keys, boolean inbox, boolean conflictList) {
            this.st = st;
            this.keys = keys;
            this.inbox = inbox;
            this.conflictList = conflictList;
        }

        /** Adds a record whose row is not here to the run, first inserting the run if it cannot join it. */
        void insert(FeedRecord r) throws SQLException {
            Table t = table(st.c, r.table());
            Map<String, String> values = values(t, r);
            if (runTable != t || !runValues.get(0).keySet().equals(values.keySet()) || run.size() == INSERT_ROWS) {
                flush();
                runTable = t;
            } else { // the run's columns, in the run's order: each row's values are bound in that order
                Map<String, String> inRunOrder = new LinkedHashMap<>();
                for (String col : runValues.get(0).keySet()) {
                    inRunOrder.put(col, values.get(col));
                }
                values = inRunOrder;
            }
            run.add(r);
            runValues.add(values);
        }

        /** Inserts the run waiting, if any. */
        void flush() throws SQLException {
            if (run.isEmpty()) {
                return;
            }
            try {
                if (run.size() == 1) {
                    outcome(run.get(0), applyOne(st, run.get(0), Boolean.FALSE, keys.of(run.get(0)), arrived));
                    return;
                }
                Table t = runTable;
                List<String> cols = new ArrayList<>(t.key());
                cols.addAll(runValues.get(0).keySet());
                if (t.versioned()) {
                    cols.add("version");
                }
                String row = "(" + String.join(", ", java.util.Collections.nCopies(cols.size(), "?")) + ")";
                PreparedStatement ps = st.get("INSERT INTO " + t.name() + " (" + String.join(", ", cols)
                        + ") VALUES " + String.join(", ", java.util.Collections.nCopies(run.size(), row)));
                int i = 1;
                for (int n = 0; n < run.size(); n++) {
                    i = bindKey(ps, i, t, keys.of(run.get(n)));
                    i = bindValues(ps, i, t, runValues.get(n));
                    if (t.versioned()) {
                        ps.setLong(i++, 0);
                    }
                }
                try {
                    ps.executeUpdate();
                } catch (SQLException e) {
                    if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                        throw e;
                    }
                    for (FeedRecord r : run) { // one of them cannot go in yet: each on its own, looked up again
                        outcome(r, applyOne(st, r, null, keys.of(r), arrived));
                    }
                    return;
                }
                for (FeedRecord r : run) {
                    arrived.inserted(r);
                    outcome(r, null);
                }
            } finally {
                run.clear();
                runValues.clear();
                runTable = null;
            }
        }

        /** What follows a record's applying ({@code failure} null) or its being kept back (why). */
        void outcome(FeedRecord r, String failure) throws SQLException {
            if (failure == null) {
                applied++;
                caseNumberSeen(r, caseNumbers);
                if (inbox) {
                    forgetKept(st.c, r);
                }
                conflicts(st.c, r, conflictList);
                personOf(r, keys).ifPresent(touchedPersons::add);
            } else {
                keep(st.c, r, failure);
                kept++;
            }
        }
    }

    @Override
    public Applied retryKept() {
        return jdbc(c -> {
            int fitted = 0;
            Arrivals arrived = new Arrivals();
            boolean progress = true;
            while (progress) {
                progress = false;
                Set<UUID> touched = new HashSet<>();
                try (Statements st = new Statements(c)) {
                    for (FeedRecord r : ordered(keptRecords(c))) {
                        if (applyOne(st, r, null, parse(r.rowKey()), arrived) == null) {
                            Map<String, Long> caseNumbers = new HashMap<>();
                            caseNumberSeen(r, caseNumbers);
                            moveCaseCounters(c, caseNumbers);
                            forgetKept(c, r);
                            conflicts(c, r, true);
                            personOf(r, null).ifPresent(touched::add);
                            fitted++;
                            progress = true;
                        }
                    }
                }
                reindex(touched);
            }
            if (arrived.tagRenewed) {
                context.afterCompletion(tagRenewed);
            }
            return new Applied(fitted, 0, 0, arrived.done());
        });
    }

    @Override
    public long kept() {
        return count("SELECT COUNT(*) FROM sync_inbox");
    }

    /** The column that holds the number of a numbered record, by table (what a held record is shown by). */
    private static final Map<String, String> NUMBERED = Map.of("exhibit", "exhibit_number", "case_file",
            "case_number");

    @Override
    public List<Held> keptBack(int limit) {
        return jdbc(c -> {
            List<Held> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT table_name, row_key, reason, fields FROM sync_inbox ORDER BY table_name, row_key LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String numberColumn = NUMBERED.get(rs.getString(1));
                        String number = null;
                        if (numberColumn != null) {
                            try {
                                JsonNode v = JSON.readTree(rs.getString(4)).get(numberColumn);
                                // each field's value is itself JSON text
                                number = v == null || v.isNull() ? null : JSON.readTree(v.asText()).asText(null);
                            } catch (IOException e) {
                                throw new SQLException("a kept record could not be read", e);
                            }
                        }
                        out.add(new Held(rs.getString(1), rs.getString(2), rs.getString(3), number));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public long openConflicts() {
        return count("SELECT COUNT(*) FROM sync_conflict");
    }

    @Override
    public List<String> conflictedFields(String table, UUID id) {
        return jdbc(c -> {
            List<String> out = new ArrayList<>();
            // row keys are HQ's JSON of the primary key; an id is unique within its table
            try (PreparedStatement ps = c.prepareStatement("SELECT col FROM sync_conflict WHERE table_name = ?"
                    + " AND row_key LIKE ? ORDER BY col")) {
                ps.setString(1, table);
                ps.setString(2, "%\"" + id + "\"%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<org.shield.application.sync.FieldInConflict> conflictedCareFields(UUID caseId, UUID personId) {
        return jdbc(c -> {
            List<org.shield.application.sync.FieldInConflict> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sync_conflict LIMIT 1");
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return out; // no conflict at all: the usual case
                }
            }
            for (String table : VICTIM_CARE) {
                // row keys are HQ's JSON of the primary key, {"id":"…"}
                try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT k.col FROM sync_conflict k JOIN "
                        + table + " t ON k.row_key = CONCAT('{\"id\":\"', CAST(t.id AS VARCHAR), '\"}') WHERE"
                        + " k.table_name = ? AND t.case_id = ? AND t.person_id = ? ORDER BY k.col")) {
                    ps.setString(1, table);
                    ps.setObject(2, caseId);
                    ps.setObject(3, personId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new org.shield.application.sync.FieldInConflict(table, rs.getString(1)));
                        }
                    }
                }
            }
            return out;
        });
    }

    private long count(String sql) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public int restart(String scope, List<UUID> visibleCases, boolean holdsPersonsAnywhere) {
        return jdbc(c -> {
            Set<UUID> visible = new HashSet<>(visibleCases);
            List<UUID> gone = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM case_file");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    if (!visible.contains(id)) {
                        gone.add(id);
                    }
                }
            }
            int removed = 0;
            for (UUID caseId : gone) {
                if (notAtHqYet(c, caseId)) {
                    continue; // HQ knows nothing of it to list: it goes there first, and leaves if HQ withdraws it
                }
                if (contentToSend(c, caseId)) {
                    markLeaving(c, caseId); // its content goes there first; it leaves at the end of a sync (leave)
                    continue;
                }
                removeCase(c, caseId); // unsent edits to it stay in the outbox and still reach HQ
                removed++;
            }
            List<UUID> leaving = leaving(c);
            for (UUID caseId : leaving) {
                if (visible.contains(caseId)) {
                    update(c, "DELETE FROM sync_leaving WHERE case_id = ?", caseId); // the user may see it again
                }
            }
            removePersons(c, holdsPersonsAnywhere);
            update(c, "DELETE FROM sync_inbox");
            update(c, "DELETE FROM sync_conflict");
            update(c, "UPDATE sync_state SET feed_cursor = 0, scope = ?", scope);
            return removed;
        });
    }

    @Override
    public int withdraw(List<UUID> cases, boolean holdsPersonsAnywhere) {
        if (cases.isEmpty()) {
            return 0;
        }
        return jdbc(c -> {
            int removed = 0;
            Set<UUID> persons = new java.util.LinkedHashSet<>();
            for (UUID caseId : new java.util.LinkedHashSet<>(cases)) {
                if (!held(c, caseId)) {
                    continue;
                }
                if (stillToSend(c, caseId)) {
                    markLeaving(c, caseId);
                    continue;
                }
                removeWithParties(c, caseId, persons);
                removed++;
            }
            removeOrphans(c, persons, holdsPersonsAnywhere);
            return removed;
        });
    }

    @Override
    public int leave(boolean holdsPersonsAnywhere) {
        return jdbc(c -> {
            int removed = 0;
            Set<UUID> persons = new java.util.LinkedHashSet<>();
            for (UUID caseId : leaving(c)) {
                if (held(c, caseId)) {
                    if (stillToSend(c, caseId)) {
                        continue;
                    }
                    removeWithParties(c, caseId, persons);
                    removed++;
                }
                update(c, "DELETE FROM sync_leaving WHERE case_id = ?", caseId);
            }
            removeOrphans(c, persons, holdsPersonsAnywhere);
            return removed;
        });
    }

    @Override
    public List<String> releasedBlobs() {
        return jdbc(c -> column(c, String.class, "SELECT blob_id FROM evidence_released ORDER BY blob_id"));
    }

    @Override
    public void blobsDiscarded(List<String> blobIds) {
        jdbc(c -> {
            for (String id : blobIds) {
                update(c, "DELETE FROM evidence_released WHERE blob_id = ?", id);
            }
            return null;
        });
    }

    @Override
    public void epoch(UUID epoch) {
        jdbc(c -> update(c, "UPDATE sync_state SET epoch = ?", epoch));
    }

    @Override
    public void rewind(long cursor, String scope) {
        jdbc(c -> update(c, "UPDATE sync_state SET feed_cursor = ?, scope = ? WHERE feed_cursor > ?", cursor, scope,
                cursor));
    }

    @Override
    public void startOver(long storedUpTo) {
        jdbc(c -> {
            List<Long> seqs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM sync_outbox ORDER BY seq");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                }
            }
            update(c, "UPDATE sync_outbox SET seq = -seq");
            long next = storedUpTo + 1;
            for (long old : seqs) {
                update(c, "UPDATE sync_outbox SET seq = ? WHERE seq = ?", next++, -old);
            }
            update(c, "UPDATE sync_state SET next_seq = ?, acked_seq = ?, feed_cursor = 0, scope = NULL, epoch = NULL",
                    next, storedUpTo);
            // a restored or copied vault: what it numbers from now on carries a new tag, so that it never gives again
            // a number its original gave after the copy was taken (ADR 0002, "Restored copies")
            VaultDatabase.renewDeviceTag(c);
            context.afterCompletion(tagRenewed);
            return null;
        });
    }

    // ---- applying one record

    private static List<FeedRecord> ordered(List<FeedRecord> records) {
        List<FeedRecord> out = new ArrayList<>(records);
        out.sort(Comparator.comparingInt(r -> ORDER.getOrDefault(r.table(), Integer.MAX_VALUE)));
        return out;
    }

    private static boolean any(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = bound(c, sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /** The first column of what {@code sql} selects, as {@code type}. */
    private static <T> List<T> column(Connection c, Class<T> type, String sql, Object... args) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = bound(c, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getObject(1, type));
            }
        }
        return out;
    }

    private static PreparedStatement bound(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    private static Set<String> tablesWithUnsent(Connection c) throws SQLException {
        return new HashSet<>(column(c, String.class, "SELECT DISTINCT table_name FROM sync_outbox"));
    }

    private static boolean pending(Statements st, FeedRecord r) throws SQLException {
        PreparedStatement ps = st.get("SELECT 1 FROM sync_outbox WHERE table_name = ? AND row_key = ? LIMIT 1");
        ps.setString(1, r.table());
        ps.setString(2, r.rowKey());
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /**
     * Whether the vault holds the row of each of a page's records: one query per table and up to 1,000 values of the
     * key's first column instead of one per record. A record whose key cannot be compared exactly here (a key column
     * of a type other than an id, text or a whole number, or a part missing), or deleted, is not in the answer and is
     * looked up on its own ({@link #tryApply}). A row said to be absent is inserted (and looked up on its own if it
     * is there after all: {@link #applyOne}).
     */
    private static Map<FeedRecord, Boolean> present(Connection c, List<FeedRecord> page, Keys keys)
            throws SQLException {
        Map<String, Map<Object, List<FeedRecord>>> byTable = new LinkedHashMap<>();
        for (FeedRecord r : page) {
            if (r.deleted() || !ORDER.containsKey(r.table())) {
                continue;
            }
            Table t = table(c, r.table());
            Object k = t.key().size() == 1 ? keyValue(t, keys.of(r)) : compositeKey(t, keys.of(r));
            if (k != null) {
                byTable.computeIfAbsent(r.table(), x -> new HashMap<>()).computeIfAbsent(k, x -> new ArrayList<>())
                        .add(r);
            }
        }
        Map<FeedRecord, Boolean> out = new java.util.IdentityHashMap<>();
        for (Map.Entry<String, Map<Object, List<FeedRecord>>> e : byTable.entrySet()) {
            Table t = table(c, e.getKey());
            String col = t.key().get(0);
            boolean uuid = "UUID".equals(t.columns().get(col));
            boolean composite = t.key().size() > 1;
            Map<Object, List<FeedRecord>> wanted = e.getValue();
            wanted.values().forEach(rs -> rs.forEach(r -> out.put(r, Boolean.FALSE)));
            List<Object> ids = new ArrayList<>(new java.util.LinkedHashSet<>(composite
                    ? wanted.keySet().stream().map(k -> ((List<?>) k).get(0)).toList() : wanted.keySet()));
            try (PreparedStatement ps = c.prepareStatement("SELECT " + String.join(", ", t.key()) + " FROM "
                    + t.name() + " WHERE " + col + " = ANY(?)")) {
                for (int i = 0; i < ids.size(); i += 1_000) {
                    java.sql.Array arr = c.createArrayOf(uuid ? "UUID" : "VARCHAR",
                            ids.subList(i, Math.min(ids.size(), i + 1_000)).toArray());
                    try {
                        ps.setArray(1, arr);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                Object k = composite ? compositeKey(t, rs) : uuid ? rs.getObject(1, UUID.class)
                                        : rs.getString(1);
                                wanted.getOrDefault(k, List.of()).forEach(r -> out.put(r, Boolean.TRUE));
                            }
                        }
                    } finally {
                        arr.free();
                    }
                }
            }
        }
        return out;
    }

    /** The kinds of key column {@link #present} compares exactly, by the type name the database gives. */
    private static String keyKind(String type) {
        return switch (type) {
            case "UUID" -> "id";
            case "CHARACTER VARYING", "VARCHAR" -> "text";
            case "INTEGER", "BIGINT", "SMALLINT", "TINYINT" -> "number";
            default -> null;
        };
    }

    /** A key of several columns as a list of comparable values (ids, text, longs); null if one cannot be compared. */
    private static List<Object> compositeKey(Table t, Map<String, JsonNode> key) {
        List<Object> out = new ArrayList<>(t.key().size());
        for (String col : t.key()) {
            JsonNode v = key.get(col);
            String kind = keyKind(t.columns().get(col));
            if (v == null || v.isNull() || kind == null) {
                return null;
            }
            Object value;
            try {
                value = switch (kind) {
                    case "id" -> UUID.fromString(v.asText());
                    case "number" -> v.isIntegralNumber() ? v.longValue() : Long.parseLong(v.asText());
                    default -> v.isTextual() ? v.asText() : null;
                };
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (value == null) {
                return null;
            }
            out.add(value);
        }
        return out;
    }

    /** The key of the row {@code rs} is on, read as {@link #compositeKey(Table, Map)} reads a record's. */
    private static List<Object> compositeKey(Table t, ResultSet rs) throws SQLException {
        List<Object> out = new ArrayList<>(t.key().size());
        for (int i = 0; i < t.key().size(); i++) {
            String kind = keyKind(t.columns().get(t.key().get(i)));
            out.add("id".equals(kind) ? rs.getObject(i + 1, UUID.class)
                    : "number".equals(kind) ? (Object) rs.getLong(i + 1) : rs.getString(i + 1));
        }
        return out;
    }

    /** A one-column key's value as its column holds it (an id, else text); null if the record's key lacks it. */
    private static Object keyValue(Table t, Map<String, JsonNode> key) {
        String col = t.key().get(0);
        JsonNode v = key.get(col);
        if (v == null || v.isNull()) {
            return null;
        }
        if ("UUID".equals(t.columns().get(col))) {
            try {
                return UUID.fromString(v.asText());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return v.asText();
    }

    /** The exhibits and custody steps a page inserted (not those it updated): evidence new to this vault. */
    private static final class Arrivals {
        private final Set<UUID> exhibits = new HashSet<>();
        private final Map<UUID, UUID> steps = new HashMap<>();
        /** Records of this vault that gave up their number to one from HQ ({@link NumberYield}). */
        final List<org.shield.application.sync.Renumbered> renumbered = new ArrayList<>();
        /** Whether a yield drew a new device tag (the cached tag must be read again after the transaction). */
        boolean tagRenewed;

        void inserted(FeedRecord r) throws SQLException {
            if ("exhibit".equals(r.table())) {
                exhibits.add(UUID.fromString(keyPart(r.rowKey(), "id")));
            } else if ("custody_event".equals(r.table())) {
                try {
                    UUID exhibit = UUID.fromString(JSON.readTree(r.fields().get("exhibit_id")).asText());
                    steps.put(UUID.fromString(keyPart(r.rowKey(), "id")), exhibit);
                } catch (IOException | RuntimeException e) {
                    throw new SQLException("a custody step from HQ could not be read", e);
                }
            }
        }

        Arrived done() {
            return new Arrived(exhibits, steps, renumbered);
        }
    }

    /**
     * Applies one record; null if it did, else why not (a reference not here yet, a number taken here).
     * {@code present}: whether its row is here, if known ({@link #present}); null to look it up. A row it inserts
     * is noted in {@code arrived} if it is evidence. {@code key}: the record's key, read.
     */
    private static String applyOne(Statements st, FeedRecord r, Boolean present, Map<String, JsonNode> key,
            Arrivals arrived) throws SQLException {
        String failure = tryApply(st, r, present, key, arrived);
        if ("duplicate".equals(failure) && Boolean.FALSE.equals(present)) { // said absent by the page's look-up
            failure = tryApply(st, r, null, key, arrived);
        }
        if ("duplicate".equals(failure)) { // a record of this vault's that HQ does not hold yet may yield its number
            NumberYield.Done y = NumberYield.yieldTo(st.c, r);
            if (y != null) {
                arrived.renumbered.add(y.renumbered());
                arrived.tagRenewed |= y.tagRenewed();
                failure = tryApply(st, r, present, key, arrived);
            }
        }
        return failure;
    }

    private static String tryApply(Statements st, FeedRecord r, Boolean present, Map<String, JsonNode> key,
            Arrivals arrived) throws SQLException {
        Table t = table(st.c, r.table());
        String where = t.where();
        try {
            if (r.deleted()) {
                PreparedStatement ps = st.get("DELETE FROM " + t.name() + " WHERE " + where);
                bindKey(ps, 1, t, key);
                ps.executeUpdate();
                return null;
            }
            Map<String, String> values = values(t, r);
            boolean exists;
            if (present != null) {
                exists = present;
            } else {
                PreparedStatement ps = st.get("SELECT 1 FROM " + t.name() + " WHERE " + where);
                bindKey(ps, 1, t, key);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (exists && values.isEmpty()) {
                return null;
            }
            if (exists) {
                String set = String.join(", ", values.keySet().stream().map(col -> col + " = ?").toList())
                        + (t.versioned() ? ", version = version + 1" : "");
                PreparedStatement ps = st.get("UPDATE " + t.name() + " SET " + set + " WHERE " + where);
                int i = bindValues(ps, 1, t, values);
                bindKey(ps, i, t, key);
                // none: the row went after the page's look-up (a delete cascading from a record before it); insert it
                exists = ps.executeUpdate() > 0;
            }
            if (!exists) {
                List<String> cols = new ArrayList<>(t.key());
                cols.addAll(values.keySet());
                if (t.versioned()) {
                    cols.add("version");
                }
                PreparedStatement ps = st.get("INSERT INTO " + t.name() + " (" + String.join(", ", cols)
                        + ") VALUES (" + String.join(", ", java.util.Collections.nCopies(cols.size(), "?")) + ")");
                int i = bindKey(ps, 1, t, key);
                i = bindValues(ps, i, t, values);
                if (t.versioned()) {
                    ps.setLong(i, 0);
                }
                ps.executeUpdate();
                arrived.inserted(r);
            }
            return null;
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("23")) { // integrity: a reference not here yet, a unique number taken, a value missing
                return switch (state) {
                    case "23506" -> "reference";
                    case "23505" -> "duplicate";
                    default -> "incomplete";
                };
            }
            throw e;
        }
    }

    /** The record's fields this vault's table holds and takes from HQ: not its key, version or vault-local columns. */
    private static Map<String, String> values(Table t, FeedRecord r) {
        Map<String, String> values = new LinkedHashMap<>();
        r.fields().forEach((col, v) -> {
            if (t.columns().containsKey(col) && !"version".equals(col) && !t.key().contains(col)
                    && !OutboxTrigger.vaultLocal(r.table(), col)) {
                values.put(col, v);
            }
        });
        return values;
    }

    private static Map<String, JsonNode> parse(String json) throws SQLException {
        try {
            Map<String, JsonNode> out = new LinkedHashMap<>();
            JSON.readTree(json).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
            return out;
        } catch (IOException | RuntimeException e) {
            throw new SQLException("a record from HQ could not be read", e);
        }
    }

    private static int bindKey(PreparedStatement ps, int from, Table t, Map<String, JsonNode> key)
            throws SQLException {
        int i = from;
        for (String k : t.key()) {
            JsonNode v = key.get(k);
            if (v == null) {
                throw new SQLException("a record from HQ lacks part of its key");
            }
            bind(ps, i++, t.columns().get(k), v);
        }
        return i;
    }

    private static int bindValues(PreparedStatement ps, int from, Table t, Map<String, String> values)
            throws SQLException {
        int i = from;
        for (Map.Entry<String, String> e : values.entrySet()) {
            String json = e.getValue();
            String type = t.columns().get(e.getKey());
            String plain = plainString(json);
            if (plain != null) { // most values: a JSON string with nothing escaped, read without a parser
                bindText(ps, i++, type, plain);
                continue;
            }
            JsonNode v;
            try {
                v = json == null ? null : JSON.readTree(json);
            } catch (IOException ex) {
                throw new SQLException("a value from HQ could not be read", ex);
            }
            bind(ps, i++, type, v);
        }
        return i;
    }

    /** The text of a JSON string value with no escapes in it ({@code "abc"} gives {@code abc}); else null. */
    static String plainString(String json) {
        if (json == null || json.length() < 2 || json.charAt(0) != '"' || json.charAt(json.length() - 1) != '"'
                || json.indexOf('\\') >= 0 || json.indexOf('"', 1) != json.length() - 1) {
            return null;
        }
        return json.substring(1, json.length() - 1);
    }

    private static boolean isBinary(String type) {
        return type.startsWith("BINARY") || type.equals("VARBINARY") || type.equals("BLOB");
    }

    /**
     * Binds a value as the outbox trigger wrote it ({@link OutboxTrigger}): bytes as base64, ids, times and dates as
     * their ISO text (which H2 reads back into the column's type), numbers and booleans as themselves.
     */
    private static void bind(PreparedStatement ps, int i, String type, JsonNode v) throws SQLException {
        if (v == null || v.isNull()) {
            ps.setNull(i, Types.NULL);
        } else if (v.isBoolean() && !isBinary(type) && !type.equals("UUID")) {
            ps.setBoolean(i, v.booleanValue());
        } else if (v.isIntegralNumber() && !isBinary(type) && !type.equals("UUID")) {
            ps.setLong(i, v.longValue());
        } else if (v.isNumber() && !isBinary(type) && !type.equals("UUID")) {
            ps.setBigDecimal(i, v.decimalValue());
        } else {
            bindText(ps, i, type, v.asText());
        }
    }

    /** Binds the text of a value: bytes from base64, an id parsed, anything else as text. */
    private static void bindText(PreparedStatement ps, int i, String type, String text) throws SQLException {
        if (isBinary(type)) {
            try {
                ps.setBytes(i, Base64.getDecoder().decode(text));
            } catch (IllegalArgumentException e) {
                throw new SQLException("a value from HQ is not base64", "22000", e);
            }
        } else if (type.equals("UUID")) {
            try {
                ps.setObject(i, UUID.fromString(text));
            } catch (IllegalArgumentException e) {
                throw new SQLException("a value from HQ is not an id", "22000", e);
            }
        } else {
            ps.setString(i, text);
        }
    }

    /** The person whose own rows the record is part of, if any; its key read from {@code keys} if given. */
    private static java.util.Optional<UUID> personOf(FeedRecord r, Keys keys) throws SQLException {
        if (!PERSON_TABLES.contains(r.table())) {
            return java.util.Optional.empty();
        }
        String col = "person".equals(r.table()) ? "id" : "person_id";
        String json;
        if (keys == null) {
            json = keyPart(r.rowKey(), col);
        } else {
            JsonNode v = keys.of(r).get(col);
            json = v == null ? null : v.asText();
        }
        try {
            return json == null ? java.util.Optional.empty() : java.util.Optional.of(UUID.fromString(json));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static String keyPart(String rowKey, String col) {
        try {
            JsonNode v = JSON.readTree(rowKey).get(col);
            return v == null ? null : v.asText();
        } catch (IOException e) {
            return null;
        }
    }

    /** Persons read and reindexed together ({@link #reindex}): one read of them and their lists, one flush. */
    private static final int REINDEX_CHUNK = 64;

    /**
     * Rebuilds the search keys of the persons a page touched, {@value #REINDEX_CHUNK} at a time: they are read
     * together (one query for the persons and one per list of theirs instead of one of each per person), their keys
     * written by one delete and one insert batch, and they are let go of, so that the session never holds more than
     * one chunk of them and each flush looks at that chunk only.
     */
    private void reindex(Set<UUID> touched) {
        if (touched.isEmpty()) {
            return;
        }
        Session s = context.current();
        Set<Object> held = heldPersons(s);
        List<UUID> ids = new ArrayList<>(touched);
        for (int i = 0; i < ids.size(); i += REINDEX_CHUNK) {
            List<Person> found = new ArrayList<>(REINDEX_CHUNK);
            for (Person p : s.findMultiple(Person.class, ids.subList(i, Math.min(ids.size(), i + REINDEX_CHUNK)))) {
                if (p != null) {
                    if (held.contains(p.getId())) { // read before this page wrote it by JDBC: read again
                        s.refresh(p);
                    }
                    found.add(p);
                }
            }
            persons.reindex(found);
            found.forEach(s::detach);
        }
    }

    /** The ids of the persons the session holds (the pull itself leaves none; a caller's transaction may). */
    private static Set<Object> heldPersons(Session s) {
        Set<Object> ids = new HashSet<>();
        for (Object k : s.getStatistics().getEntityKeys()) {
            org.hibernate.engine.spi.EntityKey key = (org.hibernate.engine.spi.EntityKey) k;
            if (Person.class.getName().equals(key.getEntityName())) {
                ids.add(key.getIdentifier());
            }
        }
        return ids;
    }

    /**
     * Keeps this vault's case number counters past every number HQ sent: a vault restored from an older copy must
     * not hand out again the numbers it issued after the copy was taken.
     */
    private static void caseNumberSeen(FeedRecord r, Map<String, Long> highest) {
        if (!"case_file".equals(r.table()) || r.fields().get("case_number") == null) {
            return;
        }
        String number;
        try {
            number = JSON.readTree(r.fields().get("case_number")).asText();
        } catch (IOException e) {
            return;
        }
        int dash = number.lastIndexOf('-');
        long n;
        try {
            n = Long.parseLong(number.substring(dash + 1));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return;
        }
        highest.merge(number.substring(0, Math.max(0, dash)), n, Math::max);
    }

    /** Moves each prefix's counter up to the highest number seen, once per page rather than once per case. */
    private static void moveCaseCounters(Connection c, Map<String, Long> highest) throws SQLException {
        for (Map.Entry<String, Long> e : highest.entrySet()) {
            moveCaseCounter(c, e.getKey(), e.getValue());
        }
    }

    private static void moveCaseCounter(Connection c, String prefix, long n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE case_sequence SET last_value = ? WHERE prefix = ? AND last_value < ?")) {
            ps.setLong(1, n);
            ps.setString(2, prefix);
            ps.setLong(3, n);
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_sequence (prefix, last_value) SELECT ?, ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM case_sequence WHERE prefix = ?)")) {
            ps.setString(1, prefix);
            ps.setLong(2, n);
            ps.setString(3, prefix);
            ps.executeUpdate();
        }
    }

    /** Records the record's open conflicts; {@code forget}: first drops what was recorded for it before. */
    private static void conflicts(Connection c, FeedRecord r, boolean forget) throws SQLException {
        if (forget) {
            update(c, "DELETE FROM sync_conflict WHERE table_name = ? AND row_key = ?", r.table(), r.rowKey());
        }
        for (String col : r.conflicts()) {
            update(c, "INSERT INTO sync_conflict (table_name, row_key, col) VALUES (?, ?, ?)", r.table(), r.rowKey(),
                    col);
        }
    }

    // ---- records kept back

    private static void keep(Connection c, FeedRecord r, String reason) throws SQLException {
        forgetKept(c, r);
        try {
            update(c, "INSERT INTO sync_inbox (table_name, row_key, deleted, fields, conflicts, reason)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", r.table(), r.rowKey(), r.deleted(),
                    JSON.writeValueAsString(r.fields()), String.join(",", r.conflicts()), reason);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("a record from HQ could not be kept", e);
        }
    }

    private static void forgetKept(Connection c, FeedRecord r) throws SQLException {
        update(c, "DELETE FROM sync_inbox WHERE table_name = ? AND row_key = ?", r.table(), r.rowKey());
    }

    private static List<FeedRecord> keptRecords(Connection c) throws SQLException {
        List<FeedRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT table_name, row_key, deleted, fields, conflicts FROM sync_inbox");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, String> fields = new LinkedHashMap<>();
                try {
                    JSON.readTree(rs.getString(4)).fields().forEachRemaining(e ->
                            fields.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
                } catch (IOException e) {
                    throw new SQLException("a kept record could not be read", e);
                }
                String conflicts = rs.getString(5);
                out.add(new FeedRecord(rs.getString(1), rs.getString(2), rs.getBoolean(3), fields,
                        conflicts == null || conflicts.isEmpty() ? List.of() : List.of(conflicts.split(","))));
            }
        }
        return out;
    }

    // ---- leaving the laptop

    /**
     * Whether something of the case held here has not reached HQ yet and would be lost with it: the case itself (made
     * here, its insert still in the outbox), or the content of one of its exhibits, which only this vault holds until
     * a sync sends it (the content goes by its exhibit's row, not the outbox). A case HQ holds may leave with unsent
     * edits: those stay in the outbox and reach HQ all the same.
     */
    private static boolean stillToSend(Connection c, UUID caseId) throws SQLException {
        return notAtHqYet(c, caseId) || contentToSend(c, caseId);
    }

    /** Whether the case was made here and HQ does not hold it yet (its insert still in the outbox). */
    private static boolean notAtHqYet(Connection c, UUID caseId) throws SQLException {
        return any(c, "SELECT 1 FROM sync_outbox WHERE table_name = 'case_file' AND row_key = ? AND op = 'INSERT'"
                + " LIMIT 1", "{\"id\":\"" + caseId + "\"}");
    }

    /** Whether one of the case's exhibits holds content here that HQ has not confirmed it holds. */
    private static boolean contentToSend(Connection c, UUID caseId) throws SQLException {
        return any(c, "SELECT 1 FROM exhibit e WHERE e.case_id = ? AND e.blob_id IS NOT NULL AND e.sha256 IS NOT"
                + " NULL AND e.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM exhibit_content_at_hq h"
                + " WHERE h.sha256 = e.sha256) LIMIT 1", caseId);
    }

    /** Notes that HQ took the case from the user: it leaves at the end of a sync once all of it has reached HQ. */
    private static void markLeaving(Connection c, UUID caseId) throws SQLException {
        update(c, "MERGE INTO sync_leaving (case_id, since) KEY (case_id) VALUES (?, CURRENT_TIMESTAMP)", caseId);
    }

    private static List<UUID> leaving(Connection c) throws SQLException {
        return column(c, UUID.class, "SELECT case_id FROM sync_leaving ORDER BY since, case_id");
    }

    private static boolean held(Connection c, UUID caseId) throws SQLException {
        return any(c, "SELECT 1 FROM case_file WHERE id = ?", caseId);
    }

    /** Removes the case, adding its parties to {@code persons} for {@link #removeOrphans} to look at afterwards. */
    private static void removeWithParties(Connection c, UUID caseId, Set<UUID> persons) throws SQLException {
        persons.addAll(column(c, UUID.class, "SELECT person_id FROM case_party WHERE case_id = ?", caseId));
        removeCase(c, caseId);
    }

    /** Removes a case and every row that belongs to it, children first. */
    private static void removeCase(Connection c, UUID caseId) throws SQLException {
        // the content of its exhibits leaves the disk once this transaction has committed (SyncRun)
        update(c, "MERGE INTO evidence_released (blob_id) KEY (blob_id) SELECT blob_id FROM exhibit WHERE case_id = ?"
                + " AND blob_id IS NOT NULL", caseId);
        List<String> reversed = new ArrayList<>(OutboxTrigger.TABLES);
        java.util.Collections.reverse(reversed);
        update(c, "DELETE FROM interview_addendum WHERE interview_id IN (SELECT id FROM interview WHERE case_id = ?)",
                caseId);
        update(c, "DELETE FROM screening_answer WHERE screening_id IN (SELECT id FROM screening WHERE case_id = ?)",
                caseId);
        for (String name : reversed) {
            Table t = table(c, name);
            if (!t.hasCase() || "audit_entry".equals(name)) {
                continue;
            }
            for (String self : t.selfRefs()) {
                update(c, "UPDATE " + name + " SET " + self + " = NULL WHERE case_id = ?", caseId);
            }
            update(c, "DELETE FROM " + name + " WHERE case_id = ?", caseId);
        }
        update(c, "DELETE FROM case_file WHERE id = ?", caseId);
    }

    /**
     * Removes the details of protected persons (they come back with the pull if the user may still hold them) and the
     * persons no case here refers to any more that the user may hold only through a case.
     */
    private static void removePersons(Connection c, boolean holdsPersonsAnywhere) throws SQLException {
        for (String part : List.of("person_alias", "person_citizenship", "person_language", "identity_document",
                "contact_identifier")) {
            update(c, "DELETE FROM " + part + " WHERE person_id IN (SELECT id FROM person WHERE pseudonym IS NOT NULL)");
        }
        List<UUID> orphans = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.id FROM person p WHERE NOT EXISTS (SELECT 1 FROM"
                + " case_party cp WHERE cp.person_id = p.id)" + (holdsPersonsAnywhere ? " AND p.pseudonym IS NOT NULL"
                        : ""));
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                orphans.add(rs.getObject(1, UUID.class));
            }
        }
        for (UUID p : orphans) {
            removePerson(c, p);
        }
    }

    /**
     * Removes those of {@code persons} (the parties of cases just withdrawn) that no case here refers to any more and
     * that the user may hold only through a case (any person, or only a protected one for who may see persons
     * anywhere).
     */
    private static void removeOrphans(Connection c, Set<UUID> persons, boolean holdsPersonsAnywhere)
            throws SQLException {
        for (UUID p : persons) {
            if (!any(c, "SELECT 1 FROM person WHERE id = ?" + (holdsPersonsAnywhere ? " AND pseudonym IS NOT NULL" : "")
                    + " AND NOT EXISTS (SELECT 1 FROM case_party cp WHERE cp.person_id = ?)", p, p)) {
                continue;
            }
            removePerson(c, p);
        }
    }

    /** Removes a person and their own rows, unless they have unsent changes or a row here still refers to them. */
    private static void removePerson(Connection c, UUID p) throws SQLException {
        if (hasUnsent(c, "person", p)) {
            return;
        }
        try {
            for (String part : List.of("person_alias", "person_citizenship", "person_language", "identity_document",
                    "contact_identifier", "person_search_key")) {
                update(c, "DELETE FROM " + part + " WHERE person_id = ?", p);
            }
            update(c, "DELETE FROM person WHERE id = ?", p);
        } catch (SQLException stillReferenced) {
            if (stillReferenced.getSQLState() == null || !stillReferenced.getSQLState().startsWith("23")) {
                throw stillReferenced;
            }
        }
    }

    private static boolean hasUnsent(Connection c, String table, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM sync_outbox WHERE table_name = ? AND row_key = ? LIMIT 1")) {
            ps.setString(1, table);
            ps.setString(2, "{\"id\":\"" + id + "\"}");
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Object update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = bound(c, sql, args)) {
            ps.executeUpdate();
        }
        return null;
    }
}
