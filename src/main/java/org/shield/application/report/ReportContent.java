package org.shield.application.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a report prints, already translated, formatted and redacted: the renderer only lays it out.
 * {@code values} are the single fields of the body template ({@code $P{V}.get("key")}); {@code tables}
 * its lists of rows ({@code $P{T}.get("name")}), each row a map of column name to text. Nothing here is
 * a protected identity unless it is in the identity annex (table {@value #ANNEX}), which only a recorded
 * reveal fills.
 */
public record ReportContent(UUID caseId, String caseNumber, String classification, String scope,
        Map<String, String> values, Map<String, List<Map<String, String>>> tables) {
    /** Rows of the identity annex: {@code pseudonym}, {@code name}, {@code born}, {@code nationality}, {@code documents}. */
    public static final String ANNEX = "annex";
    /** Signature blocks after the certification: {@code role}, {@code name}, {@code date}. */
    public static final String SIGNATURES = "signatures";

    public ReportContent {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Map<String, List<Map<String, String>>> t = new LinkedHashMap<>();
        tables.forEach((k, v) -> t.put(k, List.copyOf(v)));
        tables = Collections.unmodifiableMap(t);
    }

    public List<Map<String, String>> table(String name) {
        return tables.getOrDefault(name, List.of());
    }

    @Override
    public String toString() {
        return "ReportContent[" + caseId + ", " + values.size() + " values, " + tables.keySet() + "]";
    }

    /** Collects a report's content; not thread-safe. */
    public static final class Builder {
        private final UUID caseId;
        private final String caseNumber;
        private String classification = "";
        private String scope = "";
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();

        public Builder(UUID caseId, String caseNumber) {
            this.caseId = caseId;
            this.caseNumber = caseNumber;
        }

        public Builder classification(String text) {
            this.classification = text;
            return this;
        }

        public Builder scope(String text) {
            this.scope = text;
            return this;
        }

        /** A single field; {@code null} prints as empty. */
        public Builder value(String key, String text) {
            values.put(key, text == null ? "" : text);
            return this;
        }

        /** Declares a table so that it prints its "none recorded" line when it gets no rows. */
        public Builder table(String name) {
            tables.computeIfAbsent(name, k -> new ArrayList<>());
            return this;
        }

        /** Adds a row: alternating column names and texts ({@code null} texts print as empty). */
        public Builder row(String table, String... columnsAndTexts) {
            if (columnsAndTexts.length % 2 != 0) {
                throw new IllegalArgumentException("columns and texts come in pairs");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < columnsAndTexts.length; i += 2) {
                row.put(columnsAndTexts[i], columnsAndTexts[i + 1] == null ? "" : columnsAndTexts[i + 1]);
            }
            tables.computeIfAbsent(table, k -> new ArrayList<>()).add(Collections.unmodifiableMap(row));
            return this;
        }

        public ReportContent build() {
            return new ReportContent(caseId, caseNumber, classification, scope, values, tables);
        }
    }
}
