package org.shield.infra.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.shield.application.common.ApplicationException;
import org.shield.application.sync.FeedPage;
import org.shield.application.sync.FeedRecord;

/**
 * Applies a few pages of synthetic feed records to the warm-up database, through the same code a pull runs (the
 * page read from JSON, {@link JdbcReplica#apply}, H2 writing rows, indexes and encrypted pages), so that the
 * laptop's first sync of a session runs compiled code instead of paying the JIT while it pulls (ADR 0019,
 * "Throughput"; docs/BENCHMARKS.md). Every value says WARM-UP and names no one; the database is a private
 * in-memory one that is deleted afterwards.
 */
final class ReplicaWarmUp {
    /** Cases per page: three records each, and a person with their party row for every fourth. */
    static final int CASES_PER_PAGE = 600;
    static final int PAGES = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplicaWarmUp() {
    }

    /**
     * Applies {@link #PAGES} pages to {@code db} (its schema migrated), fewer if {@code stop} says so before one;
     * returns the records applied.
     */
    static long run(VaultDatabase db, java.util.function.BooleanSupplier stop) throws ApplicationException {
        long applied = 0;
        long cursor = 0;
        for (int p = 0; p < PAGES && !stop.getAsBoolean(); p++) {
            List<FeedRecord> records = viaJson(page(p * CASES_PER_PAGE, CASES_PER_PAGE), cursor);
            long next = cursor + records.size();
            JdbcReplica replica = db.replica();
            applied += db.transactions().write(() -> replica.apply(records, next, "warm-up", Instant.now())).applied();
            cursor = next;
        }
        return applied;
    }

    /** The page as HQ would send it, written to JSON and read back as the client reads a feed page. */
    private static List<FeedRecord> viaJson(List<FeedRecord> records, long cursor) {
        try {
            byte[] body = JSON.writeValueAsBytes(new FeedPage(records, cursor + records.size(), true, "warm-up", false,
                    List.of(), List.of()));
            return JSON.readValue(body, FeedPage.class).records();
        } catch (IOException e) {
            throw new IllegalStateException("warm-up page", e);
        }
    }

    /** The records of one page. */
    static int recordsPerPage() {
        return CASES_PER_PAGE * 3 + (CASES_PER_PAGE + 3) / 4 * 2;
    }

    /** {@code cases} synthetic cases numbered from {@code first}, in the order a feed sends them. */
    static List<FeedRecord> page(int first, int cases) {
        List<FeedRecord> out = new ArrayList<>(cases * 4);
        String ts = text(Instant.parse("2026-01-01T00:00:00Z").toString());
        for (int i = first; i < first + cases; i++) {
            UUID caseId = new UUID(0x5741524d_55500000L, i); // "WARMUP": never a real record's UUIDv7
            Map<String, String> c = audited(caseId, ts);
            c.put("case_number", text(String.format(Locale.ROOT, "WARMUP-%07d", i)));
            c.put("title", text("WARM-UP case " + i));
            c.put("status", text("Active"));
            c.put("unit_code", text("WARMUP"));
            c.put("lead_investigator", text("warm.up"));
            c.put("opened_on", text(LocalDate.of(2026, 1, 1).plusDays(i % 300).toString()));
            c.put("summary", text("WARM-UP synthetic summary " + i + ", nothing real."));
            c.put("sensitivity", text("Confidential"));
            out.add(new FeedRecord("case_file", key(caseId), false, c, List.of()));
            Map<String, String> type = new LinkedHashMap<>();
            type.put("case_id", text(caseId.toString()));
            type.put("exploitation_type", text("ForcedLabour"));
            out.add(new FeedRecord("case_exploitation_type", "{\"case_id\":\"" + caseId
                    + "\",\"exploitation_type\":\"ForcedLabour\"}", false, type, List.of()));
            UUID noteId = new UUID(0x5741524d_55510000L, i);
            Map<String, String> note = audited(noteId, ts);
            note.put("case_id", text(caseId.toString()));
            note.put("body", text("WARM-UP synthetic note " + i + ", nothing real."));
            out.add(new FeedRecord("case_note", key(noteId), false, note, List.of()));
            if (i % 4 == 0) {
                UUID personId = new UUID(0x5741524d_55520000L, i);
                Map<String, String> person = audited(personId, ts);
                person.put("name_latin", text("Warmup Person " + i));
                person.put("gender", text("NonSpecifiedUnknown"));
                person.put("estimated_age", Integer.toString(20 + i % 40));
                out.add(new FeedRecord("person", key(personId), false, person, List.of()));
                UUID partyId = new UUID(0x5741524d_55530000L, i);
                Map<String, String> party = audited(partyId, ts);
                party.put("case_id", text(caseId.toString()));
                party.put("person_id", text(personId.toString()));
                party.put("party_role", text("Witness"));
                out.add(new FeedRecord("case_party", key(partyId), false, party, List.of()));
            }
        }
        return out;
    }

    private static Map<String, String> audited(UUID id, String ts) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", text(id.toString()));
        m.put("version", "0");
        m.put("created_at", ts);
        m.put("created_by", text("warm.up"));
        m.put("updated_at", ts);
        m.put("updated_by", text("warm.up"));
        return m;
    }

    private static String key(UUID id) {
        return "{\"id\":\"" + id + "\"}";
    }

    private static String text(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
