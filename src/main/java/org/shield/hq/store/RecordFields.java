package org.shield.hq.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.shield.hq.MergeRecord;

/**
 * The current values of one record's fields, with who set each, as one text that HQ seals as one value
 * ({@code hq_record.fields}, migration V14; ADR 0019, "Throughput after sealing"). Before, each field was a row of
 * {@code hq_field} sealed on its own: about ten AES-GCM operations, rows and index entries per record pushed or
 * pulled, where now there is one.
 *
 * <p>Form: {@code {"a":[[device, user, hlc, change id, at], ...], "f":[[col, value, author], ...]}}, fields in
 * column order, each author (usually one or two per record) written once and named by its index. A value is the
 * field's JSON text as a string, or null for a null value; a field never set has no entry.
 */
public final class RecordFields {
    private static final JsonFactory JSON = new JsonFactory();

    private RecordFields() {
    }

    /** The fields as text (null when there are none: nothing to seal). */
    static String encode(Map<String, MergeRecord.Value> fields) {
        if (fields.isEmpty()) {
            return null;
        }
        Map<String, MergeRecord.Value> sorted = new TreeMap<>(fields);
        Map<List<Object>, Integer> authors = new LinkedHashMap<>();
        StringWriter out = new StringWriter(64 + 48 * sorted.size());
        try (JsonGenerator g = JSON.createGenerator(out)) {
            List<int[]> refs = new ArrayList<>();
            for (MergeRecord.Value v : sorted.values()) {
                List<Object> who = List.of(v.device(), v.user(), v.hlc(), v.changeId(), v.at());
                refs.add(new int[] {authors.computeIfAbsent(who, k -> authors.size())});
            }
            g.writeStartObject();
            g.writeArrayFieldStart("a");
            for (List<Object> who : authors.keySet()) {
                g.writeStartArray();
                for (Object o : who) {
                    g.writeString(o.toString());
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("f");
            int i = 0;
            for (Map.Entry<String, MergeRecord.Value> e : sorted.entrySet()) {
                g.writeStartArray();
                g.writeString(e.getKey());
                if (e.getValue().val() == null) {
                    g.writeNull();
                } else {
                    g.writeString(e.getValue().val());
                }
                g.writeNumber(refs.get(i++)[0]);
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The fields of {@link #encode}'s text, in column order; none for null. */
    static Map<String, MergeRecord.Value> decode(String text) throws SealException {
        Map<String, MergeRecord.Value> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        try (JsonParser p = JSON.createParser(text)) {
            List<MergeRecord.Value> authors = new ArrayList<>();
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.getCurrentName();
                if (!"a".equals(name) && !"f".equals(name)) {
                    throw new SealException("a record's fields stored at HQ are damaged");
                }
                expect(p.nextToken(), JsonToken.START_ARRAY);
                while (p.nextToken() == JsonToken.START_ARRAY) {
                    if ("a".equals(name)) {
                        UUID device = UUID.fromString(p.nextTextValue());
                        String user = p.nextTextValue();
                        String hlc = p.nextTextValue();
                        UUID change = UUID.fromString(p.nextTextValue());
                        Instant at = Instant.parse(p.nextTextValue());
                        authors.add(new MergeRecord.Value(null, device, user, hlc, change, at));
                    } else {
                        String col = java.util.Objects.requireNonNull(p.nextTextValue());
                        JsonToken t = p.nextToken();
                        if (t != JsonToken.VALUE_NULL) {
                            expect(t, JsonToken.VALUE_STRING);
                        }
                        String val = t == JsonToken.VALUE_NULL ? null : p.getText();
                        expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
                        out.put(col, authors.get(p.getIntValue()).with(val));
                    }
                    expect(p.nextToken(), JsonToken.END_ARRAY);
                }
                expect(p.currentToken(), JsonToken.END_ARRAY);
            }
            expect(p.currentToken(), JsonToken.END_OBJECT);
        } catch (IOException | RuntimeException e) {
            throw new SealException("a record's fields stored at HQ are damaged", e);
        }
        return out;
    }

    /**
     * Only the values of {@link #encode}'s text, by column in column order: what a feed page sends. The authors are
     * skipped unread (a page of a pull reads thousands of records; parsing their ids and times was a third of it).
     */
    static Map<String, String> decodeValues(String text) throws SealException {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        try (JsonParser p = JSON.createParser(text)) {
            int authors = -1;
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.getCurrentName();
                expect(p.nextToken(), JsonToken.START_ARRAY);
                if ("a".equals(name)) {
                    authors = 0;
                    while (p.nextToken() == JsonToken.START_ARRAY) {
                        p.skipChildren();
                        authors++;
                    }
                } else if ("f".equals(name) && authors >= 0) {
                    while (p.nextToken() == JsonToken.START_ARRAY) {
                        String col = java.util.Objects.requireNonNull(p.nextTextValue());
                        JsonToken t = p.nextToken();
                        if (t != JsonToken.VALUE_NULL) {
                            expect(t, JsonToken.VALUE_STRING);
                        }
                        out.put(col, t == JsonToken.VALUE_NULL ? null : p.getText());
                        expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
                        if (p.getIntValue() < 0 || p.getIntValue() >= authors) {
                            throw new SealException("a record's fields stored at HQ are damaged");
                        }
                        expect(p.nextToken(), JsonToken.END_ARRAY);
                    }
                } else {
                    throw new SealException("a record's fields stored at HQ are damaged");
                }
                expect(p.currentToken(), JsonToken.END_ARRAY);
            }
            expect(p.currentToken(), JsonToken.END_OBJECT);
        } catch (IOException | RuntimeException e) {
            throw new SealException("a record's fields stored at HQ are damaged", e);
        }
        return out;
    }

    private static void expect(JsonToken got, JsonToken want) throws SealException {
        if (got != want) {
            throw new SealException("a record's fields stored at HQ are damaged");
        }
    }

    /** The fields sealed for their record; null when there are none. */
    static String seal(ValueSeal seal, String table, String rowKey, Map<String, MergeRecord.Value> fields)
            throws SealException {
        return seal.seal(encode(fields), ValueSeal.record(table, rowKey));
    }

    /** The fields of a record as stored ({@code hq_record.fields}), opened for their record. */
    static Map<String, MergeRecord.Value> open(ValueSeal seal, String table, String rowKey, String stored)
            throws SealException {
        return decode(seal.open(stored, ValueSeal.record(table, rowKey)));
    }

    /**
     * The values of a record's fields as stored, by column (a null value as null; a field never set is absent): for
     * tests and tools that look at what HQ holds.
     */
    public static Map<String, String> values(ValueSeal seal, String table, String rowKey, String stored)
            throws SealException {
        return decodeValues(seal.open(stored, ValueSeal.record(table, rowKey)));
    }
}
